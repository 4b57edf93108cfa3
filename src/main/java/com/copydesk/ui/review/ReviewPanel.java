package com.copydesk.ui.review;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The side panel: the cards in text order, and a row of category filters with counts. Selecting a
 * card selects the issue in the model; the desk moves the editor to it.
 */
public final class ReviewPanel {
  private final ReviewModel model;
  private final VBox root = new VBox();
  private final ListView<Issue> list;
  private final FlowPane filters = new FlowPane(6, 6);
  private final ToggleGroup filterGroup = new ToggleGroup();
  private final Label total = new Label();
  private final Label placeholder = new Label();
  private boolean syncing;

  public ReviewPanel(ReviewModel model, IssueActions actions, ObservableBooleanValue checking) {
    this.model = model;
    root.getStyleClass().add("review-panel");

    Label title = new Label("Issues");
    title.getStyleClass().add("panel-title");
    total.getStyleClass().add("panel-count");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(8, title, spacer, total);
    header.setAlignment(Pos.BASELINE_LEFT);
    header.getStyleClass().add("panel-header");
    filters.getStyleClass().add("category-filters");

    list = new ListView<>(model.visible());
    list.getStyleClass().add("issue-list");
    list.setCellFactory(l -> new IssueCell(actions));
    placeholder.getStyleClass().add("list-placeholder");
    placeholder.setWrapText(true);
    list.setPlaceholder(placeholder);
    VBox.setVgrow(list, Priority.ALWAYS);
    root.getChildren().addAll(header, filters, list);

    list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
      if (!syncing && now != null) {
        model.select(now);
      }
    });
    model.selectedProperty().addListener((obs, was, now) -> showSelected(now));
    makeFilters();
    model.countsProperty().addListener((obs, was, now) -> updateFilters(now));
    model.filterProperty().addListener((obs, was, now) -> updateFilters(model.countsProperty().get()));
    filterGroup.selectedToggleProperty().addListener((obs, was, now) -> {
      if (now == null) {
        // keep one filter pressed: clicking the pressed one again leaves it on
        if (was != null && !syncing) {
          filterGroup.selectToggle(was);
        }
        return;
      }
      if (!syncing) {
        model.filterProperty().set((Category) now.getUserData());
      }
    });
    checking.addListener((obs, was, now) -> updatePlaceholder(now));
    updatePlaceholder(checking.get());
    updateFilters(model.countsProperty().get());
  }

  public VBox node() {
    return root;
  }

  public ListView<Issue> list() {
    return list;
  }

  private void showSelected(Issue issue) {
    syncing = true;
    try {
      if (issue == null) {
        list.getSelectionModel().clearSelection();
        return;
      }
      int index = list.getItems().indexOf(issue);
      if (index >= 0) {
        list.getSelectionModel().clearAndSelect(index);
        scrollIntoView(index);
      }
    } finally {
      syncing = false;
    }
  }

  private void scrollIntoView(int index) {
    // ListView#scrollTo puts the row at the top; only scroll when the row is out of sight
    javafx.scene.control.skin.VirtualFlow<?> flow =
        (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
    if (flow == null || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
      list.scrollTo(index);
      return;
    }
    int first = flow.getFirstVisibleCell().getIndex();
    int last = flow.getLastVisibleCell().getIndex();
    if (index <= first || index >= last) {
      list.scrollTo(Math.max(0, index));
    }
  }

  /** One chip per category, made once; a chip shows while its category has issues or is chosen. */
  private void makeFilters() {
    filters.getChildren().add(chip(null));
    for (Category c : Category.values()) {
      filters.getChildren().add(chip(c));
    }
  }

  private void updateFilters(Map<Category, Integer> counts) {
    syncing = true;
    try {
      Category current = model.filterProperty().get();
      int all = counts.values().stream().mapToInt(Integer::intValue).sum();
      total.setText(all == 0 ? "none left" : all + " to review");
      for (var node : filters.getChildren()) {
        ToggleButton b = (ToggleButton) node;
        Category c = (Category) b.getUserData();
        int n = c == null ? all : counts.getOrDefault(c, 0);
        b.setText((c == null ? "All" : c.label()) + "  " + n);
        boolean shown = c == null || n > 0 || c == current;
        b.setVisible(shown);
        b.setManaged(shown);
        if (c == current && !b.isSelected()) {
          b.setSelected(true);
        }
      }
    } finally {
      syncing = false;
    }
  }

  private ToggleButton chip(Category category) {
    ToggleButton b = new ToggleButton();
    b.getStyleClass().addAll("filter-chip", "small");
    if (category != null) {
      b.getStyleClass().add(category.styleClass());
    }
    b.setUserData(category);
    b.setToggleGroup(filterGroup);
    b.setMnemonicParsing(false);
    b.setFocusTraversable(false);
    return b;
  }

  private void updatePlaceholder(boolean checking) {
    placeholder.setText(checking ? "Checking the draft…" : "No issues to review.");
  }
}
