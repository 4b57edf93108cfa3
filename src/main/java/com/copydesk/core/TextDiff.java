package com.copydesk.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The differences between two versions of a text as a list of {@link Edit}s: words that stayed are
 * matched (longest common subsequence over words, spaces and punctuation), and each stretch between
 * them becomes one edit. With {@link Granularity#CHARACTERS} each edit is then trimmed to the
 * characters that actually changed ("recieve" → "receive" becomes "ie" → "ei"), which keeps as much
 * of the original text, and its formatting, in place as possible; {@link Granularity#WORDS} keeps
 * whole words, which reads better as a tracked change.
 */
public final class TextDiff {
  /** Beyond this many token pairs the middle of a changed text is treated as one replacement. */
  static final long MAX_CELLS = 4_000_000L;

  public enum Granularity { WORDS, CHARACTERS }

  private TextDiff() {}

  /**
   * Edits that turn {@code before} into {@code after}, in text order, with positions in {@code
   * before}; none overlap or touch. Apply them from the last to the first.
   */
  public static List<Edit> edits(String before, String after, Granularity granularity) {
    List<Edit> out = new ArrayList<>();
    if (before.equals(after)) {
      return out;
    }
    int[] a = tokenBounds(before);
    int[] b = tokenBounds(after);
    int na = a.length - 1;
    int nb = b.length - 1;
    int lo = 0;
    while (lo < na && lo < nb && sameToken(before, a, lo, after, b, lo)) {
      lo++;
    }
    int hiA = na;
    int hiB = nb;
    while (hiA > lo && hiB > lo && sameToken(before, a, hiA - 1, after, b, hiB - 1)) {
      hiA--;
      hiB--;
    }
    List<int[]> hunks = new ArrayList<>();
    long cells = (long) (hiA - lo) * (hiB - lo);
    if (cells == 0 || cells > MAX_CELLS) {
      hunks.add(new int[] {lo, hiA, lo, hiB});
    } else {
      lcsHunks(before, a, after, b, lo, hiA, lo, hiB, hunks);
    }
    for (int[] h : hunks) {
      int s = a[h[0]];
      int e = a[h[1]];
      int bs = b[h[2]];
      int be = b[h[3]];
      if (granularity == Granularity.CHARACTERS) {
        while (s < e && bs < be && before.charAt(s) == after.charAt(bs) && !splitsPair(before, s + 1)) {
          s++;
          bs++;
        }
        while (e > s && be > bs && before.charAt(e - 1) == after.charAt(be - 1) && !splitsPair(before, e - 1)) {
          e--;
          be--;
        }
      }
      if (s < e || bs < be) {
        out.add(new Edit(s, before.substring(s, e), after.substring(bs, be)));
      }
    }
    return out;
  }

  /** Applies edits from {@link #edits} (text order) to {@code before}. */
  public static String apply(String before, List<Edit> edits) {
    String text = before;
    for (int i = edits.size() - 1; i >= 0; i--) {
      text = edits.get(i).applyTo(text);
    }
    return text;
  }

  private static boolean splitsPair(String s, int position) {
    return position > 0 && position < s.length()
        && Character.isHighSurrogate(s.charAt(position - 1)) && Character.isLowSurrogate(s.charAt(position));
  }

  /** Token boundaries: runs of letters and digits, runs of whitespace, and single other characters. */
  static int[] tokenBounds(String s) {
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int kind = kind(cp);
      i += Character.charCount(cp);
      if (kind != 2) {
        while (i < s.length() && kind(s.codePointAt(i)) == kind) {
          i += Character.charCount(s.codePointAt(i));
        }
      }
      bounds.add(i);
    }
    int[] out = new int[bounds.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = bounds.get(k);
    }
    return out;
  }

  private static int kind(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return 0;
    }
    return Character.isWhitespace(cp) ? 1 : 2;
  }

  private static boolean sameToken(String x, int[] xb, int i, String y, int[] yb, int j) {
    int len = xb[i + 1] - xb[i];
    return len == yb[j + 1] - yb[j] && x.regionMatches(xb[i], y, yb[j], len);
  }

  /** Hunks (token ranges {aFrom, aTo, bFrom, bTo}) between the tokens both sides keep. */
  private static void lcsHunks(String x, int[] xb, String y, int[] yb, int a0, int a1, int b0, int b1,
      List<int[]> hunks) {
    int n = a1 - a0;
    int m = b1 - b0;
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = sameToken(x, xb, a0 + i, y, yb, b0 + j)
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    int hunkA = -1;
    int hunkB = -1;
    while (i < n || j < m) {
      if (i < n && j < m && sameToken(x, xb, a0 + i, y, yb, b0 + j)) {
        if (hunkA >= 0) {
          hunks.add(new int[] {a0 + hunkA, a0 + i, b0 + hunkB, b0 + j});
          hunkA = -1;
        }
        i++;
        j++;
        continue;
      }
      if (hunkA < 0) {
        hunkA = i;
        hunkB = j;
      }
      if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        j++;
      } else {
        i++;
      }
    }
    if (hunkA >= 0) {
      hunks.add(new int[] {a0 + hunkA, a0 + n, b0 + hunkB, b0 + m});
    }
  }
}
