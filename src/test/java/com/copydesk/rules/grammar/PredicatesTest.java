package com.copydesk.rules.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word-class judgements about the word that should follow a missing "be". */
class PredicatesTest {

  @Test
  void anAdjectiveThatCannotBeAVerbIsAnAdjective() {
    Tokens t = TokenFixture.sentence().w("the", "DT").w("path", "NN").w("muddy", "JJ").build();
    assertThat(Predicates.adjective(t, 2)).isTrue();
  }

  @Test
  void anAdjectiveThatIsAlsoABaseFormVerbIsAHomograph() {
    Tokens t = TokenFixture.sentence().w("the", "DT").w("gate", "NN").w("open", "open", "JJ", "JJ|VB|VBP").build();
    assertThat(Predicates.adjective(t, 2)).isFalse();
    assertThat(Predicates.homographAdjective(t, 2)).isTrue();
  }

  @Test
  void afterADegreeWordAHomographIsAnAdjective() {
    Tokens t = TokenFixture.sentence().w("too", "RB").w("open", "open", "JJ", "JJ|VB|VBP").build();
    assertThat(Predicates.strictDegreeBefore(t, 1)).isTrue();
    assertThat(Predicates.adjective(t, 1)).isTrue();
  }

  @Test
  void adverbsAreSkippedUpToThePredicate() {
    Tokens t = TokenFixture.sentence().w("the", "DT").w("road", "NN").w("still", "RB").w("very", "RB")
        .w("icy", "JJ").build();
    assertThat(Predicates.skipAdverbs(t, 2)).isEqualTo(4);
  }

  @Test
  void aWordTheTaggerReadsAsAnAdverbButThatIsUsedAsAnAdjectiveIsNoAdverb() {
    Tokens t = TokenFixture.sentence().w("staff", "NNS").w("friendly", "friendly", "RB", "JJ|NN|RB").build();
    assertThat(Predicates.adverb(t, 1)).isFalse();
  }

  @Test
  void participlesGerundsAndTheirLookalikes() {
    Tokens t = TokenFixture.sentence().v("driven", "drive", "VBN").v("closed", "close", "VBD|VBN")
        .v("waiting", "wait", "VBG").w("including", "including", "VBG", "VBG|IN").build();
    assertThat(Predicates.participleOnly(t, 0)).isTrue();
    assertThat(Predicates.participle(t, 1)).isTrue();
    assertThat(Predicates.participleOnly(t, 1)).as("also a past tense").isFalse();
    assertThat(Predicates.gerund(t, 2)).isTrue();
    assertThat(Predicates.gerund(t, 3)).as("a preposition in -ing").isFalse();
  }

  @Test
  void aDegreeAdverbGoesAfterBeASentenceAdverbBefore() {
    Tokens t = TokenFixture.sentence().w("also", "RB").w("very", "RB").w("late", "JJ").build();
    assertThat(Predicates.sentenceAdverb(t, 0)).isTrue();
    assertThat(Predicates.sentenceAdverb(t, 1)).isFalse();
  }
}
