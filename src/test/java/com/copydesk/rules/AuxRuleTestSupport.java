package com.copydesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * One LanguageTool instance (en-GB) with only Copydesk's rules active, shared by all rule tests in the JVM
 * (creating one takes seconds), and assertions on exact spans and replacements.
 */
public final class AuxRuleTestSupport {
  private static JLanguageTool lt;

  private AuxRuleTestSupport() {}

  public static synchronized JLanguageTool languageTool() {
    if (lt == null) {
      Language language = Languages.getLanguageForShortCode("en-GB");
      JLanguageTool tool = new JLanguageTool(language);
      for (Rule r : tool.getAllActiveRules()) {
        tool.disableRule(r.getId());
      }
      for (Rule r : CopydeskRules.forLanguage(language)) {
        tool.addRule(r);
      }
      lt = tool;
    }
    return lt;
  }

  public static synchronized List<RuleMatch> check(String text) {
    try {
      return languageTool().check(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Exactly one Copydesk match: this rule, over exactly {@code span}, with {@code first} as first replacement. */
  public static RuleMatch assertFlagged(String text, String ruleId, String span, String first) {
    List<RuleMatch> matches = check(text);
    assertThat(matches).as("matches in: %s", text).hasSize(1);
    RuleMatch m = matches.get(0);
    assertThat(m.getRule().getId()).as("rule for: %s", text).isEqualTo(ruleId);
    assertThat(text.substring(m.getFromPos(), m.getToPos())).as("span in: %s", text).isEqualTo(span);
    assertThat(m.getSuggestedReplacements()).as("replacements for: %s", text).isNotEmpty();
    assertThat(m.getSuggestedReplacements().get(0)).as("first replacement for: %s", text).isEqualTo(first);
    return m;
  }

  /** The first replacement of the only match, whatever the rule. */
  public static String firstReplacement(String text) {
    List<RuleMatch> matches = check(text);
    assertThat(matches).as("matches in: %s", text).hasSize(1);
    return matches.get(0).getSuggestedReplacements().get(0);
  }

  public static void assertNotFlagged(String text) {
    assertThat(check(text)).as("matches in: %s", text).isEmpty();
  }
}
