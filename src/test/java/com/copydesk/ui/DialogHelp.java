package com.copydesk.ui;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** Finding and answering the desk's dialogs in TestFX tests. */
final class DialogHelp {
  private DialogHelp() {}

  /** Waits for the dialog whose pane has this style class (".recovery-prompt") to show. */
  static DialogPane waitForDialog(FxRobot robot, String styleClass) throws Exception {
    DeskFixture.waitUntil(() -> findDialog(styleClass).isPresent());
    return DeskFixture.fx(() -> findDialog(styleClass).orElseThrow());
  }

  /**
   * The showing dialog whose pane has this style class (FX thread). Looks through the windows
   * themselves, so it also serves a desk driven without a robot (ScriptedDesk, another process).
   */
  static Optional<DialogPane> findDialog(String styleClass) {
    for (Window w : Window.getWindows()) {
      if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
          && pane.getStyleClass().contains(styleClass.substring(1))) {
        return Optional.of(pane);
      }
    }
    return Optional.empty();
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
