package com.copydesk.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The fixes applied to a draft, in the order they were applied, each with where its replacement now
 * stands in the current text. Immutable: {@link #with(AppliedFix)} returns a new log. The command
 * line's {@code fix} and the desk both build one; change reports are written from it.
 *
 * <p>Each fix must be recorded right after it is applied, with its issue's span in the text as it
 * was just before; the positions of fixes recorded earlier are moved along with the text.
 */
public final class ChangeLog {
  private static final ChangeLog EMPTY = new ChangeLog(List.of());

  private final List<Entry> entries;

  private ChangeLog(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static ChangeLog empty() {
    return EMPTY;
  }

  /**
   * One applied fix and the position, in the current text, where its replacement starts. {@code
   * sequence} is the order in which it was applied, from 0.
   */
  public record Entry(int sequence, AppliedFix fix, int position) {
    public Entry {
      Objects.requireNonNull(fix, "fix");
    }

    /** The range the replacement occupies in the current text. */
    public Span currentSpan() {
      return new Span(position, position + fix.replacement().length());
    }
  }

  /** The log after {@code fix} was applied to the current text. */
  public ChangeLog with(AppliedFix fix) {
    Edit edit = fix.edit();
    List<Entry> moved = new ArrayList<>(entries.size() + 1);
    for (Entry e : entries) {
      moved.add(new Entry(e.sequence(), e.fix(), mapStart(edit, e)));
    }
    moved.add(new Entry(entries.size(), fix, edit.start()));
    return new ChangeLog(moved);
  }

  /**
   * The log after an edit that was not a fix (the copy editor typed something): recorded positions
   * move with the text, nothing is added.
   */
  public ChangeLog afterEdit(Edit edit) {
    List<Entry> moved = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      moved.add(new Entry(e.sequence(), e.fix(), mapStart(edit, e)));
    }
    return new ChangeLog(moved);
  }

  /** The log after all of {@code fixes}, given in the order they were applied. */
  public ChangeLog withAll(List<AppliedFix> fixes) {
    ChangeLog log = this;
    for (AppliedFix f : fixes) {
      log = log.with(f);
    }
    return log;
  }

  /** Where an earlier replacement starts after {@code edit}; one that the edit overwrote sits at its start. */
  private static int mapStart(Edit edit, Entry e) {
    int mapped = edit.mapPosition(e.position());
    return mapped >= 0 ? mapped : edit.start();
  }

  /** Entries in the order the fixes were applied. */
  public List<Entry> inOrderApplied() {
    return entries;
  }

  /** Entries in the order they appear in the current text (ties in the order applied). */
  public List<Entry> inTextOrder() {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt(Entry::position).thenComparingInt(Entry::sequence));
    return sorted;
  }

  public int size() {
    return entries.size();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
