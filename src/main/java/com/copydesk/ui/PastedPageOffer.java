package com.copydesk.ui;

import com.copydesk.core.Edit;
import com.copydesk.core.FurnitureLines;
import com.copydesk.core.Issue;
import com.copydesk.core.Span;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * When the copy editor pastes a block that turns out to be a web page (the check after the paste
 * finds lines of page furniture in it), a bar above the draft offers to clean it up, once for that
 * paste: "Clean up pasted page" removes those lines as one undo step; "Keep everything" closes the
 * bar. The bar also goes when the lines are gone by other means.
 */
final class PastedPageOffer {
  /** Fewer furniture lines than this in a paste is a stray label, not a pasted page. */
  static final int LINES_TO_OFFER = 2;
  /** A paste of fewer lines than this is not a page. */
  private static final int MIN_PASTED_LINES = 3;

  private final HBox bar = new HBox();
  private final Label message = new Label();
  private final Consumer<Span> cleanUp;
  private Span pending;
  private Span offered;

  PastedPageOffer(Consumer<Span> cleanUp) {
    this.cleanUp = cleanUp;
    bar.getStyleClass().add("page-offer");
    bar.setAlignment(Pos.CENTER_LEFT);
    message.setWrapText(true);
    message.setMinWidth(0);
    HBox.setHgrow(message, Priority.ALWAYS);
    Button clean = new Button("Clean up pasted page");
    clean.getStyleClass().addAll("accent", "small", "clean-up-pasted");
    clean.setMnemonicParsing(false);
    clean.setOnAction(e -> {
      Span s = offered;
      hide();
      if (s != null) {
        cleanUp.accept(s);
      }
    });
    Button keep = new Button("Keep everything");
    keep.getStyleClass().addAll("flat", "small", "keep-pasted");
    keep.setMnemonicParsing(false);
    keep.setOnAction(e -> hide());
    clean.setMinWidth(Region.USE_PREF_SIZE);
    keep.setMinWidth(Region.USE_PREF_SIZE);
    bar.getChildren().addAll(message, clean, keep);
    hide();
  }

  Node node() {
    return bar;
  }

  boolean isShowing() {
    return bar.isVisible();
  }

  String text() {
    return message.getText();
  }

  /** Text was pasted here; the next check decides whether to offer. */
  void pasted(Span span, String text) {
    long lines = text.substring(span.start(), Math.min(span.end(), text.length())).lines().filter(l -> !l.isBlank()).count();
    pending = lines >= MIN_PASTED_LINES ? span : null;
  }

  /** The text changed: the spans follow it. */
  void edited(Edit edit) {
    pending = follow(pending, edit);
    offered = follow(offered, edit);
  }

  /** A check's result: offer for a pending paste with furniture in it; withdraw an offer whose lines are gone. */
  void checked(List<Issue> issues) {
    if (offered != null && count(issues, offered) == 0) {
      hide();
    }
    if (pending == null) {
      return;
    }
    Span paste = pending;
    pending = null;
    int n = count(issues, paste);
    if (n >= LINES_TO_OFFER) {
      offered = paste;
      message.setText("This paste looks like a web page: " + n
          + " lines are page furniture (menus, adverts, links to other stories), not the article.");
      bar.setVisible(true);
      bar.setManaged(true);
    }
  }

  void hide() {
    offered = null;
    bar.setVisible(false);
    bar.setManaged(false);
  }

  /** Forget everything (a new document). */
  void reset() {
    pending = null;
    hide();
  }

  static int count(List<Issue> issues, Span within) {
    int n = 0;
    for (Issue i : issues) {
      if (FurnitureLines.isFurniture(i) && i.start() < within.end() && i.end() > within.start()) {
        n++;
      }
    }
    return n;
  }

  private static Span follow(Span s, Edit e) {
    if (s == null) {
      return null;
    }
    int start = e.mapPosition(s.start());
    int end = e.mapPosition(s.end());
    start = start < 0 ? e.start() : start;
    end = end < 0 ? e.start() + e.inserted().length() : end;
    return new Span(start, Math.max(start, end));
  }
}
