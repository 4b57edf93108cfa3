package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rows of links: a navigation bar ("News | Sport | Business"), a breadcrumb trail ("Home › World ›
 * Asia"), a share bar ("Facebook Twitter WhatsApp Email"), a footer ("Privacy Policy · Terms of
 * Use"). A row is split at its separators, or, when a page lost them on the way, at the capitals
 * of words run together ("HomeInternational"); its items are then looked up in a word class.
 */
final class Rows {
  private static final Pattern SEPARATORS = Pattern.compile(
      "\\s*(?:[|\u2022\u00B7\u00BB\u203A>/\u2192\u25B8\u25BA\u2023\u25E6\u276F\u27E9\u2605]|\\s[-\u2013\u2014~]\\s|\\t|\\s{2,})\\s*");
  private static final Pattern TRAIL_SEPARATOR = Pattern.compile("[\u00BB\u203A>/\u2192\u25B8\u25BA\u276F\u27E9]");
  private static final int LONGEST_PHRASE = 4;

  private Rows() {}

  /** The items between explicit separators, trimmed, empty ones left out. */
  static List<String> items(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SEPARATORS.split(text.strip())) {
      String t = s.strip();
      if (!t.isEmpty() && !WordKey.of(t).isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** True when the row uses the separators of a breadcrumb trail (›, », >, /, →). */
  static boolean trailSeparated(String text) {
    return TRAIL_SEPARATOR.matcher(text).find();
  }

  /**
   * The words run together in a token, split before each capital that follows a small letter
   * ("HomeInternationalKim" → Home, International, Kim), and before the last capital of a run of
   * capitals followed by a small letter ("UKPolitics" → UK, Politics).
   */
  static List<String> camelParts(String token) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 1; i < token.length(); i++) {
      char prev = token.charAt(i - 1);
      char c = token.charAt(i);
      boolean boundary = Character.isLowerCase(prev) && Character.isUpperCase(c)
          || Character.isUpperCase(prev) && Character.isUpperCase(c) && i + 1 < token.length()
              && Character.isLowerCase(token.charAt(i + 1)) && i - from >= 2;
      if (boundary) {
        parts.add(token.substring(from, i));
        from = i;
      }
    }
    parts.add(token.substring(from));
    return parts;
  }

  /**
   * How many phrases of {@code vocabulary} cover {@code words} exactly, longest phrases first; -1
   * when some word is left over.
   */
  static int cover(List<String> words, Set<String> vocabulary) {
    int phrases = 0;
    int i = 0;
    while (i < words.size()) {
      int took = 0;
      for (int n = Math.min(LONGEST_PHRASE, words.size() - i); n >= 1; n--) {
        if (vocabulary.contains(String.join(" ", words.subList(i, i + n)))) {
          took = n;
          break;
        }
      }
      if (took == 0) {
        return -1;
      }
      phrases++;
      i += took;
    }
    return phrases;
  }

  /** True when every item is made of phrases of {@code vocabulary}. */
  static boolean allIn(List<String> items, Set<String> vocabulary) {
    if (items.isEmpty()) {
      return false;
    }
    for (String item : items) {
      if (cover(WordKey.words(WordKey.of(item)), vocabulary) < 1) {
        return false;
      }
    }
    return true;
  }

  /** How many items are made of phrases of {@code vocabulary}. */
  static int countIn(List<String> items, Set<String> vocabulary) {
    int n = 0;
    for (String item : items) {
      if (cover(WordKey.words(WordKey.of(item)), vocabulary) >= 1) {
        n++;
      }
    }
    return n;
  }
}
