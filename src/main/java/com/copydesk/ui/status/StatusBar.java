package com.copydesk.ui.status;

import com.copydesk.core.Category;
import com.copydesk.core.Variant;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The bottom line: issues left per category, "Checking… n%" while a check runs, a passing message,
 * words and characters, and the English variant with why it was chosen ("English (UK) — from the
 * spelling: 41 British forms, 0 American; change…"), which opens a menu of the variants when clicked.
 */
public final class StatusBar {
  private final HBox root = new HBox(14);
  private final HBox counts = new HBox(12);
  private final Label checkingLabel = new Label();
  private final ProgressBar progressBar = new ProgressBar();
  private final HBox checkingBox = new HBox(6, progressBar, checkingLabel);
  private final Map<Category, Label> countLabels = new java.util.EnumMap<>(Category.class);
  private final Label noIssues = new Label("No issues");
  private final Label message = new Label();
  private final Label stats = new Label();
  private final Hyperlink variant = new Hyperlink();
  private final ContextMenu variantMenu = new ContextMenu();
  private Consumer<Variant> onVariantChosen = v -> { };
  private Runnable onReadFromDraft = () -> { };
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

    variant.getStyleClass().addAll("variant-selector", "small");
    variant.setFocusTraversable(false);
    variant.setMinWidth(0);
    variant.setMaxWidth(560);
    ToggleGroup group = new ToggleGroup();
    for (Variant v : Variant.values()) {
      RadioMenuItem item = new RadioMenuItem(v.label() + "  (" + v.code() + ")");
      item.setMnemonicParsing(false);
      item.setUserData(v);
      item.setToggleGroup(group);
      item.setSelected(selectedVariant.get() == v);
      item.setOnAction(e -> onVariantChosen.accept(v));
      variantMenu.getItems().add(item);
    }
    MenuItem read = new MenuItem("Read from the Draft");
    read.setMnemonicParsing(false);
    read.setOnAction(e -> onReadFromDraft.run());
    variantMenu.getItems().addAll(new SeparatorMenuItem(), read);
    selectedVariant.addListener((obs, was, now) -> group.getToggles().stream()
        .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));
    variant.setOnAction(e -> {
      variant.setVisited(false);
      variantMenu.show(variant, Side.TOP, 0, 0);
    });
    Variant initial = selectedVariant.get();
    showVariant(initial == null ? "" : initial.label(), "The English variant the draft is checked in");

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

  /** Shows counts per category, e.g. "● 4 spelling ● 1 grammar", or "No issues" (labels made once, then updated). */
  public void showCounts(Map<Category, Integer> perCategory) {
    if (countLabels.isEmpty()) {
      for (Category c : Category.values()) {
        Circle dot = new Circle(4);
        dot.getStyleClass().addAll("category-dot", c.styleClass());
        Label l = new Label("", dot);
        l.getStyleClass().addAll("status-count", c.styleClass());
        l.setMinWidth(Region.USE_PREF_SIZE);
        countLabels.put(c, l);
        counts.getChildren().add(l);
      }
      noIssues.getStyleClass().add("status-count");
      counts.getChildren().add(noIssues);
    }
    int all = 0;
    for (Category c : Category.values()) {
      int n = perCategory.getOrDefault(c, 0);
      all += n;
      Label l = countLabels.get(c);
      l.setText(n + " " + c.label().toLowerCase(java.util.Locale.ROOT));
      l.setVisible(n > 0);
      l.setManaged(n > 0);
    }
    noIssues.setVisible(all == 0);
    noIssues.setManaged(all == 0);
  }

  public void showStats(TextStats s) {
    stats.setText(s.describe());
  }

  /**
   * Shows the variant and why, e.g. "English (UK) — from the spelling: 41 British forms, 0
   * American"; the bar adds "; change…". {@code detail} is the tooltip.
   */
  public void showVariant(String text, String detail) {
    variant.setText(text.isEmpty() ? "" : text + "; change…");
    variant.setTooltip(new Tooltip(detail + "\nClick to check in another variant."));
  }

  /** What the variant link says. */
  public String variantText() {
    return variant.getText();
  }

  /** The link the copy editor clicks to change the variant. */
  public Hyperlink variantLink() {
    return variant;
  }

  /** Where a variant the copy editor picks from the link's menu goes (even the one already in use). */
  public void setOnVariantChosen(Consumer<Variant> onVariantChosen) {
    this.onVariantChosen = onVariantChosen;
  }

  /** What "Read from the Draft" in the link's menu does. */
  public void setOnReadFromDraft(Runnable onReadFromDraft) {
    this.onReadFromDraft = onReadFromDraft;
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
