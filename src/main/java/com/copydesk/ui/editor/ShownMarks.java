package com.copydesk.ui.editor;

import com.copydesk.core.Edit;
import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the editor is showing: the marks (underlines, find hits) as last styled, moved along with
 * every edit since, and the stretches an edit left in doubt (typed or pasted text, a mark the edit
 * cut into). Asked to show new marks, it answers with only the stretches whose styles differ, so a
 * check that changes one paragraph restyles one paragraph. Plain Java; no window needed.
 */
final class ShownMarks {
  private List<Underlines.Mark> shown = List.of();
  private final List<Span> dirty = new ArrayList<>();

  /** Fresh text without any styles. */
  void reset() {
    shown = List.of();
    dirty.clear();
  }

  /**
   * The text changed. The editor gives inserted text no style and moves the styles around it, so
   * marks before and after the edit are still shown where they now stand; a mark the edit cut into,
   * and the inserted text, are in doubt until restyled.
   */
  void edited(Edit e) {
    int start = e.start();
    int oldEnd = start + e.removed().length();
    int newEnd = start + e.inserted().length();
    List<Span> moved = new ArrayList<>(dirty.size() + 2);
    for (Span d : dirty) {
      moved.add(new Span(map(d.start(), e, start), Math.max(map(d.start(), e, start), map(d.end(), e, newEnd))));
    }
    List<Underlines.Mark> kept = new ArrayList<>(shown.size());
    for (Underlines.Mark m : shown) {
      Span s = m.span();
      if (s.end() <= start) {
        kept.add(m);
      } else if (s.start() >= oldEnd) {
        kept.add(new Underlines.Mark(s.shift(e.delta()), m.classes()));
      } else {
        int to = s.end() >= oldEnd ? s.end() + e.delta() : newEnd;
        moved.add(new Span(Math.min(s.start(), start), Math.max(to, newEnd)));
      }
    }
    moved.add(new Span(start, newEnd));
    dirty.clear();
    dirty.addAll(moved);
    shown = kept;
  }

  /** A stretch that was not restyled yet (it is left for later): still in doubt. */
  void notStyled(Span s) {
    dirty.add(s);
  }

  /** True while some stretch is in doubt. */
  boolean hasUnstyled() {
    return !dirty.isEmpty();
  }

  /** Where a position ends up; one inside the removed text goes to {@code inside}. */
  private static int map(int position, Edit e, int inside) {
    int p = e.mapPosition(position);
    return p >= 0 ? p : inside;
  }

  /**
   * The stretches to restyle so that {@code wanted} is shown, sorted and merged (touching
   * stretches join); from then on {@code wanted} is what is shown.
   */
  List<Span> restyle(List<Underlines.Mark> wanted) {
    Map<Underlines.Mark, Integer> balance = new HashMap<>();
    for (Underlines.Mark m : shown) {
      balance.merge(m, 1, Integer::sum);
    }
    for (Underlines.Mark m : wanted) {
      balance.merge(m, -1, Integer::sum);
    }
    List<Span> ranges = new ArrayList<>(dirty);
    for (Map.Entry<Underlines.Mark, Integer> b : balance.entrySet()) {
      if (b.getValue() != 0) {
        ranges.add(b.getKey().span());
      }
    }
    shown = List.copyOf(wanted);
    dirty.clear();
    return merge(ranges);
  }

  /** Sorted, with overlapping and touching spans joined. */
  static List<Span> merge(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
