package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LikelyRuleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The council likely to approve the plan next week.         | council likely  | council is likely
      Officials said the bridge likely to reopen in June.       | bridge likely   | bridge was likely
      Prices likely to rise again.                              | Prices likely   | Prices are likely
      The council and the mayor likely to meet on Friday.       | mayor likely    | mayor are likely
      The number of visitors likely to fall this year.          | visitors likely | visitors is likely
      They traded fuel for what likely to be meagre profits.    | what likely     | what was likely
      They trade fuel for what likely to be meagre profits.     | what likely     | what is likely
      """)
  void insertsAFormOfBe(String sentence, String span, String first) {
    assertFlagged(sentence, "AUX_LIKELY", span, first);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The council is likely to approve the plan.",
      "A move likely to anger voters was announced on Monday.",
      "Most economists think it unlikely that rates will rise.",
      "Analysts believe a compromise likely."})
  void leavesCorrectSentencesAlone(String sentence) {
    assertNotFlagged(sentence);
  }
}
