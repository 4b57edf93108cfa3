package com.copydesk.ui.recovery;

import com.copydesk.formats.Document;
import com.copydesk.ui.files.DocumentSession;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * What autosave and recovery need of the desk, and no more: the draft's session and text, the
 * window (its focus, and the owner of the prompt), the spots the editor ignored, a line in the
 * status bar, and a way to put a restored draft on the desk. The desk hands {@link DraftRecovery}
 * one of these (com.copydesk.ui.DeskApp), so this package never reaches back into the desk's
 * own package.
 */
public interface RecoverableDesk {
  DocumentSession session();

  StyleClassedTextArea area();

  /** The desk's window: the owner of the recovery prompt. */
  Window window();

  /** Whether the desk's window has the focus (losing it writes the copy at once). */
  ReadOnlyBooleanProperty focused();

  /** The fingerprints of the issues the editor ignored in this draft. */
  Set<String> ignoredSpots();

  /** Ignores the issues at these fingerprints again (a restored draft keeps its ignored spots). */
  void ignoreSpots(Set<String> fingerprints);

  /** Puts a document on the desk, as when a file is opened. */
  void show(Document document, String displayName);

  /** A line in the status bar. */
  void say(String message);
}
