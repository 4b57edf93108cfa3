package com.copydesk.rules.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.rules.grammar.NounPhrase.Number;
import org.junit.jupiter.api.Test;

/** Noun phrases found from their last word, on hand-built token sequences. */
class NounPhraseTest {

  @Test
  void prepositionalPostmodifierBelongsToThePhraseButNotToItsHead() {
    Tokens t = TokenFixture.sentence().w("The", "DT").w("old", "JJ").w("lighthouse", "NN").w("on", "IN")
        .w("the", "DT").w("cliff", "NN").build();
    NounPhrase np = NounPhrase.endingAt(t, 5);
    assertThat(np.start()).isZero();
    assertThat(t.word(np.head())).isEqualTo("lighthouse");
    assertThat(np.number()).isEqualTo(Number.SINGULAR);
  }

  @Test
  void coordinatedNounsArePlural() {
    Tokens t = TokenFixture.sentence().w("the", "DT").w("baker", "NN").w("and", "CC").w("his", "PRP$")
        .w("apprentice", "NN").build();
    NounPhrase np = NounPhrase.endingAt(t, 4);
    assertThat(np.start()).isZero();
    assertThat(np.number()).isEqualTo(Number.PLURAL);
  }

  @Test
  void aQuantifyingNounTakesItsNumberFromTheOfComplement() {
    Tokens t = TokenFixture.sentence().w("a", "DT").w("lot", "NN").w("of", "IN").w("volunteers", "NNS").build();
    NounPhrase np = NounPhrase.endingAt(t, 3);
    assertThat(t.word(np.head())).isEqualTo("volunteers");
    assertThat(np.number()).isEqualTo(Number.PLURAL);
  }

  @Test
  void personalPronounsAreOneWordPhrasesWithTheirOwnNumber() {
    Tokens t = TokenFixture.sentence().w("they", "PRP").w("and", "CC").w("I", "PRP").build();
    assertThat(NounPhrase.endingAt(t, 0).number()).isEqualTo(Number.PLURAL);
    assertThat(NounPhrase.endingAt(t, 2).number()).isEqualTo(Number.FIRST_PERSON_SINGULAR);
    assertThat(NounPhrase.endingAt(t, 2).isPronoun(t)).isTrue();
  }

  @Test
  void aPluralNounWithoutPluralEndingIsPluralEvenWhenTaggedSingular() {
    Tokens t = TokenFixture.sentence().w("the", "DT").w("local", "JJ").w("people", "NN").build();
    assertThat(NounPhrase.endingAt(t, 2).number()).isEqualTo(Number.PLURAL);
  }

  @Test
  void aTimePhraseIsNoConjunctOfTheNextNounPhrase() {
    Tokens t = TokenFixture.sentence().w("left", "VBD").w("last", "JJ").w("spring", "NN").w("and", "CC")
        .w("the", "DT").w("club", "NN").build();
    NounPhrase np = NounPhrase.endingAt(t, 5);
    assertThat(np.start()).isEqualTo(4);
    assertThat(np.number()).isEqualTo(Number.SINGULAR);
  }

  @Test
  void aPhraseStartingAfterThereRunsOverItsOfComplement() {
    Tokens t = TokenFixture.sentence().w("plenty", "NN").w("of", "IN").w("empty", "JJ").w("seats", "NNS")
        .w("left", "VBN").build();
    NounPhrase np = NounPhrase.startingAt(t, 0);
    assertThat(np.end()).isEqualTo(3);
    assertThat(np.number()).isEqualTo(Number.PLURAL);
  }

  @Test
  void noNounNoPhrase() {
    Tokens t = TokenFixture.sentence().w("very", "RB").w("quickly", "RB").build();
    assertThat(NounPhrase.endingAt(t, 1)).isNull();
  }
}
