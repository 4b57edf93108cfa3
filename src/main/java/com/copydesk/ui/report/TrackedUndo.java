package com.copydesk.ui.report;

import com.copydesk.core.ChangeLog;
import com.copydesk.core.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.undo.UndoManager;
import org.fxmisc.undo.UndoManagerFactory;
import org.reactfx.EventSource;

/**
 * The editor's undo history, with the session's change log in every step: undoing a fix takes it
 * out of the log again, redoing puts it back, exactly as it was. Behaves like RichTextFX's plain
 * text undo (typing merges into one step until a pause or {@code preventMerge()}).
 */
public final class TrackedUndo {
  private TrackedUndo() {}

  /**
   * One undo step: the text changes (as RichTextFX made them) and the log before and after them.
   * Steps are equal when their text changes are, which is how the undo history recognises the
   * change it asked for.
   */
  public record Step(List<PlainTextChange> changes, ChangeLog before, ChangeLog after) {
    Step invert() {
      List<PlainTextChange> inverted = new ArrayList<>(changes.size());
      for (int i = changes.size() - 1; i >= 0; i--) {
        inverted.add(changes.get(i).invert());
      }
      return new Step(inverted, after, before);
    }

    Optional<Step> mergeWith(Step next) {
      if (changes.size() != next.changes.size()) {
        return Optional.empty();
      }
      List<PlainTextChange> merged = new ArrayList<>(changes.size());
      for (int i = 0; i < changes.size(); i++) {
        Optional<PlainTextChange> m = changes.get(i).mergeWith(next.changes.get(i));
        if (m.isEmpty()) {
          return Optional.empty();
        }
        merged.add(m.get());
      }
      return Optional.of(new Step(merged, before, next.after));
    }

    boolean isIdentity() {
      return changes.stream().allMatch(PlainTextChange::isIdentity);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Step s && s.changes.equals(changes);
    }

    @Override
    public int hashCode() {
      return changes.hashCode();
    }
  }

  /** Puts an undo history on {@code area} that keeps {@code recorder}'s log with the text. */
  public static UndoManager<Step> install(GenericStyledArea<?, ?, ?> area, ChangeRecorder recorder) {
    EventSource<Step> steps = new EventSource<>();
    area.multiPlainChanges().subscribe(list -> {
      List<PlainTextChange> real = list.stream().filter(c -> !c.isIdentity()).toList();
      if (real.isEmpty()) {
        return;
      }
      List<Edit> edits = new ArrayList<>(real.size());
      for (PlainTextChange c : real) {
        edits.add(new Edit(c.getPosition(), c.getRemoved(), c.getInserted()));
      }
      ChangeRecorder.Step logs = recorder.changed(edits);
      steps.push(new Step(real, logs.before(), logs.after()));
    });
    var applyText = UndoUtils.applyMultiPlainTextChange(area);
    UndoManager<Step> undo = UndoManagerFactory.unlimitedHistorySingleChangeUM(
        steps,
        Step::invert,
        s -> recorder.restoringTo(s.after(), () -> applyText.accept(s.changes())),
        Step::mergeWith,
        Step::isIdentity,
        UndoUtils.DEFAULT_PREVENT_MERGE_DELAY);
    area.setUndoManager(undo);
    return undo;
  }
}
