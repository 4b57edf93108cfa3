package com.copydesk.core;

import java.util.Arrays;

/**
 * Converts UTF-16 positions in a text into what people and other tools count: Unicode code points,
 * and 1-based line and column. Line breaks are LF, CRLF or CR. Built once per text; each lookup is
 * a binary search.
 */
public final class TextIndex {
  private final int[] lineStarts;
  private final int[] lowSurrogates;

  public TextIndex(String text) {
    int[] starts = new int[16];
    int lines = 1;
    int[] lows = new int[16];
    int nLows = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
      if (lineBreak) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      }
      if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
        if (nLows == lows.length) {
          lows = Arrays.copyOf(lows, nLows * 2);
        }
        lows[nLows++] = i;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, lines);
    this.lowSurrogates = Arrays.copyOf(lows, nLows);
  }

  /** The code-point offset of a UTF-16 position. */
  public int codePoints(int utf16) {
    return utf16 - surrogatesBefore(utf16);
  }

  /** The UTF-16 position of a code-point offset. */
  public int utf16(int codePoints) {
    int lo = codePoints;
    int hi = codePoints + lowSurrogates.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (codePoints(mid) < codePoints) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // never land between the two halves of a surrogate pair
    return Arrays.binarySearch(lowSurrogates, lo) >= 0 ? lo + 1 : lo;
  }

  /** 1-based line of a UTF-16 position. */
  public int line(int utf16) {
    int k = Arrays.binarySearch(lineStarts, utf16);
    return (k >= 0 ? k : -k - 2) + 1;
  }

  /** 1-based column, in code points, of a UTF-16 position. */
  public int column(int utf16) {
    int lineStart = lineStarts[line(utf16) - 1];
    return codePoints(utf16) - codePoints(lineStart) + 1;
  }

  private int surrogatesBefore(int utf16) {
    int k = Arrays.binarySearch(lowSurrogates, utf16);
    return k >= 0 ? k : -k - 1;
  }
}
