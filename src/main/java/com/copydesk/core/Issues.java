package com.copydesk.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeping a list of issues true to the text while it is edited. */
public final class Issues {
  private Issues() {}

  public static final Comparator<Issue> TEXT_ORDER =
      Comparator.comparing(Issue::span).thenComparing(Issue::ruleId);

  /**
   * The issues after {@code edit}: those before it stay, those after it move by the edit's length,
   * and those it touches (overlapping, or right against it, since the word they cover changed) are
   * dropped until the next check.
   */
  public static List<Issue> afterEdit(List<Issue> issues, Edit edit) {
    int start = edit.start();
    int oldEnd = start + edit.removed().length();
    List<Issue> out = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      if (issue.end() < start) {
        out.add(issue);
      } else if (issue.start() > oldEnd) {
        out.add(issue.shift(edit.delta()));
      }
    }
    return out;
  }

  /**
   * Picks issues for a batch of fixes: no two of the returned issues overlap or touch, the first in
   * text order wins, and each has a replacement. Two whole lines of page furniture may touch: each
   * removes its own line.
   */
  public static List<Issue> nonOverlapping(List<Issue> issues) {
    List<Issue> sorted = new ArrayList<>(issues);
    sorted.sort(TEXT_ORDER);
    List<Issue> out = new ArrayList<>();
    int lastEnd = -1;
    Issue last = null;
    for (Issue issue : sorted) {
      if (issue.replacements().isEmpty()) {
        continue;
      }
      boolean linesSideBySide = last != null && issue.start() == lastEnd
          && FurnitureLines.isFurniture(issue) && FurnitureLines.isFurniture(last);
      if (issue.start() > lastEnd || linesSideBySide) {
        out.add(issue);
        lastEnd = issue.end();
        last = issue;
      }
    }
    return out;
  }
}
