package com.copydesk.ui.files;

import com.copydesk.formats.Document;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File ▸ Export: which format to write a copy in (the document's own, or another it exports to),
 * and for a Word document whether every change goes in as a tracked change. The file is chosen
 * afterwards.
 */
public final class ExportDialog {
  public static final ButtonType EXPORT = new ButtonType("Choose File…", ButtonBar.ButtonData.OK_DONE);

  private ExportDialog() {}

  /** Asks; empty when the copy editor cancels. */
  public static Optional<ExportOptions.Request> ask(Window owner, Document doc, String name) {
    Dialog<ExportOptions.Request> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Export");
    dialog.setHeaderText("Export a copy of “" + name + "”");
    dialog.getDialogPane().getStyleClass().add("export-dialog");
    dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);

    List<ExportOptions.Choice> choices = ExportOptions.choices(doc);
    ToggleGroup group = new ToggleGroup();
    VBox box = new VBox(8);
    box.setPadding(new Insets(12, 20, 4, 20));
    Label formatLabel = new Label("Format");
    formatLabel.getStyleClass().add("export-section");
    box.getChildren().add(formatLabel);
    for (ExportOptions.Choice c : choices) {
      RadioButton r = new RadioButton(c.describe());
      r.setMnemonicParsing(false);
      r.setUserData(c);
      r.setToggleGroup(group);
      r.getStyleClass().add("export-format");
      box.getChildren().add(r);
    }
    CheckBox track = new CheckBox("Record changes as tracked changes");
    track.getStyleClass().add("track-changes");
    track.setSelected(true);
    Label trackHint = new Label("Every change since the document was opened becomes a Word revision "
        + "signed “Copydesk”, for the writer to accept or reject.");
    trackHint.setWrapText(true);
    trackHint.getStyleClass().add("export-hint");
    trackHint.setMaxWidth(380);
    VBox trackBox = new VBox(4, track, trackHint);
    trackBox.setPadding(new Insets(8, 0, 0, 0));
    boolean anyTracking = choices.stream().anyMatch(c -> ExportOptions.canTrack(doc, c));
    if (anyTracking) {
      box.getChildren().add(trackBox);
    }
    group.selectedToggleProperty().addListener((obs, was, now) -> {
      boolean can = now != null && ExportOptions.canTrack(doc, (ExportOptions.Choice) now.getUserData());
      track.setDisable(!can);
      trackHint.setDisable(!can);
    });
    group.selectToggle(group.getToggles().get(0));
    dialog.getDialogPane().setContent(box);
    dialog.setResultConverter(button -> {
      if (button != EXPORT || group.getSelectedToggle() == null) {
        return null;
      }
      ExportOptions.Choice c = (ExportOptions.Choice) group.getSelectedToggle().getUserData();
      return new ExportOptions.Request(c, ExportOptions.canTrack(doc, c) && track.isSelected());
    });
    return dialog.showAndWait();
  }
}
