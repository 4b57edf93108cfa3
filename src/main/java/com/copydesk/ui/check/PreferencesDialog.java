package com.copydesk.ui.check;

import com.copydesk.engine.ServerAddress;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Preferences ▸ where drafts are checked: "Check with a Copydesk server at [address]". Says plainly
 * that the draft then leaves this computer, and refuses an address that is not one (the dialog
 * stays open with the reason). Nothing here touches the network.
 */
public final class PreferencesDialog {
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final CheckBox useServer = new CheckBox("Check with a Copydesk server at");
  private final TextField address = new TextField();
  private final Label problem = new Label();

  public PreferencesDialog(Window owner, ServerPreference current) {
    dialog.initOwner(owner);
    dialog.setTitle("Preferences");
    dialog.setHeaderText("Where drafts are checked");
    useServer.setMnemonicParsing(false);
    useServer.setSelected(current.useServer());
    address.setText(current.address());
    address.setPromptText("http://127.0.0.1:8081");
    address.setPrefColumnCount(24);
    address.disableProperty().bind(useServer.selectedProperty().not());
    HBox.setHgrow(address, Priority.ALWAYS);
    Label explain = new Label("Unticked, drafts are checked on this computer and never leave it. Ticked, each"
        + " paragraph is sent to that server (copydesk serve) and checked there; if it cannot be reached,"
        + " Copydesk checks on this computer instead and says so in the status bar.");
    explain.setWrapText(true);
    explain.setMaxWidth(440);
    problem.getStyleClass().add("preferences-problem");
    problem.setWrapText(true);
    problem.setMaxWidth(440);
    HBox row = new HBox(8, useServer, address);
    VBox content = new VBox(10, row, explain, problem);
    content.getStyleClass().add("preferences");
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
    ok.addEventFilter(ActionEvent.ACTION, e -> {
      String reason = reasonToRefuse();
      if (reason != null) {
        problem.setText(reason);
        e.consume();
      }
    });
  }

  /** Shows the dialog and waits for the copy editor; empty when they cancel. */
  public Optional<ServerPreference> ask() {
    return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> chosen());
  }

  ServerPreference chosen() {
    return new ServerPreference(useServer.isSelected(), address.getText());
  }

  private String reasonToRefuse() {
    if (!useServer.isSelected()) {
      return null;
    }
    try {
      ServerAddress.parse(address.getText());
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage() + ".";
    }
  }

  // for tests
  public Dialog<ButtonType> dialog() {
    return dialog;
  }

  public CheckBox useServerBox() {
    return useServer;
  }

  public TextField addressField() {
    return address;
  }

  public Label problemLabel() {
    return problem;
  }
}
