package com.copydesk.ui.review;

import com.copydesk.core.FurnitureLines;
import com.copydesk.core.Issue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of the card list, one per visible issue, kept in step with the review model by the
 * smallest change: a row whose issue only moved (the text before it was edited) keeps its place
 * and is updated in place, so typing, which moves every issue after the caret, changes no rows and
 * rebuilds no cards; only rows whose card would read differently are replaced. Plain Java with an
 * observable list; no window needed.
 */
public final class IssueRows {
  /**
   * One card's issue, as it moves; its Fix all count (for a line of page furniture: how many such
   * lines a clean-up would remove) and, for a furniture line, how many issues inside it go with it:
   * both part of how the card reads.
   */
  public static final class Row {
    private Issue issue;
    private final int sameCount;
    private final int inside;

    Row(Issue issue, int sameCount) {
      this(issue, sameCount, 0);
    }

    Row(Issue issue, int sameCount, int inside) {
      this.issue = issue;
      this.sameCount = sameCount;
      this.inside = inside;
    }

    /** For a furniture line, the issues inside it (they have no card of their own). */
    public int inside() {
      return inside;
    }

    /** The issue where it now stands. */
    public Issue issue() {
      return issue;
    }

    public int sameCount() {
      return sameCount;
    }

    /** True when a card for {@code other} would read exactly like this row's (the same issue, moved). */
    boolean readsLike(Issue other, int otherSameCount) {
      return readsLike(other, otherSameCount, inside);
    }

    boolean readsLike(Issue other, int otherSameCount, int otherInside) {
      return otherSameCount == sameCount && otherInside == inside
          && other.shift(issue.start() - other.start()).equals(issue);
    }

    @Override
    public String toString() {
      return issue.ruleId() + "@" + issue.start();
    }
  }

  private final ObservableList<Row> rows = FXCollections.observableArrayList();

  public ObservableList<Row> rows() {
    return rows;
  }

  /** The row of an issue (where it now stands), or -1. */
  public int indexOf(Issue issue) {
    if (issue == null) {
      return -1;
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).issue.equals(issue)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Makes the rows show {@code visible} (in text order); {@code all} are every issue under review,
   * for the Fix all counts.
   */
  public void sync(List<Issue> visible, List<Issue> all) {
    Map<Issue, Issue> grouped = FurnitureLines.lineOf(all);
    Map<Issue, Integer> inside = new HashMap<>();
    grouped.values().forEach(line -> inside.merge(line, 1, Integer::sum));
    Map<String, Integer> counts = new HashMap<>();
    for (Issue i : all) {
      String k = correctionKey(i);
      if (k != null && !grouped.containsKey(i)) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    int n = rows.size();
    int m = visible.size();
    int prefix = 0;
    while (prefix < n && prefix < m && reads(rows.get(prefix), visible.get(prefix), counts, inside)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
        && reads(rows.get(n - 1 - suffix), visible.get(m - 1 - suffix), counts, inside)) {
      suffix++;
    }
    for (int i = 0; i < prefix; i++) {
      rows.get(i).issue = visible.get(i);
    }
    for (int j = 0; j < suffix; j++) {
      rows.get(n - 1 - j).issue = visible.get(m - 1 - j);
    }
    if (prefix + suffix == n && prefix + suffix == m) {
      return;
    }
    List<Row> fresh = new ArrayList<>(m - prefix - suffix);
    for (int i = prefix; i < m - suffix; i++) {
      Issue issue = visible.get(i);
      fresh.add(new Row(issue, count(counts, issue), inside.getOrDefault(issue, 0)));
    }
    if (n - suffix > prefix) {
      rows.remove(prefix, n - suffix);
    }
    if (!fresh.isEmpty()) {
      rows.addAll(prefix, fresh);
    }
  }

  private static boolean reads(Row row, Issue issue, Map<String, Integer> counts, Map<Issue, Integer> inside) {
    return row.readsLike(issue, count(counts, issue), inside.getOrDefault(issue, 0));
  }

  private static int count(Map<String, Integer> counts, Issue issue) {
    String k = correctionKey(issue);
    return k == null ? 0 : counts.getOrDefault(k, 0);
  }

  /**
   * Issues with the same key are fixed together by Fix all ({@link Issue#sameCorrectionAs}); every
   * line of page furniture shares one key, as "Clean up pasted page" removes them all.
   */
  static String correctionKey(Issue issue) {
    if (FurnitureLines.isFurniture(issue)) {
      return "\u0000furniture";
    }
    return issue.firstReplacement()
        .map(r -> issue.ruleId() + '\u0000' + issue.coveredText() + '\u0000' + r)
        .orElse(null);
  }
}
