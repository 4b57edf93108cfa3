package com.copydesk.ui.editor;

import com.copydesk.core.Span;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Find (Ctrl+F): a bar above the text; typing highlights every match and selects the first after
 * the caret; Enter / Shift+Enter (or F3 / Shift+F3) step through them; Esc closes the bar.
 */
public final class FindBar {
  private final ProofEditor editor;
  private final FindModel model = new FindModel();
  private final HBox bar = new HBox(8);
  private final TextField field = new TextField();
  private final Label count = new Label();

  public FindBar(ProofEditor editor) {
    this.editor = editor;
    field.setPromptText("Find in draft");
    field.setPrefColumnCount(24);
    field.getStyleClass().add("find-field");
    count.getStyleClass().add("find-count");
    count.setMinWidth(Region.USE_PREF_SIZE);
    Button prev = new Button("▲");
    prev.setOnAction(e -> previous());
    prev.setFocusTraversable(false);
    Button next = new Button("▼");
    next.setOnAction(e -> next());
    next.setFocusTraversable(false);
    Button close = new Button("✕");
    close.setOnAction(e -> close());
    close.setFocusTraversable(false);
    for (Button b : List.of(prev, next, close)) {
      b.getStyleClass().addAll("flat", "small");
    }
    prev.setAccessibleText("Previous match");
    next.setAccessibleText("Next match");
    close.setAccessibleText("Close find");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    bar.getChildren().addAll(new Label("Find"), field, count, prev, next, spacer, close);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("find-bar");
    field.textProperty().addListener((obs, was, now) -> search(now));
    field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.ENTER) {
        if (e.isShiftDown()) {
          previous();
        } else {
          next();
        }
        e.consume();
      } else if (e.getCode() == KeyCode.ESCAPE) {
        close();
        e.consume();
      }
    });
    bar.setVisible(false);
    bar.setManaged(false);
  }

  public HBox node() {
    return bar;
  }

  public FindModel model() {
    return model;
  }

  public boolean isOpen() {
    return bar.isVisible();
  }

  /** Opens the bar, starting with the selected words if any. */
  public void open() {
    bar.setVisible(true);
    bar.setManaged(true);
    String selected = editor.area().getSelectedText();
    if (!selected.isEmpty() && selected.indexOf('\n') < 0 && selected.length() < 100) {
      field.setText(selected);
    }
    field.requestFocus();
    field.selectAll();
    search(field.getText());
  }

  public void close() {
    bar.setVisible(false);
    bar.setManaged(false);
    model.clear();
    editor.showFindHits(List.of(), null);
    editor.area().requestFocus();
  }

  public void next() {
    if (!isOpen()) {
      open();
      return;
    }
    show(model.next());
  }

  public void previous() {
    if (!isOpen()) {
      open();
      return;
    }
    show(model.previous());
  }

  /** Keeps matches true to the text after an edit. */
  public void textChanged() {
    if (isOpen() && !model.query().isEmpty()) {
      model.refresh(editor.text());
      editor.showFindHits(model.hits(), model.current());
      count.setText(model.describe());
    }
  }

  private void search(String query) {
    model.search(editor.text(), query, editor.area().getSelection().getStart());
    show(model.current());
  }

  private void show(Span current) {
    editor.showFindHits(model.hits(), current);
    count.setText(model.describe());
    if (current != null) {
      editor.select(current);
    }
  }
}
