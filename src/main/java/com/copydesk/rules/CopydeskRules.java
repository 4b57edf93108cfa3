package com.copydesk.rules;

import com.copydesk.rules.missingaux.MissingAuxRules;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.rules.Rule;

/** Copydesk's own LanguageTool rules, added to every LanguageTool instance the engine creates. */
public final class CopydeskRules {
  private CopydeskRules() {}

  /** Fresh rule instances for one LanguageTool instance (rules may keep per-instance state). */
  public static List<Rule> forLanguage(Language language) {
    return MissingAuxRules.create(language);
  }

  /** True for the ids of Copydesk's own rules; the engine lets them win over overlapping LanguageTool matches. */
  public static boolean isCopydeskRule(String ruleId) {
    return ruleId != null && ruleId.startsWith("AUX_");
  }
}
