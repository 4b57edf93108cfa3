package com.copydesk.ui;

import static com.copydesk.ui.DialogHelp.waitForDialog;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Issue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Files in the real window: save in the file's own bytes, Save As, the unsaved-changes question, bad files. */
class DeskFilesTest extends DeskFixture {

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  static byte[] bomCrlf(String lfText) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(lfText.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void saveWritesTheFixBackWithTheFilesBomAndLineBreaksAndSaveAsWritesElsewhere(FxRobot robot) throws Exception {
    Path file = dir.resolve("crlf-bom.txt");
    Files.write(file, bomCrlf(DRAFT));
    openAndWait(file);
    assertThat(text()).isEqualTo(DRAFT);
    assertThat(fx(() -> desk.stage().getTitle())).isEqualTo("crlf-bom.txt — Copydesk");

    Issue comma = issue(covering(" ,"));
    robot.clickOn(robot.from(card(robot, comma)).lookup(".suggestion").queryButton());
    waitUntil(() -> desk.area().getText().contains("good, and"));
    assertThat(fx(() -> desk.stage().getTitle())).isEqualTo("*crlf-bom.txt — Copydesk");

    shortcut(robot, KeyCode.S);
    String fixed = DRAFT.replace("good , and", "good, and");
    waitUntil(() -> !desk.session().isModified());
    assertThat(Files.readAllBytes(file)).isEqualTo(bomCrlf(fixed));
    assertThat(fx(() -> desk.stage().getTitle())).isEqualTo("crlf-bom.txt — Copydesk");

    Path copy = dir.resolve("elsewhere").resolve("copy.txt");
    Files.createDirectories(copy.getParent());
    dialogs.toSave = copy;
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil(() -> Files.exists(copy));
    assertThat(Files.readAllBytes(copy)).isEqualTo(bomCrlf(fixed));
    waitUntil(() -> desk.stage().getTitle().equals("copy.txt — Copydesk"));
    assertThat(settings.recentFiles()).first().isEqualTo(copy.toAbsolutePath().normalize());
  }

  @Test
  void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
    Path file = openDraft(robot, DRAFT);
    fx(() -> {
      desk.area().moveTo(desk.area().getLength());
      return null;
    });
    robot.write(" Fine.");
    waitUntil(() -> desk.session().isModified());

    requestClose();
    clickDialogButton(robot, "Cancel");
    assertThat(fx(() -> desk.stage().isShowing())).isTrue();
    assertThat(text()).endsWith("ended early. Fine.");

    requestClose();
    clickDialogButton(robot, "Discard");
    waitUntil(() -> !desk.stage().isShowing());
    assertThat(Files.readString(file)).isEqualTo(DRAFT);
    assertThat(com.copydesk.settings.UserSettings.load(dir.resolve("config")).windowBounds())
        .as("the window's place is remembered").isPresent();
  }

  @Test
  void closingAndChoosingSaveWritesTheFileFirst(FxRobot robot) throws Exception {
    Path file = openDraft(robot, DRAFT);
    fx(() -> {
      desk.area().moveTo(0);
      return null;
    });
    robot.write("Today ");
    waitUntil(() -> desk.session().isModified());
    requestClose();
    clickDialogButton(robot, "Save");
    waitUntil(() -> !desk.stage().isShowing());
    assertThat(Files.readString(file)).isEqualTo("Today " + DRAFT);
  }

  @Test
  void aFileThatIsNotTextGetsADialogAndTheDraftStays(FxRobot robot) throws Exception {
    Path good = openDraft(robot, DRAFT);
    Path binary = dir.resolve("photo.txt");
    byte[] bytes = new byte[600];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 7);
    }
    Files.write(binary, bytes);
    dialogs.toOpen = binary;
    Platform.runLater(() -> desk.files().open());
    DialogPane pane = waitForDialog(robot, ".error-dialog");
    assertThat(pane.getContentText()).contains("photo.txt").contains("not a text document");
    robot.clickOn(robot.from(pane).lookup((Button b) -> b.getText().equals("OK")).queryButton());
    waitUntil(() -> robot.lookup(".error-dialog").tryQuery().isEmpty());
    assertThat(text()).isEqualTo(DRAFT);
    assertThat(fx(() -> desk.session().path())).isEqualTo(good);
  }

  @Test
  void openingAnotherFileWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    robot.write("Note: ");
    waitUntil(() -> desk.session().isModified());
    Path other = dir.resolve("other.txt");
    Files.writeString(other, "A second draft with one mistaek.");
    dialogs.toOpen = other;
    Platform.runLater(() -> desk.files().open());
    clickDialogButton(robot, "Discard");
    waitUntil(() -> desk.area().getText().equals("A second draft with one mistaek."));
    waitChecked();
    assertThat(issues()).anyMatch(covering("mistaek"));
    assertThat(fx(() -> desk.stage().getTitle())).isEqualTo("other.txt — Copydesk");
  }

  private void requestClose() {
    Platform.runLater(() -> desk.stage().fireEvent(new WindowEvent(desk.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
  }

  private void clickDialogButton(FxRobot robot, String text) throws Exception {
    DialogPane pane = waitForDialog(robot, ".save-changes-dialog");
    Node button = robot.from(pane).lookup((Button b) -> b.getText().equals(text)).query();
    robot.clickOn(button);
    waitUntil(() -> robot.lookup(".save-changes-dialog").tryQuery().isEmpty());
  }

}
