package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CopulaAdjectiveRuleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The new trains so quiet that passengers barely notice them. | trains so     | trains are so
      The museum closed yesterday because the roof unsafe.        | roof unsafe   | roof was unsafe
      She very happy with the result.                             | She very      | She is very
      The ferry company unavailable for comment.                  | company unavailable | company is unavailable
      The old bus depot green with red doors, and it stands empty. | depot green   | depot is green
      """)
  void insertsAFormOfBeBeforeTheAdjective(String sentence, String span, String first) {
    assertFlagged(sentence, "AUX_COPULA_ADJ", span, first);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The new trains are so quiet that passengers barely notice them.",
      "He found the book difficult to read.",
      "The people responsible were never found.",
      "They made it clear that the offer stands.",
      "The wall is high and the gate too narrow."})
  void leavesCorrectSentencesAlone(String sentence) {
    assertNotFlagged(sentence);
  }
}
