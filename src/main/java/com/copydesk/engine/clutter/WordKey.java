package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line reduced to its words for matching labels: lower case, curly apostrophes made straight,
 * digits and every other character but letters, apostrophes and "&" dropped, spaces collapsed.
 * "- Advertisement -", "ADVERTISEMENT" and "Comments (12)" become "advertisement" and "comments".
 */
final class WordKey {
  private WordKey() {}

  static String of(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2019' || c == '\u2018' || c == '`') {
        c = '\'';
      }
      if (Character.isLetter(c) || c == '&' || c == '\'' && b.length() > 0 && !space) {
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    int end = b.length();
    while (end > 0 && (b.charAt(end - 1) == ' ' || b.charAt(end - 1) == '\'')) {
      end--;
    }
    return b.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** The words of a key. */
  static List<String> words(String key) {
    List<String> out = new ArrayList<>();
    for (String w : key.split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** True when the two keys differ by at most one letter inserted, deleted, changed or swapped. */
  static boolean nearlyEqual(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true; // one changed
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2)); // two swapped
    }
    return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }
}
