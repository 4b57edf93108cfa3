package com.copydesk.rules.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Past or present for a missing "be", from the sentence and from the paragraph around it. */
class TenseTest {

  /** the pitch unfit TIME . — the gap is before "unfit" (index 2), the subject starts at 0. */
  private static Tokens pitchUnfit(String timeWord, String tag) {
    return TokenFixture.sentence().w("the", "DT").w("pitch", "NN").w("unfit", "JJ").w(timeWord, tag).w(".", ".")
        .build();
  }

  @Test
  void timeWordsLeanTheirWay() {
    assertThat(Tense.evidence(pitchUnfit("yesterday", "NN"), 2, 0, 2, 0)).isPositive();
    assertThat(Tense.evidence(pitchUnfit("now", "RB"), 2, 0, 2, 0)).isNegative();
    assertThat(Tense.guess(pitchUnfit("yesterday", "NN"), 2, 0, 2, 0)).isEqualTo(Tense.PAST);
  }

  @Test
  void aVerbOfSayingInThePastBackshiftsTheClause() {
    // the groundsman said the pitch unfit now
    Tokens t = TokenFixture.sentence().w("the", "DT").w("groundsman", "NN").v("said", "say", "VBD")
        .w("the", "DT").w("pitch", "NN").w("unfit", "JJ").w("now", "RB").build();
    assertThat(Tense.evidence(t, 5, 3, 5, 0)).isEqualTo(Tense.FRAME);
  }

  @Test
  void aPresentPerfectFrameReportsThePresent() {
    Tokens t = TokenFixture.sentence().w("the", "DT").w("groundsman", "NN").w("has", "VBZ")
        .v("said", "say", "VBN|VBD").w("the", "DT").w("pitch", "NN").w("unfit", "JJ").build();
    assertThat(Tense.evidence(t, 6, 4, 6, 0)).isEqualTo(-Tense.FRAME);
  }

  @Test
  void thePriorDecidesWhenTheSentenceSaysNothing() {
    Tokens t = pitchUnfit("again", "RB");
    assertThat(Tense.guess(t, 2, 0, 2, 0.5)).isEqualTo(Tense.PAST);
    assertThat(Tense.guess(t, 2, 0, 2, -0.5)).isEqualTo(Tense.PRESENT);
  }

  @Test
  void theParagraphLeansWithItsOtherSentencesVerbs() {
    Tokens past = TokenFixture.sentence().w("The", "DT").w("crowd", "NN").v("waited", "wait", "VBD")
        .chunk("B-VP").w(".", ".").build();
    Tokens present = TokenFixture.sentence().w("The", "DT").w("crowd", "NN").v("waits", "wait", "VBZ")
        .chunk("B-VP").w(".", ".").build();
    Tokens gap = pitchUnfit("again", "RB");
    assertThat(Tense.paragraphLean(List.of(past, past, gap), 2)).isPositive();
    assertThat(Tense.paragraphLean(List.of(present, gap), 1)).isNegative();
    assertThat(Tense.paragraphLean(List.of(gap), 0)).isZero();
  }

  @Test
  void quotedSpeechInOtherSentencesDoesNotSetTheNarrativeTense() {
    Tokens quoted = TokenFixture.sentence().w("\"", "\"").w("We", "PRP").v("are", "be", "VBP").w("ready", "JJ")
        .w(",", ",").w("\"", "\"").build();
    Tokens narrative = TokenFixture.sentence().w("The", "DT").w("coach", "NN").v("smiled", "smile", "VBD")
        .chunk("B-VP").w(".", ".").build();
    Tokens gap = pitchUnfit("again", "RB");
    assertThat(Tense.paragraphLean(List.of(quoted, narrative, gap), 2)).isPositive();
  }
}
