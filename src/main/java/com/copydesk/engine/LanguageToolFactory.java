package com.copydesk.engine;

import com.copydesk.rules.CopydeskRules;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.UserConfig;
import org.languagetool.rules.Rule;

/** Builds a LanguageTool instance configured for given settings, with Copydesk's own rules added. */
final class LanguageToolFactory {
  private LanguageToolFactory() {}

  static JLanguageTool create(CheckSettings settings) {
    Language language = Languages.getLanguageForShortCode(settings.variant().code());
    CompletableFuture<Void> parts = LanguageParts.load(language);
    UserConfig userConfig = new UserConfig(new ArrayList<>(settings.personalWords()));
    JLanguageTool lt = new JLanguageTool(language, null, null, userConfig);
    for (Rule rule : CopydeskRules.forLanguage(language)) {
      lt.addRule(rule);
    }
    for (String id : settings.enabledRules()) {
      lt.enableRule(id);
    }
    for (String id : settings.disabledRules()) {
      lt.disableRule(id);
    }
    parts.join();
    return lt;
  }
}
