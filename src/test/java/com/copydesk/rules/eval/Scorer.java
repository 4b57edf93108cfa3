package com.copydesk.rules.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The per-case judgements of the shared score.py, reimplemented over code-point offsets. */
final class Scorer {
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u001c-\\u001f]+");

  private Scorer() {}

  /** Outcome of one dropped-auxiliary case. */
  record Outcome(boolean detected, boolean fixed, boolean top1, boolean falseAlarm) {}

  static Outcome judge(EvalCase c, List<Issue> onErroneous, List<Issue> onOriginal) {
    String err = c.erroneous();
    Set<String> targets = new HashSet<>();
    targets.add(norm(c.original()));
    for (String r : c.restorations()) {
      targets.add(norm(cpSub(err, 0, c.offset()) + " " + r + cpSub(err, c.offset(), cpLen(err))));
    }
    int[] win = window(err, c.offset());
    boolean det = false;
    boolean fix = false;
    boolean top = false;
    for (Issue it : onErroneous) {
      if (it.offset() <= win[1] && it.end() >= win[0]) {
        det = true;
        List<String> reps = it.replacements();
        for (int j = 0; j < Math.min(5, reps.size()); j++) {
          String fixedText = cpSub(err, 0, it.offset()) + reps.get(j) + cpSub(err, it.end(), cpLen(err));
          if (targets.contains(norm(fixedText))) {
            fix = true;
            if (j == 0) {
              top = true;
            }
          }
        }
      }
    }
    int[] owin = window(c.original(), c.offset() + 1 + c.removed().codePointCount(0, c.removed().length()) / 2);
    boolean fa = false;
    for (Issue it : onOriginal) {
      if (it.offset() <= owin[1] && it.end() >= owin[0]) {
        fa = true;
      }
    }
    return new Outcome(det, fix, top, fa);
  }

  /** From the start of the word before the gap to the end of the word after it (score.py's window). */
  static int[] window(String sentence, int at) {
    int[] cps = sentence.codePoints().toArray();
    int lo = at;
    while (lo > 0 && cps[lo - 1] == ' ') {
      lo--;
    }
    while (lo > 0 && !isSpace(cps[lo - 1])) {
      lo--;
    }
    int hi = at;
    while (hi < cps.length && cps[hi] == ' ') {
      hi++;
    }
    while (hi < cps.length && !isSpace(cps[hi])) {
      hi++;
    }
    return new int[] {lo, hi};
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  static String norm(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  static int cpLen(String s) {
    return s.codePointCount(0, s.length());
  }

  static String cpSub(String s, int from, int to) {
    int cpLen = cpLen(s);
    from = Math.max(0, Math.min(from, cpLen));
    to = Math.max(from, Math.min(to, cpLen));
    return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
  }
}
