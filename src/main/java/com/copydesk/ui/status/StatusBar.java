package com.copydesk.ui.status;

import com.copydesk.core.Category;
import com.copydesk.engine.Variant;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The bottom line: issues left per category, "Checking… n%" while a check runs, a passing message,
 * words and characters, and the English variant.
 */
public final class StatusBar {
  private final HBox root = new HBox(14);
  private final HBox counts = new HBox(12);
  private final Label checkingLabel = new Label();
  private final ProgressBar progressBar = new ProgressBar();
  private final HBox checkingBox = new HBox(6, progressBar, checkingLabel);
  private final Label message = new Label();
  private final Label stats = new Label();
  private final ComboBox<Variant> variant = new ComboBox<>();
  private final PauseTransition messageTimeout = new PauseTransition(Duration.seconds(8));
  private final PauseTransition showChecking = new PauseTransition(Duration.millis(250));

  public StatusBar(ObservableBooleanValue checking, ObservableDoubleValue progress,
      ObjectProperty<Variant> selectedVariant) {
    root.getStyleClass().add("status-bar");
    root.setAlignment(Pos.CENTER_LEFT);
    counts.setAlignment(Pos.CENTER_LEFT);
    counts.getStyleClass().add("status-counts");
    message.getStyleClass().add("status-message");
    message.setMinWidth(0);
    HBox.setHgrow(message, Priority.ALWAYS);
    message.setMaxWidth(Double.MAX_VALUE);
    stats.getStyleClass().add("status-stats");
    stats.setMinWidth(Region.USE_PREF_SIZE);
    progressBar.setPrefWidth(90);
    progressBar.getStyleClass().add("small");
    checkingBox.setAlignment(Pos.CENTER_LEFT);
    checkingBox.getStyleClass().add("status-checking");
    checkingBox.setMinWidth(Region.USE_PREF_SIZE);
    checkingLabel.setMinWidth(Region.USE_PREF_SIZE);
    showChecking(false);

    variant.getItems().addAll(Variant.values());
    variant.valueProperty().bindBidirectional(selectedVariant);
    variant.getStyleClass().addAll("variant-selector", "small");
    variant.setTooltip(new Tooltip("Language variant the draft is checked against"));
    variant.setFocusTraversable(false);

    root.getChildren().addAll(counts, checkingBox, message, stats, variant);

    // a check that ends within a quarter second never shows, so quick re-checks do not flicker
    showChecking.setOnFinished(e -> showChecking(checking.get()));
    checking.addListener((obs, was, now) -> {
      if (now) {
        showChecking.playFromStart();
      } else {
        showChecking.stop();
        showChecking(false);
      }
    });
    progress.addListener((obs, was, now) -> updateProgress(now.doubleValue()));
    updateProgress(progress.get());
    messageTimeout.setOnFinished(e -> message.setText(""));
  }

  public HBox node() {
    return root;
  }

  /** Shows counts per category, e.g. "● 4 spelling ● 1 grammar", or "No issues". */
  public void showCounts(Map<Category, Integer> perCategory) {
    counts.getChildren().clear();
    int all = 0;
    for (Category c : Category.values()) {
      int n = perCategory.getOrDefault(c, 0);
      all += n;
      if (n > 0) {
        Circle dot = new Circle(4);
        dot.getStyleClass().addAll("category-dot", c.styleClass());
        Label l = new Label(n + " " + c.label().toLowerCase(java.util.Locale.ROOT), dot);
        l.getStyleClass().addAll("status-count", c.styleClass());
        l.setMinWidth(Region.USE_PREF_SIZE);
        counts.getChildren().add(l);
      }
    }
    if (all == 0) {
      Label none = new Label("No issues");
      none.getStyleClass().add("status-count");
      counts.getChildren().add(none);
    }
  }

  public void showStats(TextStats s) {
    stats.setText(s.describe());
  }

  /** A message that fades after a few seconds. */
  public void say(String text) {
    message.setText(text);
    message.setTooltip(text.isBlank() ? null : new Tooltip(text));
    messageTimeout.playFromStart();
  }

  public String message() {
    return message.getText();
  }

  public String checkingText() {
    return checkingBox.isVisible() ? checkingLabel.getText() : "";
  }

  private void showChecking(boolean on) {
    checkingBox.setVisible(on);
    checkingBox.setManaged(on);
  }

  private void updateProgress(double p) {
    progressBar.setProgress(p <= 0 ? ProgressBar.INDETERMINATE_PROGRESS : p);
    // before the first paragraph is done (LanguageTool may still be starting) there is no share to show
    checkingLabel.setText(p <= 0 ? "Checking…" : "Checking… " + Math.round(Math.min(1, p) * 100) + "%");
  }
}
