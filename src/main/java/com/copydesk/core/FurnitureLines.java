package com.copydesk.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which issues lie inside a line of page furniture (an issue of {@link Category#CLUTTER}, which
 * covers a whole line): a grammar or spelling issue there goes with the line, not on a card of its
 * own, and removing the line settles it. Worked out from the spans alone, so it stays true while
 * issues move with edits.
 */
public final class FurnitureLines {
  private FurnitureLines() {}

  public static boolean isFurniture(Issue issue) {
    return issue.category() == Category.CLUTTER;
  }

  /** For each issue that lies inside a furniture line, the furniture line's issue (in text order). */
  public static Map<Issue, Issue> lineOf(List<Issue> issues) {
    List<Issue> lines = new ArrayList<>();
    for (Issue i : issues) {
      if (isFurniture(i)) {
        lines.add(i);
      }
    }
    Map<Issue, Issue> out = new LinkedHashMap<>();
    if (lines.isEmpty()) {
      return out;
    }
    lines.sort(Issues.TEXT_ORDER);
    for (Issue i : issues) {
      if (!isFurniture(i)) {
        enclosing(lines, i).ifPresent(line -> out.put(i, line));
      }
    }
    return out;
  }

  /** The furniture line {@code issue} lies in, among {@code issues}. */
  public static Optional<Issue> lineOf(Issue issue, List<Issue> issues) {
    if (isFurniture(issue)) {
      return Optional.empty();
    }
    for (Issue line : issues) {
      if (isFurniture(line) && contains(line, issue)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /** {@code lines} sorted by start; the one holding {@code issue}, found by bisection. */
  private static Optional<Issue> enclosing(List<Issue> lines, Issue issue) {
    int lo = 0;
    int hi = lines.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (lines.get(mid).start() <= issue.start()) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && contains(lines.get(found), issue) ? Optional.of(lines.get(found)) : Optional.empty();
  }

  private static boolean contains(Issue line, Issue issue) {
    return line.start() <= issue.start() && issue.end() <= line.end() && !issue.equals(line);
  }
}
