package com.copydesk.formats.html;

import java.util.Arrays;
import java.util.List;

/**
 * Which new line each old line became, when lines can change and be removed but not added: the
 * lines both have unchanged are matched first (longest common subsequence), and the lines between
 * two matches pair up in order when there are as many on both sides, or, when old lines were
 * removed there, by how much of their text they share.
 */
final class LineMatch {
  private LineMatch() {}

  /** For each old line, the index of its new line or -1 (removed); null when lines were added. */
  static int[] align(List<String> old, List<String> now) {
    int n = old.size();
    int m = now.size();
    if (m > n) {
      return null;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = old.get(i).equals(now.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int[] match = new int[n];
    Arrays.fill(match, -1);
    int i = 0;
    int j = 0;
    int gapI = 0;
    int gapJ = 0;
    while (i < n && j < m) {
      if (old.get(i).equals(now.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        if (!pairGap(old, now, gapI, i, gapJ, j, match)) {
          return null;
        }
        match[i++] = j++;
        gapI = i;
        gapJ = j;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return pairGap(old, now, gapI, n, gapJ, m, match) ? match : null;
  }

  /** Old lines {@code [i0, i1)} against new lines {@code [j0, j1)}: false when new ones outnumber old. */
  private static boolean pairGap(List<String> old, List<String> now, int i0, int i1, int j0, int j1, int[] match) {
    int oldCount = i1 - i0;
    int newCount = j1 - j0;
    if (newCount > oldCount) {
      return false;
    }
    int i = i0;
    for (int j = j0; j < j1; j++) {
      // skip old lines (removed) while a later one is more like this new line and enough remain
      int best = i;
      for (int k = i; k <= i1 - (j1 - j); k++) {
        if (shared(old.get(k), now.get(j)) > shared(old.get(best), now.get(j))) {
          best = k;
        }
      }
      match[best] = j;
      i = best + 1;
    }
    return true;
  }

  /** Characters two lines share at their start and end. */
  private static int shared(String a, String b) {
    int p = 0;
    while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    int s = 0;
    while (s < a.length() - p && s < b.length() - p
        && a.charAt(a.length() - 1 - s) == b.charAt(b.length() - 1 - s)) {
      s++;
    }
    return p + s;
  }
}
