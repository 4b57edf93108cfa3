package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeRuleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The company, which founded in 1901, makes bicycles.          | which founded  | which was founded
      Residents who unhappy with the decision can appeal.          | who unhappy    | who are unhappy
      The festival, which widely praised last summer, returns in June. | which widely | which was widely
      The two ferries that still in service are both over forty years old. | that still | that are still
      """)
  void insertsAFormOfBeAfterTheRelativePronoun(String sentence, String span, String first) {
    assertFlagged(sentence, "AUX_REL", span, first);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The company, which was founded in 1901, makes bicycles.",
      "The man who arrested him was a sergeant.",
      "The report that followed was more cautious.",
      "He said that rising costs would hurt sales."})
  void leavesCorrectRelativeClausesAlone(String sentence) {
    assertNotFlagged(sentence);
  }
}
