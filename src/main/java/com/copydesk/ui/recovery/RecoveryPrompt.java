package com.copydesk.ui.recovery;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The start-up question after a crash: one row per recovered draft — its name, original file, when
 * it was saved and its length — with Restore, Discard and Show. Restore closes the question and
 * puts that draft on the desk; drafts left alone are offered again at the next start.
 */
public final class RecoveryPrompt {
  /** The longest text Show displays (the rest is summarised). */
  static final int PREVIEW_CHARS = 100_000;
  public static final ButtonType LATER = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);

  private RecoveryPrompt() {}

  /** Asks; returns the draft to restore, if any. {@code discard} is called for each one discarded. */
  public static Optional<RecoveryCopy> ask(Window owner, List<RecoveryOffer> offers, Consumer<RecoveryCopy> discard) {
    Dialog<RecoveryCopy> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Recover unsaved drafts");
    dialog.setHeaderText(offers.size() == 1
        ? "Copydesk closed without saving a draft. Restore it?"
        : "Copydesk closed without saving " + offers.size() + " drafts. Restore one?");
    dialog.getDialogPane().getStyleClass().add("recovery-prompt");
    dialog.getDialogPane().getButtonTypes().add(LATER);
    dialog.setResultConverter(b -> null);

    VBox rows = new VBox(12);
    rows.setPadding(new Insets(4));
    Label help = new Label("Restore puts the draft back as unsaved changes (the original file stays as it is "
        + "until you save); Discard deletes the recovery copy; Show lets you read it first.");
    help.setWrapText(true);
    rows.getChildren().add(help);
    for (RecoveryOffer offer : offers) {
      rows.getChildren().add(row(dialog, rows, offer, discard));
    }
    ScrollPane scroll = new ScrollPane(rows);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(Math.min(420, 90 + offers.size() * 90));
    dialog.getDialogPane().setContent(scroll);
    dialog.getDialogPane().setPrefWidth(620);
    return dialog.showAndWait();
  }

  private static HBox row(Dialog<RecoveryCopy> dialog, VBox rows, RecoveryOffer offer, Consumer<RecoveryCopy> discard) {
    Label name = label(offer.title(), "recovery-name");
    name.setStyle("-fx-font-weight: bold;");
    VBox text = new VBox(2, name, label(offer.origin(), "recovery-origin"),
        label(offer.saved() + " · " + offer.size(), "recovery-saved"));
    HBox.setHgrow(text, Priority.ALWAYS);
    Button restore = button("Restore", "recovery-restore");
    Button discardButton = button("Discard", "recovery-discard");
    Button show = button("Show", "recovery-show");
    HBox row = new HBox(8, text, restore, discardButton, show);
    row.getStyleClass().add("recovery-row");
    row.setAlignment(Pos.CENTER_LEFT);
    row.setUserData(offer);
    restore.setOnAction(e -> dialog.setResult(offer.copy()));
    discardButton.setOnAction(e -> {
      discard.accept(offer.copy());
      rows.getChildren().remove(row);
      if (offers(rows) == 0) {
        dialog.setResult(null);
        dialog.close();
      }
    });
    show.setOnAction(e -> preview(dialog.getDialogPane().getScene().getWindow(), offer));
    return row;
  }

  /** Show: the draft's text, read-only. */
  static void preview(Window owner, RecoveryOffer offer) {
    String text = offer.copy().text();
    TextArea area = new TextArea(text.length() > PREVIEW_CHARS
        ? text.substring(0, PREVIEW_CHARS) + "\n\n[… " + (text.length() - PREVIEW_CHARS)
            + " more characters; restore the draft to see them all]"
        : text);
    area.setEditable(false);
    area.setWrapText(true);
    area.setPrefSize(640, 420);
    area.getStyleClass().add("recovery-preview-text");
    Dialog<Void> d = new Dialog<>();
    d.initOwner(owner);
    d.setTitle("Recovered draft — " + offer.title());
    d.setHeaderText(offer.title() + " · " + offer.saved() + " (read-only)");
    d.getDialogPane().getStyleClass().add("recovery-preview");
    d.getDialogPane().setContent(area);
    d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    d.showAndWait();
  }

  private static int offers(VBox rows) {
    int n = 0;
    for (var node : rows.getChildren()) {
      if (node.getStyleClass().contains("recovery-row")) {
        n++;
      }
    }
    return n;
  }

  private static Label label(String s, String styleClass) {
    Label l = new Label(s);
    l.getStyleClass().add(styleClass);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  private static Button button(String s, String styleClass) {
    Button b = new Button(s);
    b.getStyleClass().add(styleClass);
    b.setMinWidth(Region.USE_PREF_SIZE);
    return b;
  }
}
