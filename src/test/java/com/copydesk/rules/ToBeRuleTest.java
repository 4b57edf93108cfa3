package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ToBeRuleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The harvest is expected to poor this year.                | to poor      | to be poor
      The talks were going to difficult.                        | to difficult | to be difficult
      Turnout is likely to modest in the rural wards.           | to modest    | to be modest
      The results were expected to announced on Friday.         | to announced | to be announced
      The old mill is thought to the oldest in the county.      | to the       | to be the
      The new rules seem to a headache for small firms.       | to a         | to be a
      """)
  void insertsBeAfterTo(String sentence, String span, String first) {
    assertFlagged(sentence, "AUX_TO_BE", span, first);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The harvest is expected to be poor this year.",
      "The team hopes to win the league.",
      "She went to the station.",
      "The talks were going to the wire.",
      "Prices rose from low to high within a week.",
      "He gave the money to local charities."})
  void leavesCorrectSentencesAlone(String sentence) {
    assertNotFlagged(sentence);
  }
}
