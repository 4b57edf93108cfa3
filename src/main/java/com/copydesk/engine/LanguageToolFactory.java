package com.copydesk.engine;

import com.copydesk.engine.style.HouseStyle;
import com.copydesk.rules.CopydeskRules;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.UserConfig;
import org.languagetool.rules.Rule;

/**
 * Builds a LanguageTool instance configured for given settings, with Copydesk's own rules added. The
 * house style's rules go off and on first; the copy editor's own choices (the desk's "Ignore rule",
 * {@code --enable}, {@code --disable}) have the last word.
 */
final class LanguageToolFactory {
  private LanguageToolFactory() {}

  static JLanguageTool create(CheckSettings settings) {
    Language language = Languages.getLanguageForShortCode(settings.variant().code());
    CompletableFuture<Void> parts = LanguageParts.load(language);
    UserConfig userConfig = new UserConfig(new ArrayList<>(acceptedWords(settings)));
    JLanguageTool lt = new JLanguageTool(language, null, null, userConfig);
    for (Rule rule : CopydeskRules.forLanguage(language)) {
      lt.addRule(rule);
    }
    HouseStyle style = settings.houseStyle();
    for (String id : style.rulesOn()) {
      lt.enableRule(id);
    }
    for (String id : style.rulesOff()) {
      lt.disableRule(id);
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

  /** The words the speller accepts besides its dictionary: the copy editor's and the house style's. */
  static Set<String> acceptedWords(CheckSettings settings) {
    Set<String> words = new TreeSet<>(settings.personalWords());
    words.addAll(settings.houseStyle().accepted());
    return words;
  }
}
