package com.copydesk.engine;

import com.copydesk.engine.names.Lexicon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.Rule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

/**
 * The dictionary of a LanguageTool instance's speller, for the name checks: what it accepts (its word
 * lists and the copy editor's words included) and how common a word is (the frequencies its
 * dictionary carries). Calls are serialised, so one lexicon may serve several threads.
 */
final class SpellerLexicon implements Lexicon {
  private final MorfologikSpellerRule rule;
  private final MorfologikSpeller frequencies;
  private final Set<String> extraWords;

  private SpellerLexicon(MorfologikSpellerRule rule, Set<String> extraWords) {
    this.rule = rule;
    this.extraWords = Set.copyOf(extraWords);
    try {
      this.frequencies = new MorfologikSpeller(rule.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lexicon of {@code lt}'s dictionary speller, or null if it has none. */
  static SpellerLexicon of(JLanguageTool lt, Set<String> extraWords) {
    for (Rule r : lt.getAllRules()) {
      if (r instanceof MorfologikSpellerRule m) {
        return new SpellerLexicon(m, extraWords);
      }
    }
    return null;
  }

  /** True for rule ids of the dictionary speller ("MORFOLOGIK_RULE_EN_GB"). */
  static boolean isSpellerRule(String ruleId) {
    return ruleId.startsWith("MORFOLOGIK_RULE");
  }

  @Override
  public synchronized boolean knows(String word) {
    if (extraWords.contains(word)) {
      return true;
    }
    try {
      return !rule.isMisspelled(word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of the speller's rule ("MORFOLOGIK_RULE_EN_GB"). */
  String ruleId() {
    return rule.getId();
  }

  @Override
  public synchronized int frequency(String word) {
    return frequencies.getFrequency(word);
  }
}
