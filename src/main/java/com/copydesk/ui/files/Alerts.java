package com.copydesk.ui.files;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The desk's questions and error messages, as dialogs over the window. */
public final class Alerts {
  /** What to do with unsaved changes. */
  public enum SaveChoice { SAVE, DISCARD, CANCEL }

  public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
  public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
  public static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

  private Alerts() {}

  /** "Save changes to 'x'?" with Save, Discard and Cancel (Esc or closing the dialog cancels). */
  public static SaveChoice askSaveChanges(Window owner, String name) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, CANCEL);
    alert.initOwner(owner);
    alert.setTitle("Unsaved changes");
    alert.setHeaderText("Save the changes to “" + name + "”?");
    alert.setContentText("If you discard them, your edits since the last save are lost.");
    alert.getDialogPane().getStyleClass().add("save-changes-dialog");
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isEmpty() || answer.get() == CANCEL) {
      return SaveChoice.CANCEL;
    }
    return answer.get() == SAVE ? SaveChoice.SAVE : SaveChoice.DISCARD;
  }

  /** A problem the copy editor should read, e.g. a file that cannot be opened. */
  public static void showError(Window owner, String header, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
    alert.initOwner(owner);
    alert.setTitle("Copydesk");
    alert.setHeaderText(header);
    alert.getDialogPane().getStyleClass().add("error-dialog");
    alert.getDialogPane().setMinWidth(460);
    alert.showAndWait();
  }
}
