package com.copydesk.engine.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a word looks like and how two spellings of it differ: case, edits, transpositions. No dictionary. */
public final class WordForms {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

  private WordForms() {}

  /** Starts with a capital letter and has a small letter after it: "Pellow", "McAllister", not "NATO" or "x". */
  public static boolean isCapitalised(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    return word.codePoints().skip(1).anyMatch(Character::isLowerCase);
  }

  /** Two or more letters, all capitals: "NATO", "OPEC". */
  public static boolean isAllCaps(String word) {
    long letters = word.codePoints().filter(Character::isLetter).count();
    return letters >= 2 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /**
   * A capital inside the word other than after a hyphen or apostrophe: "DiCaprio", "McDonnell",
   * "HomeInternational" — spellings nobody gets by a slip of the finger.
   */
  public static boolean hasInnerCapital(String word) {
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      char before = word.charAt(i - 1);
      if (Character.isUpperCase(c) && Character.isLetter(before) && Character.isLowerCase(before)) {
        return true;
      }
    }
    return false;
  }

  /** {@code word} written the way {@code model} is: all capitals, capitalised, or as it is. */
  public static String withCaseOf(String model, String word) {
    if (word.isEmpty()) {
      return word;
    }
    if (isAllCaps(model)) {
      return word.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(model.codePointAt(0))) {
      return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
    return word;
  }

  /** True when {@code b} is {@code a} with two neighbouring letters swapped (case aside): "Wendesday", "Wednesday". */
  public static boolean isTransposition(String a, String b) {
    if (a.length() != b.length() || a.length() < 2) {
      return false;
    }
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < x.length() && x.charAt(i) == y.charAt(i)) {
      i++;
    }
    return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
        && x.charAt(i) != x.charAt(i + 1) && x.substring(i + 2).equals(y.substring(i + 2));
  }

  /** True when the word has a vowel letter (a, e, i, o, u, y): English words do, abbreviations often do not. */
  public static boolean hasVowel(String word) {
    return word.toLowerCase(Locale.ROOT).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
  }

  /**
   * True when {@code word} is {@code meant} spoilt by one slip of the kind people make writing a word
   * they know: two neighbouring letters swapped, a letter dropped or doubled, one vowel for another.
   */
  public static boolean isSlip(String word, String meant) {
    String w = word.toLowerCase(Locale.ROOT);
    String m = meant.toLowerCase(Locale.ROOT);
    if (isTransposition(w, m)) {
      return true;
    }
    int i = 0;
    int shorter = Math.min(w.length(), m.length());
    while (i < shorter && w.charAt(i) == m.charAt(i)) {
      i++;
    }
    if (w.length() + 1 == m.length()) {
      return w.substring(i).equals(m.substring(i + 1));
    }
    if (w.length() == m.length() + 1) {
      return i > 0 && w.charAt(i) == w.charAt(i - 1) && w.substring(i + 1).equals(m.substring(i));
    }
    return w.length() == m.length() && i < w.length() && "aeiouy".indexOf(w.charAt(i)) >= 0
        && "aeiouy".indexOf(m.charAt(i)) >= 0 && w.substring(i + 1).equals(m.substring(i + 1));
  }

  /** Every spelling with two neighbouring, different letters swapped, written with the word's case. */
  public static List<String> transpositions(String word) {
    String low = word.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 1 < low.length(); i++) {
      if (low.charAt(i) != low.charAt(i + 1) && Character.isLetter(low.charAt(i)) && Character.isLetter(low.charAt(i + 1))) {
        char[] c = low.toCharArray();
        c[i] = low.charAt(i + 1);
        c[i + 1] = low.charAt(i);
        out.add(withCaseOf(word, new String(c)));
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * Every spelling one letter away — a letter dropped, added or changed — written with the word's case
   * (transpositions are {@link #transpositions}).
   */
  public static Set<String> singleEdits(String word) {
    String low = word.toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < low.length(); i++) {
      out.add(low.substring(0, i) + low.substring(i + 1));
    }
    for (int i = 0; i <= low.length(); i++) {
      for (int k = 0; k < ALPHABET.length(); k++) {
        out.add(low.substring(0, i) + ALPHABET.charAt(k) + low.substring(i));
        if (i < low.length() && ALPHABET.charAt(k) != low.charAt(i)) {
          out.add(low.substring(0, i) + ALPHABET.charAt(k) + low.substring(i + 1));
        }
      }
    }
    out.remove(low);
    out.remove("");
    Set<String> cased = new LinkedHashSet<>();
    for (String s : out) {
      cased.add(withCaseOf(word, s));
    }
    return cased;
  }

  /**
   * Edit distance counting a swap of neighbouring letters as one edit (optimal string alignment), case
   * aside; stops counting above {@code limit} and returns {@code limit + 1}.
   */
  public static int distance(String a, String b, int limit) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (Math.abs(x.length() - y.length()) > limit) {
      return limit + 1;
    }
    int[][] d = new int[x.length() + 1][y.length() + 1];
    for (int i = 0; i <= x.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
    }
    return Math.min(d[x.length()][y.length()], limit + 1);
  }

  /** How many slips a word of this length may carry and still be recognisably the same word. */
  public static int slipsAllowed(String word) {
    return word.length() >= 8 ? 2 : 1;
  }

  /** The letters of {@code text} only, in small letters, accents kept: "Lloyd-Webber" → "lloydwebber". */
  public static String letters(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().filter(Character::isLetter).forEach(c -> sb.appendCodePoint(Character.toLowerCase(c)));
    return sb.toString();
  }

  /** The letters of {@code text} with accents taken off: "Arsène" → "arsene". */
  public static String plainLetters(String text) {
    String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    return letters(decomposed.replaceAll("\\p{M}+", ""));
  }
}
