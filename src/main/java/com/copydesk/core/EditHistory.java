package com.copydesk.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Undo and redo for a draft: each step is a list of edits applied in order (one fix, or a whole
 * "fix all"), and undoing it restores the exact previous text.
 */
public final class EditHistory {
  private final Deque<List<Edit>> undo = new ArrayDeque<>();
  private final Deque<List<Edit>> redo = new ArrayDeque<>();

  /** Records a step that has just been applied; clears what could be redone. */
  public void record(List<Edit> step) {
    if (!step.isEmpty()) {
      undo.push(List.copyOf(step));
      redo.clear();
    }
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  public boolean canRedo() {
    return !redo.isEmpty();
  }

  /** The draft before the last step. */
  public Draft undo(Draft draft) {
    List<Edit> step = undo.pop();
    Draft d = draft;
    for (int i = step.size() - 1; i >= 0; i--) {
      d = d.apply(step.get(i).inverse());
    }
    redo.push(step);
    return d;
  }

  /** The draft with the last undone step applied again. */
  public Draft redo(Draft draft) {
    List<Edit> step = redo.pop();
    Draft d = draft;
    for (Edit e : step) {
      d = d.apply(e);
    }
    undo.push(step);
    return d;
  }

  List<List<Edit>> undoSteps() {
    return new ArrayList<>(undo);
  }
}
