package com.copydesk.rules.grammar;

import java.util.Set;

/**
 * Headlines, titles and other label lines, where verbless fragments are normal: no closing punctuation and
 * most words capitalised ("Village Fete Draws Crowds"), or very short with no closing punctuation.
 */
public final class TitleLines {
  private TitleLines() {}

  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in",
      "on", "at", "to", "for", "with", "by", "from", "as", "vs", "v", "over", "into", "after");
  private static final Set<String> FINAL = Set.of(".", "!", "?", "\"", "\u201d", "'", "\u2019", "\u2026",
      ")", ":");

  public static boolean isTitleLine(Tokens t) {
    int last = t.size() - 1;
    while (last >= 0 && t.word(last).isBlank()) {
      last--;
    }
    if (last < 0 || t.isAny(last, FINAL)) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i <= last; i++) {
      String w = t.word(i);
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) || t.isAny(i, SMALL_WORDS)) {
        continue;
      }
      words++;
      if (t.capitalised(i)) {
        capitalised++;
      }
    }
    return words <= 3 || capitalised >= 0.7 * words;
  }
}
