package com.copydesk.ui.names;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The names to verify: the draft's names (and repeated terms) the dictionary does not know, one line
 * each with how often the draft uses it. They get no cards — the dictionary's nearest word would
 * make correct copy wrong — so the copy editor checks each spelling once here: click a name to go to
 * its next use, "Add to dictionary" to accept it everywhere, "Checked" to set it aside.
 */
public final class NamesPanel {
  private final VBox root = new VBox();
  private final ListView<NamesModel.Row> list;
  private final Label count = new Label();

  public NamesPanel(NamesModel model, NameActions actions) {
    root.getStyleClass().add("names-panel");
    Label title = new Label("Names to verify");
    title.getStyleClass().add("panel-title");
    count.getStyleClass().add("panel-count");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(8, title, spacer, count);
    header.setAlignment(Pos.BASELINE_LEFT);
    Label hint = new Label("Names the dictionary does not know get no cards. Check each spelling once: "
        + "click a name to go to it.");
    hint.getStyleClass().add("names-hint");
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);

    list = new ListView<>(model.rows());
    list.getStyleClass().add("names-list");
    list.setCellFactory(l -> new NameCell(actions));
    Label empty = new Label("No unfamiliar names.");
    empty.getStyleClass().add("list-placeholder");
    list.setPlaceholder(empty);
    list.setOnKeyPressed(e -> {
      NamesModel.Row row = list.getSelectionModel().getSelectedItem();
      if (e.getCode() == KeyCode.ENTER && row != null) {
        actions.show(row.name());
        e.consume();
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    root.getChildren().addAll(header, hint, list);
    model.toVerifyProperty().addListener((obs, was, now) -> showCount(now.intValue()));
    showCount(model.toVerifyProperty().get());
  }

  public VBox node() {
    return root;
  }

  public ListView<NamesModel.Row> list() {
    return list;
  }

  private void showCount(int n) {
    count.setText(n == 0 ? "none to verify" : n + " to verify");
  }

  /** One name: the name, its uses, and its two buttons; a click on the line goes to the name. */
  private static final class NameCell extends ListCell<NamesModel.Row> {
    private final NameActions actions;

    NameCell(NameActions actions) {
      this.actions = actions;
      setOnMouseClicked(e -> {
        if (!isEmpty() && getItem() != null && e.getTarget() instanceof javafx.scene.Node n && !(isButton(n))) {
          actions.show(getItem().name());
        }
      });
    }

    private static boolean isButton(javafx.scene.Node n) {
      for (javafx.scene.Node x = n; x != null; x = x.getParent()) {
        if (x instanceof Button) {
          return true;
        }
      }
      return false;
    }

    @Override
    protected void updateItem(NamesModel.Row row, boolean empty) {
      super.updateItem(row, empty);
      setText(null);
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      String name = row.name().name();
      Label text = new Label(name);
      text.getStyleClass().add("name-text");
      text.setMnemonicParsing(false);
      int n = row.name().count();
      Label uses = new Label(n == 1 ? "1 use" : n + " uses");
      uses.getStyleClass().add("name-count");
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      Button add = new Button("Add to dictionary");
      add.getStyleClass().addAll("add-name-button", "small", "flat");
      add.setMnemonicParsing(false);
      add.setTooltip(new Tooltip("Accept “" + name + "” in every draft from now on"));
      add.setOnAction(e -> actions.addToDictionary(name));
      Button check = new Button(row.checked() ? "Checked ✓" : "Mark checked");
      check.getStyleClass().addAll("check-name-button", "small", "flat");
      check.setMnemonicParsing(false);
      check.setOnAction(e -> actions.markChecked(name, !row.checked()));
      HBox line = new HBox(text, uses, spacer, add, check);
      line.getStyleClass().add("name-row");
      if (row.checked()) {
        line.getStyleClass().add("name-checked");
      }
      setGraphic(line);
    }
  }
}
