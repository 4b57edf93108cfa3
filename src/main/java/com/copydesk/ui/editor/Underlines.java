package com.copydesk.ui.editor;

import com.copydesk.core.Issue;
import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns issues and find hits into the style classes of a stretch of text: {@code issue} plus the
 * category's class ({@code issue-spelling}, …) under each issue, {@code find-hit} under each match,
 * {@code find-current} under the current match. How they look is up to the style sheet.
 */
public final class Underlines {
  public static final String ISSUE = "issue";
  public static final String FIND_HIT = "find-hit";
  public static final String FIND_CURRENT = "find-current";

  private Underlines() {}

  /** A range of text and the style classes it carries. */
  public record Mark(Span span, List<String> classes) {}

  public static List<Mark> marks(List<Issue> issues, List<Span> findHits, Span currentHit) {
    List<Mark> marks = new ArrayList<>(issues.size() + findHits.size() + 1);
    for (Issue i : issues) {
      marks.add(new Mark(i.span(), List.of(ISSUE, i.category().styleClass())));
    }
    for (Span s : findHits) {
      marks.add(new Mark(s, List.of(FIND_HIT)));
    }
    if (currentHit != null) {
      marks.add(new Mark(currentHit, List.of(FIND_CURRENT)));
    }
    return marks;
  }

  /**
   * The style spans for {@code [from, to)} of a text: each stretch carries the classes of every mark
   * over it, sorted so equal sets compare equal. {@code to > from} is required.
   */
  public static StyleSpans<Collection<String>> styles(int from, int to, List<Mark> marks) {
    if (to <= from) {
      throw new IllegalArgumentException("empty range");
    }
    // boundary -> classes starting (+) and ending (-) there
    TreeMap<Integer, List<Mark>> starts = new TreeMap<>();
    TreeMap<Integer, List<Mark>> ends = new TreeMap<>();
    TreeSet<Integer> points = new TreeSet<>(List.of(from, to));
    for (Mark m : marks) {
      int s = Math.max(from, m.span().start());
      int e = Math.min(to, m.span().end());
      if (e <= s) {
        continue;
      }
      starts.computeIfAbsent(s, k -> new ArrayList<>()).add(m);
      ends.computeIfAbsent(e, k -> new ArrayList<>()).add(m);
      points.add(s);
      points.add(e);
    }
    StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
    java.util.Map<String, Integer> active = new java.util.HashMap<>();
    Integer prev = null;
    Set<String> prevClasses = null;
    int pendingLength = 0;
    for (int p : points) {
      if (prev != null) {
        Set<String> now = new TreeSet<>();
        for (var e : active.entrySet()) {
          if (e.getValue() > 0) {
            now.add(e.getKey());
          }
        }
        if (prevClasses != null && !now.equals(prevClasses)) {
          b.add(List.copyOf(prevClasses), pendingLength);
          pendingLength = 0;
        }
        prevClasses = now;
        pendingLength += p - prev;
      }
      for (Mark m : ends.getOrDefault(p, List.of())) {
        for (String c : m.classes()) {
          active.merge(c, -1, Integer::sum);
        }
      }
      for (Mark m : starts.getOrDefault(p, List.of())) {
        for (String c : m.classes()) {
          active.merge(c, 1, Integer::sum);
        }
      }
      prev = p;
    }
    b.add(List.copyOf(prevClasses), pendingLength);
    return b.create();
  }
}
