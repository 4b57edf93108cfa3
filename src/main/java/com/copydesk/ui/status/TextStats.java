package com.copydesk.ui.status;

import java.text.NumberFormat;
import java.util.Locale;

/** Words and characters in a draft, as the status bar shows them. */
public record TextStats(int words, int characters) {

  /** Words are runs of letters or digits (apostrophes and hyphens inside them keep them whole). */
  public static TextStats of(CharSequence text) {
    int words = 0;
    int chars = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r' && !Character.isLowSurrogate(c)) {
        chars++;
      }
      boolean wordChar = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
          || inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(i + 1));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    return new TextStats(words, chars);
  }

  /** "1,204 words · 7,311 characters". */
  public String describe() {
    NumberFormat f = NumberFormat.getIntegerInstance(Locale.UK);
    return f.format(words) + (words == 1 ? " word" : " words") + " · "
        + f.format(characters) + (characters == 1 ? " character" : " characters");
  }
}
