package com.copydesk.engine.names;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How many times a draft uses each word, spelt exactly so (case included). A possessive's "'s" is not
 * part of the word, and a hyphenated word counts both whole and by its parts, the way the speller
 * sees it ("Sowden-Taylor" counts for itself, "Sowden" and "Taylor").
 */
public final class WordCounts {
  /** The last draft counted: the whole-draft passes of one check all ask about the same text. */
  private static volatile WordCounts last;

  private final String text;
  private final Map<String, Integer> counts;
  private final Map<String, java.util.TreeSet<Integer>> capitalisedAt = new HashMap<>();
  private Map<String, Integer> anyCase;

  private WordCounts(String text, Map<String, Integer> counts) {
    this.text = text;
    this.counts = counts;
  }

  /** Receives each word's place: start and end in the text. */
  @FunctionalInterface
  public interface WordSink {
    void word(int start, int end);
  }

  /** Every whole word of {@code text} (hyphenated words whole, a possessive's "'s" left out), in order. */
  public static void forEachWord(String text, WordSink sink) {
    scan(text, sink, null);
  }

  /** The counts of {@code text} (the same object for the same text object, as long as it is the last one asked). */
  public static WordCounts of(String text) {
    WordCounts known = last;
    if (known != null && known.text.equals(text)) { // the same string first (String.equals), then equal text
      return known;
    }
    Map<String, Integer> counts = new HashMap<>();
    WordCounts made = new WordCounts(text, counts);
    scan(text, (s, e) -> {
      String w = text.substring(s, e);
      counts.merge(w, 1, Integer::sum);
      if (Character.isUpperCase(w.charAt(0))) {
        made.capitalisedAt.computeIfAbsent(w, k -> new java.util.TreeSet<>()).add(s);
      }
    }, counts);
    last = made;
    return made;
  }

  /** Where the draft uses a capitalised word (whole words only), in text order. */
  public java.util.NavigableSet<Integer> placesOf(String capitalisedWord) {
    return capitalisedAt.getOrDefault(capitalisedWord, new java.util.TreeSet<>());
  }

  private static void scan(String text, WordSink sink, Map<String, Integer> parts) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int partStart = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          i++;
        } else if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
            && !isPossessive(text, i)) {
          if (c == '-') {
            if (parts != null) {
              parts.merge(text.substring(partStart, i), 1, Integer::sum);
            }
            partStart = i + 1;
          }
          i++;
        } else {
          break;
        }
      }
      sink.word(start, i);
      if (partStart > start && parts != null) {
        parts.merge(text.substring(partStart, i), 1, Integer::sum);
      }
    }
  }

  private static boolean isPossessive(String text, int apostrophe) {
    char c = text.charAt(apostrophe);
    if (c == '-') {
      return false;
    }
    int after = apostrophe + 1;
    return after < text.length() && (text.charAt(after) == 's' || text.charAt(after) == 'S')
        && (after + 1 == text.length() || !Character.isLetter(text.charAt(after + 1)));
  }

  public int count(String word) {
    return counts.getOrDefault(word, 0);
  }

  /** How many times the draft uses the word in any case ("Gilts", "gilts", "GILTS"). */
  public int countAnyCase(String word) {
    if (anyCase == null) {
      anyCase = new HashMap<>();
      counts.forEach((w, n) -> anyCase.merge(w.toLowerCase(java.util.Locale.ROOT), n, Integer::sum));
    }
    return anyCase.getOrDefault(word.toLowerCase(java.util.Locale.ROOT), 0);
  }

  public Set<String> words() {
    return counts.keySet();
  }
}
