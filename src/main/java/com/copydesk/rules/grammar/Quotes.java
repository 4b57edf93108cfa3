package com.copydesk.rules.grammar;

/**
 * Which tokens stand inside a quotation. Straight quotes are told apart by spacing (an opening quote has
 * space before it, a closing one has none); a closing quote with no opening one before it means the
 * sentence began inside a quotation that opened in an earlier sentence.
 */
public final class Quotes {
  private Quotes() {}

  /** For each token, true if it is inside quotation marks. Quote marks themselves count as outside. */
  public static boolean[] insideMap(Tokens t) {
    int n = t.size();
    boolean[] inside = new boolean[n];
    boolean open = startsInsideQuote(t);
    for (int i = 0; i < n; i++) {
      if (isQuote(t, i)) {
        open = opens(t, i);
        continue;
      }
      inside[i] = open;
    }
    return inside;
  }

  private static boolean startsInsideQuote(Tokens t) {
    for (int i = 0; i < t.size(); i++) {
      if (isQuote(t, i)) {
        return closes(t, i) && !opens(t, i);
      }
    }
    return false;
  }

  private static boolean isQuote(Tokens t, int i) {
    String w = t.word(i);
    return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d");
  }

  private static boolean opens(Tokens t, int i) {
    String w = t.word(i);
    if (w.equals("\u201c")) {
      return true;
    }
    if (w.equals("\u201d")) {
      return false;
    }
    return i == 0 || t.spaceBefore(i) && !t.spaceBefore(i + 1) && t.valid(i + 1) || t.is(i - 1, "(");
  }

  private static boolean closes(Tokens t, int i) {
    String w = t.word(i);
    if (w.equals("\u201d")) {
      return true;
    }
    if (w.equals("\u201c")) {
      return false;
    }
    return !opens(t, i);
  }
}
