package com.copydesk.engine.clutter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a line looks like, whatever it says: how many words, whether it ends a sentence, whether it
 * reads like a paragraph of prose or like a headline, whether it is in title case.
 */
final class Shape {
  private static final Pattern BYLINE = Pattern.compile(
      "(?i:by|words by|written by|reporting by|report by|reported by|story by|text by)\\s+\\p{Lu}.*");
  private static final String CLOSERS = "\"'\u201D\u2019)]\u00BB";
  private static final List<String> SMALL_WORDS = List.of("a", "an", "the", "and", "or", "but", "of", "in",
      "on", "at", "to", "for", "by", "with", "from", "as", "vs", "is", "are", "be", "nor", "so", "yet",
      "up", "off", "out", "into", "over", "via");

  private Shape() {}

  /** Tokens holding at least one letter or digit. */
  static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (!inWord && Character.isLetterOrDigit(c)) {
        n++;
        inWord = true;
      } else if (Character.isLetterOrDigit(c)) {
        inWord = true;
      }
    }
    return n;
  }

  /** True when the text ends a sentence: ".", "!" or "?", perhaps inside quotes or brackets; an ellipsis does not. */
  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '!' || c == '?') {
      return true;
    }
    return c == '.' && !(i >= 1 && text.charAt(i - 1) == '.');
  }

  /** True when the text ends with "..." or "…" (cut short). */
  static boolean endsWithEllipsis(String text) {
    String t = text.strip();
    return t.endsWith("...") || t.endsWith("\u2026");
  }

  /** Roughly how many sentences: sentence ends followed by a capital, plus the last. */
  static int sentences(String text) {
    int n = 0;
    for (int i = 1; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
        char next = text.charAt(i + 2);
        if ((Character.isUpperCase(next) || next == '"' || next == '\u201C') && !abbreviation(text, i)) {
          n++;
        }
      }
    }
    return n + (endsSentence(text) ? 1 : 0);
  }

  /** "Mr.", "U.S.", "Jan." and other short capitalised words before a full stop. */
  private static boolean abbreviation(String text, int dot) {
    if (text.charAt(dot) != '.') {
      return false;
    }
    int s = dot;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
      s--;
    }
    String word = text.substring(s, dot);
    return word.length() <= 3 && !word.isEmpty() && Character.isUpperCase(word.charAt(0)) || word.contains(".");
  }

  /** Reads like a paragraph of an article: a sentence of eight words or more, or a long stretch of words. */
  static boolean prose(String text) {
    int w = words(text);
    return w >= 8 && endsSentence(text) || w >= 28;
  }

  /** A sentence of a few words with some in lower case: "He declined to comment." */
  static boolean shortSentence(String text) {
    return endsSentence(text) && words(text) >= 3 && text.chars().filter(Character::isLowerCase).count() >= 6;
  }

  /** Reads like a headline or a short link text: one sentence at most, up to 22 words. */
  static boolean headlineLike(String text) {
    int w = words(text);
    return w >= 1 && w <= 22 && text.length() <= 220 && sentences(text) <= 1;
  }

  /** Most words capitalised (small words aside): "Kim Meets Putin", "RELATED ARTICLES". */
  static boolean titleCase(String text) {
    int counted = 0;
    int upper = 0;
    for (String w : text.strip().split("\\s+")) {
      if (w.isEmpty() || !Character.isLetter(w.codePointAt(0)) && !(w.length() > 1 && Character.isLetter(w.codePointAt(1)))) {
        continue;
      }
      String bare = w.replaceAll("^[^\\p{L}]+", "");
      if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(java.util.Locale.ROOT)) && counted > 0) {
        continue;
      }
      counted++;
      if (Character.isUpperCase(bare.codePointAt(0))) {
        upper++;
      }
    }
    return counted >= 2 && upper == counted;
  }

  /** "By Jane Doe", "Reporting by ...": the story's byline. */
  static boolean byline(String text) {
    return words(text) <= 14 && BYLINE.matcher(text.strip()).matches();
  }

  /** The first letter of the text is lower case. */
  static boolean startsLower(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }
}
