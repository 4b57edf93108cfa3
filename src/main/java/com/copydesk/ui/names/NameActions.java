package com.copydesk.ui.names;

import com.copydesk.core.UnfamiliarName;

/** What the names list can ask the desk to do. */
public interface NameActions {
  /** Shows the next use of the name after the caret (the first one after the last). */
  void show(UnfamiliarName name);

  /** Adds the name to the personal dictionary: it is no longer unfamiliar, here or anywhere. */
  void addToDictionary(String name);

  /** Marks the name checked (or not) for this session: it moves to the end of the list, greyed. */
  void markChecked(String name, boolean checked);
}
