package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PassiveRulesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The winners announced by the mayor on Friday.              | winners announced | winners were announced
      Sales records smashed by the new phone last month.         | records smashed   | records were smashed
      She joined on stage by her two sisters.                    | She joined        | She was joined
      The plan for the new school, which caused a long row, approved by the council in May. | approved | was approved
      """)
  void passiveWithAgent(String sentence, String span, String first) {
    assertFlagged(sentence, "AUX_PASSIVE_BY", span, first);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The match suspended after heavy rain last night.           | match suspended   | match was suspended
      The minister forced to resign after the vote.              | minister forced   | minister was forced
      The two men arrested at the airport on Sunday.             | men arrested      | men were arrested
      The referee not expected to attend the hearing.            | referee not       | referee is not
      """)
  void passiveWithoutAgent(String sentence, String span, String first) {
    assertFlagged(sentence, "AUX_PASSIVE", span, first);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The man arrested by police on Friday appeared in court today.",
      "Asked about the plan, the minister said nothing.",
      "Founded in 1990, the firm now employs 200 people.",
      "The bridge, designed by a local engineer, opened in 1998.",
      "Shares rose by 5% in early trading.",
      "She travelled by train to Leeds.",
      "Two people were hurt, one of them taken to hospital."})
  void leavesReducedRelativesAndParticiplePhrasesAlone(String sentence) {
    assertNotFlagged(sentence);
  }
}
