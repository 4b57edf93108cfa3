package com.copydesk.rules.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which words are tensed verbs, and which later verb belongs to an earlier subject. */
class FiniteVerbsTest {

  @Test
  void modalsAndTensedVerbsInAVerbGroupAreFinite() {
    Tokens t = TokenFixture.sentence().w("The", "DT").w("ferry", "NN").v("sailed", "sail", "VBD").chunk("B-VP")
        .w("and", "CC").w("could", "MD").v("return", "return", "VB").build();
    assertThat(FiniteVerbs.finiteVerb(t, 2)).isTrue();
    assertThat(FiniteVerbs.finiteVerb(t, 4)).isTrue();
    assertThat(FiniteVerbs.finiteVerb(t, 5)).as("a base form after a modal").isFalse();
  }

  @Test
  void aParticipleAfterADeterminerModifiesTheNoun() {
    Tokens t = TokenFixture.sentence().w("the", "DT").v("reported", "report", "VBN|VBD").w("damage", "NN").build();
    assertThat(FiniteVerbs.finiteVerb(t, 1)).isFalse();
  }

  @Test
  void aReducedRelativeClauseLeavesTheMainVerbToTheSubject() {
    // The keeper questioned on Friday returned to work .
    Tokens t = TokenFixture.sentence().w("The", "DT").w("keeper", "NN").v("questioned", "question", "VBN|VBD")
        .w("on", "IN").w("Friday", "NNP").v("returned", "return", "VBD").chunk("B-VP").w("to", "TO")
        .w("work", "NN").w(".", ".").build();
    assertThat(FiniteVerbs.hasOwnVerbAfter(t, 3)).isTrue();
    assertThat(t.word(FiniteVerbs.ownVerbAfter(t, 3, false))).isEqualTo("returned");
  }

  @Test
  void aVerbWithItsOwnSubjectAfterAndIsNotTheEarlierSubjects() {
    // The bridge closed for repairs , and the traffic slowed .
    Tokens t = TokenFixture.sentence().w("The", "DT").w("bridge", "NN").v("closed", "close", "VBD|VBN")
        .w("for", "IN").w("repairs", "NNS").w(",", ",").w("and", "CC").w("the", "DT").w("traffic", "NN")
        .v("slowed", "slow", "VBD").chunk("B-VP").w(".", ".").build();
    assertThat(FiniteVerbs.hasOwnVerbAfter(t, 3)).isFalse();
  }

  @Test
  void theVerbOfARelativeClauseIsNotTheMainVerb() {
    // The keys which were lost .
    Tokens t = TokenFixture.sentence().w("The", "DT").w("keys", "NNS").w("which", "WDT").v("were", "be", "VBD")
        .v("lost", "lose", "VBN").w(".", ".").build();
    assertThat(FiniteVerbs.hasOwnVerbAfter(t, 2)).isFalse();
    assertThat(FiniteVerbs.inRelativeClause(t, 3)).isTrue();
  }
}
