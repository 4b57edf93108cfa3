package com.copydesk.ui.files;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The questions asked when the file on the desk was changed on disk by another program. */
public final class DiskAlerts {
  /** What to do before saving over a file that changed on disk. */
  public enum OverwriteChoice { OVERWRITE, RELOAD, CANCEL }

  public static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
  public static final ButtonType RELOAD = new ButtonType("Reload", ButtonBar.ButtonData.NO);
  public static final ButtonType KEEP = new ButtonType("Keep my version", ButtonBar.ButtonData.CANCEL_CLOSE);
  public static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

  private DiskAlerts() {}

  /** Save: "The file changed on disk since you opened it" — Overwrite / Reload / Cancel. */
  public static OverwriteChoice askBeforeOverwrite(Window owner, String name) {
    Alert alert = new Alert(Alert.AlertType.WARNING, "", OVERWRITE, RELOAD, CANCEL);
    alert.initOwner(owner);
    alert.setTitle("File changed on disk");
    alert.setHeaderText("“" + name + "” changed on disk since you opened it.");
    alert.setContentText("Another program saved it. Overwrite puts your version in its place; "
        + "Reload shows the file as it is now and drops your unsaved changes.");
    alert.getDialogPane().getStyleClass().add("disk-changed-dialog");
    alert.getDialogPane().setMinWidth(480);
    Optional<ButtonType> answer = alert.showAndWait();
    if (answer.isEmpty() || answer.get() == CANCEL) {
      return OverwriteChoice.CANCEL;
    }
    return answer.get() == OVERWRITE ? OverwriteChoice.OVERWRITE : OverwriteChoice.RELOAD;
  }

  /** The window came back and the file changed meanwhile: Reload / Keep my version. True to reload. */
  public static boolean askReload(Window owner, String name, boolean unsavedChanges) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RELOAD, KEEP);
    alert.initOwner(owner);
    alert.setTitle("File changed on disk");
    alert.setHeaderText("“" + name + "” was changed by another program.");
    alert.setContentText(unsavedChanges
        ? "Reload it? Your unsaved changes would be dropped. If you keep your version, saving will ask "
            + "before overwriting the other program's changes."
        : "Reload it to see the other program's changes?");
    alert.getDialogPane().getStyleClass().add("disk-reload-dialog");
    alert.getDialogPane().setMinWidth(480);
    return alert.showAndWait().filter(b -> b == RELOAD).isPresent();
  }
}
