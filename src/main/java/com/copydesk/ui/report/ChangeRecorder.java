package com.copydesk.ui.report;

import com.copydesk.core.AppliedFix;
import com.copydesk.core.ChangeLog;
import com.copydesk.core.Edit;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The change log of the session on the desk: every suggestion the copy editor applies, kept true
 * to the text while it is edited, for File ▸ Export Change Report. Every change of the editor's
 * text comes through {@link #changed}: a change announced by {@link #applyingFixes} adds its fixes;
 * one announced by {@link #restoringTo} (undo, redo) brings back the log that went with the text it
 * restores; any other (typing, pasting) only moves the recorded positions. Plain Java with a JavaFX
 * property; used on the FX thread only.
 */
public final class ChangeRecorder {
  /** The log just before and just after one change of the text (one undo step). */
  public record Step(ChangeLog before, ChangeLog after) {}

  private final ReadOnlyObjectWrapper<ChangeLog> log =
      new ReadOnlyObjectWrapper<>(this, "log", ChangeLog.empty());
  private List<AppliedFix> comingFixes;
  private ChangeLog comingLog;

  public ReadOnlyObjectProperty<ChangeLog> logProperty() {
    return log.getReadOnlyProperty();
  }

  /** The fixes applied so far, where they now stand. */
  public ChangeLog log() {
    return log.get();
  }

  /** A new document: nothing applied yet. */
  public void reset() {
    comingFixes = null;
    comingLog = null;
    log.set(ChangeLog.empty());
  }

  /**
   * Runs {@code apply}, which changes the text by exactly these fixes (in the order given, as
   * {@link com.copydesk.core.FixBatch#appliedFixes()} lists them), and records them.
   */
  public void applyingFixes(List<AppliedFix> fixes, Runnable apply) {
    comingFixes = List.copyOf(fixes);
    try {
      apply.run();
    } finally {
      comingFixes = null;
    }
  }

  /** Runs {@code apply}, which puts back the text that went with {@code target} (undo, redo). */
  public void restoringTo(ChangeLog target, Runnable apply) {
    comingLog = Objects.requireNonNull(target);
    try {
      apply.run();
    } finally {
      comingLog = null;
    }
  }

  /** The text changed by {@code edits}, in the order they were made. */
  public Step changed(List<Edit> edits) {
    ChangeLog before = log.get();
    ChangeLog after;
    if (comingLog != null) {
      after = comingLog;
      comingLog = null;
    } else if (comingFixes != null && sameEdits(comingFixes, edits)) {
      after = before.withAll(comingFixes);
      comingFixes = null;
    } else {
      after = before;
      for (Edit e : edits) {
        after = after.afterEdit(e);
      }
    }
    log.set(after);
    return new Step(before, after);
  }

  private static boolean sameEdits(List<AppliedFix> fixes, List<Edit> edits) {
    if (fixes.size() != edits.size()) {
      return false;
    }
    for (int i = 0; i < fixes.size(); i++) {
      if (!fixes.get(i).edit().equals(edits.get(i))) {
        return false;
      }
    }
    return true;
  }
}
