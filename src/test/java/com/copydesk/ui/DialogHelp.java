package com.copydesk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.testfx.api.FxRobot;

/** Finding and answering the desk's dialogs in TestFX tests. */
final class DialogHelp {
  private DialogHelp() {}

  static DialogPane waitForDialog(FxRobot robot, String styleClass) throws Exception {
    DeskFixture.waitUntil(() -> robot.lookup(styleClass).tryQuery().isPresent());
    return robot.lookup(styleClass).queryAs(DialogPane.class);
  }

  /** Clicks the dialog's button with this text and waits for the dialog to close. */
  static void answer(FxRobot robot, String styleClass, String buttonText) throws Exception {
    DialogPane pane = waitForDialog(robot, styleClass);
    robot.clickOn(robot.from(pane).lookup((Button b) -> b.getText().equals(buttonText)).queryButton());
    DeskFixture.waitUntil(() -> robot.lookup(styleClass).tryQuery().isEmpty());
  }

  static boolean showing(FxRobot robot, String styleClass) {
    return robot.lookup(styleClass).tryQuery().isPresent();
  }
}
