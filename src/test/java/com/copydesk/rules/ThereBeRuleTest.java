package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThereBeRuleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      There several reasons for the delay.                        | There several | There are several
      Last year there no money left for repairs.                  | there no      | there was no
      There also a small garden behind the library.               | There also    | There is also
      The team played badly in March and there growing doubts about the coach. | there growing | there were growing
      The club has lost twice and there growing doubts about the coach. | there growing | there are growing
      There a lot of new players in the squad.                    | There a       | There are a
      """)
  void insertsAFormOfBeAfterThere(String sentence, String span, String first) {
    assertFlagged(sentence, "AUX_THERE_BE", span, first);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "There are several reasons for the delay.",
      "We went there on Monday.",
      "There seems to be no way out.",
      "Out there, the weather was terrible."})
  void leavesCorrectSentencesAlone(String sentence) {
    assertNotFlagged(sentence);
  }
}
