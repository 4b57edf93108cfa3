package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModalBeRuleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The minister said the report would available next week. | would available | would be available
      The suspect won't released until Monday.                 | won't released  | won't be released
      The suspect won’t released until Monday.                 | won’t released  | won’t be released
      Officials will able to vote tomorrow.                    | will able       | will be able
      Shoppers might reluctant to spend after the rise.        | might reluctant | might be reluctant
      The stadium will not finished before the spring.         | not finished    | not be finished
      The singer may performing in Leeds next month.           | may performing  | may be performing
      It'll fairly simple to fix the leak.                     | It'll fairly    | It'll be fairly
      """)
  void insertsBeAfterTheModal(String sentence, String span, String first) {
    assertFlagged(sentence, "AUX_MODAL_BE", span, first);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The minister said the report would be available next week.",
      "The suspect won't be released until Monday.",
      "Officials will be able to vote tomorrow.",
      "The committee will meet again next week.",
      "Will the new line open on time?",
      "The club could one day move to a new ground.",
      "The bank may well raise rates in the spring."})
  void leavesCorrectModalsAlone(String sentence) {
    assertNotFlagged(sentence);
  }
}
