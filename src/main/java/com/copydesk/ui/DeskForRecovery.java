package com.copydesk.ui;

import com.copydesk.formats.Document;
import com.copydesk.ui.files.DocumentSession;
import com.copydesk.ui.recovery.RecoverableDesk;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;

/** The desk as autosave and recovery see it ({@link RecoverableDesk}): a narrow view of {@link Desk}. */
final class DeskForRecovery implements RecoverableDesk {
  private final Desk desk;

  DeskForRecovery(Desk desk) {
    this.desk = desk;
  }

  @Override
  public DocumentSession session() {
    return desk.session();
  }

  @Override
  public StyleClassedTextArea area() {
    return desk.area();
  }

  @Override
  public Window window() {
    return desk.stage();
  }

  @Override
  public ReadOnlyBooleanProperty focused() {
    return desk.stage().focusedProperty();
  }

  @Override
  public Set<String> ignoredSpots() {
    return desk.review().ignoredSpots();
  }

  @Override
  public void ignoreSpots(Set<String> fingerprints) {
    desk.review().ignoreSpots(fingerprints);
  }

  @Override
  public void show(Document document, String displayName) {
    desk.show(document, displayName);
  }

  @Override
  public void say(String message) {
    desk.status().say(message);
  }
}
