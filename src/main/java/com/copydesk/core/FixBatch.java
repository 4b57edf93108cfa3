package com.copydesk.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Several fixes applied as one step (the command line's {@code fix}, the desk's "Fix all"). Fixes
 * are applied from the end of the text backwards so earlier positions stay valid; a fix whose text
 * changed is skipped, never forced.
 */
public final class FixBatch {
  private final Draft before;
  private final Draft after;
  private final List<Edit> edits;
  private final List<Issue> applied;
  private final List<AppliedFix> fixes;

  private FixBatch(Draft before, Draft after, List<Edit> edits, List<Issue> applied,
      List<AppliedFix> fixes) {
    this.before = before;
    this.after = after;
    this.edits = List.copyOf(edits);
    this.applied = List.copyOf(applied);
    this.fixes = List.copyOf(fixes);
  }

  /**
   * Applies {@code choice} (e.g. the first replacement) for each of {@code issues} that does not
   * overlap an earlier one. Edits are returned in the order they were applied.
   */
  public static FixBatch apply(Draft draft, List<Issue> issues, Function<Issue, String> choice) {
    List<Issue> chosen = new ArrayList<>(Issues.nonOverlapping(issues));
    Collections.reverse(chosen);
    String text = draft.text();
    List<Edit> edits = new ArrayList<>();
    List<Issue> applied = new ArrayList<>();
    List<AppliedFix> fixes = new ArrayList<>();
    for (Issue issue : chosen) {
      String replacement = choice.apply(issue);
      if (replacement == null || !Fix.isCurrent(text, issue)) {
        continue;
      }
      Edit edit = Fix.edit(issue, replacement);
      text = edit.applyTo(text);
      edits.add(edit);
      applied.add(issue);
      fixes.add(new AppliedFix(issue, replacement));
    }
    Collections.reverse(applied);
    return new FixBatch(draft, draft.withText(text), edits, applied, fixes);
  }

  public Draft before() {
    return before;
  }

  public Draft after() {
    return after;
  }

  /** The edits in the order they were applied (last position first). */
  public List<Edit> edits() {
    return edits;
  }

  /**
   * The fixes in the order they were applied (last position first), each issue's span valid just
   * before it was applied: ready for {@link ChangeLog#withAll(List)}.
   */
  public List<AppliedFix> appliedFixes() {
    return fixes;
  }

  /** The issues that were fixed, in text order. */
  public List<Issue> applied() {
    return applied;
  }
}
