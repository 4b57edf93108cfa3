package com.copydesk.engine;

import com.copydesk.core.Variant;
import com.copydesk.engine.names.Lexicon;
import java.util.Locale;
import java.util.Set;
import morfologik.speller.Speller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;

/**
 * The variant's spelling dictionary read directly (the one LanguageTool's speller loads, shared with
 * it), for the whole-draft passes: what it lists, allowing a capital on a word it lists in small
 * letters, and how common a word is. Costs nothing to make once LanguageTool has loaded the
 * dictionary, unlike a second speller. Calls are serialised.
 */
final class DictionaryLexicon implements Lexicon {
  private static final java.util.Map<String, DictionaryLexicon> MADE = new java.util.concurrent.ConcurrentHashMap<>();

  private final Speller speller;
  private final Set<String> extraWords;

  /** The lexicon for a check's variant and word lists, made once and kept (a few at most). */
  static DictionaryLexicon forSettings(CheckSettings settings) {
    Set<String> words = LanguageToolFactory.acceptedWords(settings);
    String key = settings.variant().code() + '\u0000' + String.join("\u0000", words);
    DictionaryLexicon known = MADE.get(key);
    if (known != null) {
      return known;
    }
    if (MADE.size() > 8) {
      MADE.clear(); // word lists change as the copy editor adds words; keep only recent ones
    }
    return MADE.computeIfAbsent(key, k -> new DictionaryLexicon(settings.variant(), words));
  }

  DictionaryLexicon(Variant variant, Set<String> extraWords) {
    this.speller = new MorfologikSpeller("/en/hunspell/" + variant.code().replace('-', '_') + ".dict", 1).getSpeller();
    this.extraWords = Set.copyOf(extraWords);
  }

  @Override
  public synchronized boolean knows(String word) {
    if (word.isEmpty() || extraWords.contains(word) || speller.isInDictionary(word)) {
      return !word.isEmpty();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.substring(1).equals(lower.substring(1))) {
      return speller.isInDictionary(lower); // "Blanket" at the start of a sentence or in a title
    }
    if (word.equals(word.toUpperCase(Locale.ROOT))) {
      return speller.isInDictionary(lower) || speller.isInDictionary(word.charAt(0) + lower.substring(1));
    }
    return false;
  }

  @Override
  public synchronized int frequency(String word) {
    int f = speller.getFrequency(word);
    if (f == 0 && !word.isEmpty()) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (!lower.equals(word) && speller.isInDictionary(lower)) {
        f = speller.getFrequency(lower); // "Advertisement" is rated as "advertisement"
      }
    }
    return f;
  }
}
