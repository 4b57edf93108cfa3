package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressiveRuleTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The government considering new rules for drones.             | government considering | government is considering
      Police said the driver using a mobile phone at the time.     | driver using           | driver was using
      The home secretary responding to questions when the lights went out. | secretary responding | secretary was responding
      We still waiting for an answer from the council.             | We still               | We are still
      """)
  void insertsAFormOfBeBeforeTheIngVerb(String sentence, String span, String first) {
    assertFlagged(sentence, "AUX_PROGRESSIVE", span, first);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The government is considering new rules for drones.",
      "People living near the airport have complained.",
      "Shares ended higher, with investors betting on a rate cut.",
      "The rising cost of fuel worries hauliers."})
  void leavesCorrectSentencesAlone(String sentence) {
    assertNotFlagged(sentence);
  }
}
