package com.copydesk.ui;

import static com.copydesk.ui.DialogHelp.answer;
import static com.copydesk.ui.DialogHelp.waitForDialog;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Saving under stress: a file another program changed, a save that fails. */
class DeskSavingTest extends DeskFixture {

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  /** What the window system tells the stage when it loses or regains focus (see DeskRecoveryTest). */
  void focus(boolean focused) throws Exception {
    fx(() -> {
      com.sun.javafx.stage.WindowHelper.setFocused(desk.stage(), focused);
      return null;
    });
  }

  @Test
  void savingOverAFileChangedOnDiskAsksOverwriteReloadOrCancel(FxRobot robot) throws Exception {
    Path file = openDraft(robot, DRAFT);
    typeAtEnd(robot, " Ours.");
    Files.writeString(file, "Theirs, saved by another program.");

    shortcut(robot, KeyCode.S);
    DialogPane ask = waitForDialog(robot, ".disk-changed-dialog");
    assertThat(ask.getHeaderText()).isEqualTo("“draft.txt” changed on disk since you opened it.");
    answer(robot, ".disk-changed-dialog", "Cancel");
    assertThat(Files.readString(file)).isEqualTo("Theirs, saved by another program.");
    assertThat(fx(() -> desk.session().isModified())).isTrue();
    assertThat(text()).isEqualTo(DRAFT + " Ours.");

    shortcut(robot, KeyCode.S);
    answer(robot, ".disk-changed-dialog", "Overwrite");
    waitUntil(() -> !desk.session().isModified());
    assertThat(Files.readString(file)).isEqualTo(DRAFT + " Ours.");

    typeAtEnd(robot, " More.");
    Files.writeString(file, "Theirs again.");
    shortcut(robot, KeyCode.S);
    answer(robot, ".disk-changed-dialog", "Reload");
    waitUntil(() -> desk.area().getText().equals("Theirs again."));
    assertThat(fx(() -> desk.session().isModified())).isFalse();
    assertThat(Files.readString(file)).isEqualTo("Theirs again.");

    typeAtEnd(robot, " Mine.");
    shortcut(robot, KeyCode.S);
    waitUntil(() -> !desk.session().isModified());
    assertThat(DialogHelp.showing(robot, ".disk-changed-dialog")).as("unchanged on disk: no question").isFalse();
    assertThat(Files.readString(file)).isEqualTo("Theirs again. Mine.");
  }

  @Test
  void whenTheWindowComesBackAChangedFileIsOfferedForReloadOnce(FxRobot robot) throws Exception {
    Path file = openDraft(robot, DRAFT);
    focus(false);
    focus(true);
    fxQueueRuns();
    assertThat(DialogHelp.showing(robot, ".disk-reload-dialog")).as("unchanged: nothing asked").isFalse();

    typeAtEnd(robot, " Ours.");
    Files.writeString(file, "Changed elsewhere.");
    focus(false);
    focus(true);
    DialogPane ask = waitForDialog(robot, ".disk-reload-dialog");
    assertThat(ask.getContentText()).contains("unsaved changes would be dropped");
    answer(robot, ".disk-reload-dialog", "Keep my version");
    assertThat(text()).isEqualTo(DRAFT + " Ours.");
    focus(false);
    focus(true);
    fxQueueRuns();
    assertThat(DialogHelp.showing(robot, ".disk-reload-dialog")).as("asked once per change").isFalse();
    shortcut(robot, KeyCode.S);
    answer(robot, ".disk-changed-dialog", "Cancel");

    Files.writeString(file, "Changed elsewhere, twice.");
    focus(false);
    focus(true);
    answer(robot, ".disk-reload-dialog", "Reload");
    waitUntil(() -> desk.area().getText().equals("Changed elsewhere, twice."));
    assertThat(fx(() -> desk.session().isModified())).isFalse();
    assertThat(fx(() -> desk.status().message())).contains("Reloaded draft.txt");
  }

  @Test
  void aSaveThatFailsSaysWhyAndTheDraftStaysOpenAndUnsaved(FxRobot robot) throws Exception {
    Path file = openDraft(robot, DRAFT);
    typeAtEnd(robot, " Ours.");
    // the file's name now belongs to a folder: the write must fail, whoever runs the test
    Files.delete(file);
    Files.createDirectory(file);
    shortcut(robot, KeyCode.S);
    DialogPane error = waitForDialog(robot, ".error-dialog");
    assertThat(error.getHeaderText()).isEqualTo("The draft was not saved.");
    assertThat(error.getContentText()).isEqualTo("Cannot save: 'draft.txt' is a folder.");
    answer(robot, ".error-dialog", "OK");
    assertThat(fx(() -> desk.session().isModified())).isTrue();
    assertThat(fx(() -> desk.stage().getTitle())).isEqualTo("*draft.txt — Copydesk");
    assertThat(text()).isEqualTo(DRAFT + " Ours.");
    assertThat(Files.isDirectory(file)).isTrue();

    Path nowhere = dir.resolve("no-such-folder").resolve("copy.txt");
    dialogs.toSave = nowhere;
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
    DialogPane missing = waitForDialog(robot, ".error-dialog");
    assertThat(missing.getContentText()).contains("copy.txt").contains("does not exist");
    answer(robot, ".error-dialog", "OK");
    assertThat(fx(() -> desk.session().isModified())).isTrue();
    assertThat(fx(() -> desk.session().path())).isEqualTo(file);
    try (var left = Files.list(dir)) {
      assertThat(left).as("no temporary file left behind")
          .noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }
  }

  @Test
  void aReadOnlyFolderGetsAClearMessage(FxRobot robot) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("locked"));
    Path file = folder.resolve("draft.txt");
    Files.writeString(file, DRAFT);
    openAndWait(file);
    typeAtEnd(robot, " Ours.");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(folder), "running as root: permissions do not stop writes");
      shortcut(robot, KeyCode.S);
      DialogPane error = waitForDialog(robot, ".error-dialog");
      assertThat(error.getContentText()).contains("permission denied");
      answer(robot, ".error-dialog", "OK");
      assertThat(fx(() -> desk.session().isModified())).isTrue();
      assertThat(Files.readString(file)).isEqualTo(DRAFT);
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
