package com.copydesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Categories;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

class CopydeskRulesTest {
  private static final Language EN_GB = Languages.getLanguageForShortCode("en-GB");

  @Test
  void offersTheNineMissingAuxiliaryRules() {
    List<Rule> rules = CopydeskRules.forLanguage(EN_GB);
    assertThat(rules).extracting(Rule::getId).containsExactlyInAnyOrder("AUX_MODAL_BE", "AUX_TO_BE", "AUX_LIKELY",
        "AUX_THERE_BE", "AUX_COPULA_ADJ", "AUX_PASSIVE_BY", "AUX_PASSIVE", "AUX_REL", "AUX_PROGRESSIVE");
  }

  @Test
  void rulesAreGrammarRulesWithDescriptions() {
    String grammar = Categories.GRAMMAR.getCategory(JLanguageTool.getMessageBundle(EN_GB)).getId().toString();
    for (Rule rule : CopydeskRules.forLanguage(EN_GB)) {
      assertThat(rule.getCategory().getId().toString()).as(rule.getId()).isEqualTo(grammar);
      assertThat(rule.getDescription()).as(rule.getId()).isNotBlank();
      assertThat(CopydeskRules.isCopydeskRule(rule.getId())).isTrue();
    }
  }

  @Test
  void eachCallGivesFreshInstances() {
    assertThat(CopydeskRules.forLanguage(EN_GB).get(0)).isNotSameAs(CopydeskRules.forLanguage(EN_GB).get(0));
  }

  @Test
  void recognisesOnlyItsOwnIds() {
    assertThat(CopydeskRules.isCopydeskRule("AUX_REL")).isTrue();
    assertThat(CopydeskRules.isCopydeskRule("MD_BASEFORM")).isFalse();
    assertThat(CopydeskRules.isCopydeskRule(null)).isFalse();
  }

  @Test
  void matchCarriesAClearMessageAndShortMessage() {
    List<RuleMatch> matches = AuxRuleTestSupport.check("Shoppers could reluctant to spend.");
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).getMessage())
        .isEqualTo("A verb seems to be missing: \u2018could reluctant\u2019 \u2192 \u2018could be reluctant\u2019.");
    assertThat(matches.get(0).getShortMessage()).isEqualTo("Missing verb");
  }

  @Test
  void offsetsAreRightInsideALongerText() {
    String text = "The first sentence is fine. Shoppers could reluctant to spend.";
    RuleMatch m = AuxRuleTestSupport.check(text).get(0);
    assertThat(text.substring(m.getFromPos(), m.getToPos())).isEqualTo("could reluctant");
  }
}
