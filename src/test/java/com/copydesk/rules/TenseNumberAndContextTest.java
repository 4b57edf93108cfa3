package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.firstReplacement;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The form of "be" offered: tense from the sentence, number from the subject, quotes and titles. */
class TenseNumberAndContextTest {

  @Test
  void pastContextGivesWas() {
    assertThat(firstReplacement("The museum closed yesterday because the roof unsafe.")).isEqualTo("roof was unsafe");
  }

  @Test
  void presentContextGivesIs() {
    assertThat(firstReplacement("The museum says the roof unsafe and will stay shut.")).isEqualTo("roof is unsafe");
  }

  @Test
  void pluralSubjectGivesWere() {
    assertThat(firstReplacement("The two bridges closed last week because the railings unsafe."))
        .isEqualTo("railings were unsafe");
  }

  @Test
  void coordinatedSubjectIsPlural() {
    assertThat(firstReplacement("The mayor and his deputy likely to stand again."))
        .isEqualTo("deputy are likely");
  }

  @Test
  void afterModalOrToItIsAlwaysBe() {
    assertThat(firstReplacement("The roads will crowded all weekend.")).isEqualTo("will be crowded");
    assertThat(firstReplacement("The trip is going to costly for most families.")).isEqualTo("to be costly");
  }

  @Test
  void reportedSpeechAfterPastVerbBackshifts() {
    assertThat(firstReplacement("The coach said the players unhappy with the pitch."))
        .isEqualTo("players were unhappy");
  }

  @Test
  void quotationKeepsItsOwnTense() {
    assertThat(firstReplacement("\"We very proud of the team,\" the coach said.")).isEqualTo("We are very");
  }

  @Test
  void eventPassiveLeansPastStatePassivePresent() {
    assertThat(firstReplacement("The old mill designed by a Victorian engineer.")).isEqualTo("mill was designed");
    assertThat(firstReplacement("The new firm based in a former bank on the high street."))
        .isEqualTo("firm is based");
  }

  @Test
  void titleLinesAreNotFlagged() {
    assertNotFlagged("Council Approves New Budget");
    assertNotFlagged("Minister Likely To Resign");
    assertNotFlagged("Bridge Closed For Repairs");
  }

  @Test
  void unpunctuatedLineThatIsNoTitleIsStillChecked() {
    assertThat(firstReplacement("Read more: the mayor won't reelected if turnout stays low"))
        .isEqualTo("won't be reelected");
  }
}
