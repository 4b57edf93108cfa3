package com.copydesk.ui.review;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.SentenceContext;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One issue on the review panel: its category, what is wrong, the sentence with the problem
 * marked, up to three suggestions (one click applies), and Ignore, Ignore rule, Add to dictionary
 * and Fix all. A line of page furniture offers "Remove line" and "Clean up pasted page" (every such
 * line at once), and says how many issues inside it go with it.
 */
public final class IssueCard extends VBox {
  private static final int CONTEXT_SIDE = 70;

  /** The row shown; its issue moves as the text before it is edited, and the card's buttons follow. */
  private IssueRows.Row row;
  /** Tooltips are made when the pointer first comes over the card: most cards are never hovered. */
  private final List<Runnable> tooltips = new ArrayList<>();

  public IssueCard(IssueRows.Row row, IssueActions actions) {
    super(6);
    this.row = row;
    Issue issue = row.issue();
    getStyleClass().add("issue-card");
    setFillWidth(true);

    Label badge = new Label(issue.category().label());
    badge.getStyleClass().addAll("category-badge", issue.category().styleClass());
    badge.setMinWidth(Region.USE_PREF_SIZE);
    Label message = new Label(issue.message().isBlank() ? Suggestions.headline(issue) : issue.message());
    message.getStyleClass().add("issue-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    if (!issue.shortMessage().isBlank()) {
      tooltip(message, issue.shortMessage() + "  (" + issue.ruleId() + ")");
    }
    HBox header = new HBox(8, badge);
    header.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(header, message, context(issue), suggestions(issue, actions));
    if (row.inside() > 0) {
      int n = row.inside();
      Label inside = new Label(n + (n == 1 ? " issue inside this line goes" : " issues inside this line go")
          + " with it: removing the line settles " + (n == 1 ? "it." : "them."));
      inside.getStyleClass().add("furniture-inside");
      inside.setWrapText(true);
      inside.setMinHeight(Region.USE_PREF_SIZE);
      getChildren().add(inside);
    }
    getChildren().add(tools(issue, actions));
    addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
      tooltips.forEach(Runnable::run);
      tooltips.clear();
    });
  }

  private void tooltip(Control control, String text) {
    tooltips.add(() -> control.setTooltip(new Tooltip(text)));
  }

  public IssueRows.Row row() {
    return row;
  }

  /**
   * Shows {@code other} instead, if it reads exactly the same (the same issue moved, with the same
   * Fix all count), without building the card again; false when a new card is needed.
   */
  public boolean reuseFor(IssueRows.Row other) {
    if (other == row || row.readsLike(other.issue(), other.sameCount(), other.inside())) {
      row = other;
      return true;
    }
    return false;
  }

  private Issue issue() {
    return row.issue();
  }

  private static TextFlow context(Issue issue) {
    SentenceContext c = issue.context();
    String before = c.before();
    String after = c.after();
    if (before.length() > CONTEXT_SIDE) {
      before = "…" + before.substring(before.length() - CONTEXT_SIDE).stripLeading();
    }
    if (after.length() > CONTEXT_SIDE) {
      after = after.substring(0, CONTEXT_SIDE).stripTrailing() + "…";
    }
    Text b = new Text(before);
    String markedText = c.marked().isEmpty() ? "‸" : c.marked();
    Text m = new Text(markedText);
    m.getStyleClass().addAll("context-marked", issue.category().styleClass());
    Text a = new Text(after);
    for (Text t : new Text[] {b, a}) {
      t.getStyleClass().add("context-text");
    }
    TextFlow flow = new TextFlow(b, m, a);
    flow.getStyleClass().add("issue-context");
    flow.setMinHeight(Region.USE_PREF_SIZE);
    return flow;
  }

  private FlowPane suggestions(Issue issue, IssueActions actions) {
    FlowPane pane = new FlowPane(6, 6);
    pane.getStyleClass().add("suggestions");
    boolean first = true;
    for (String replacement : Suggestions.shown(issue)) {
      Button b = new Button(Suggestions.label(issue, replacement));
      b.getStyleClass().add("suggestion");
      if (first) {
        b.getStyleClass().add("accent");
        first = false;
      }
      b.setMnemonicParsing(false);
      b.setAccessibleText("Replace with " + replacement);
      b.setOnAction(e -> actions.apply(issue(), replacement));
      pane.getChildren().add(b);
    }
    int same = row.sameCount();
    if (same > 1 && issue.category() == Category.CLUTTER) {
      Button all = tool("Clean up pasted page (" + same + " lines)", "clean-up-button");
      tooltip(all, "Remove every line of page furniture, as one undo step");
      all.setOnAction(e -> actions.cleanUpPage());
      pane.getChildren().add(all);
    } else if (same > 1) {
      Button all = tool("Fix all " + same, "fix-all-button");
      tooltip(all, "Replace every “" + issue.coveredText() + "” flagged by this rule with “"
          + issue.firstReplacement().orElse("") + "”, as one undo step");
      all.setOnAction(e -> actions.fixAll(issue()));
      pane.getChildren().add(all);
    }
    if (pane.getChildren().isEmpty()) {
      Label none = new Label("No suggestion: edit the text yourself.");
      none.getStyleClass().add("no-suggestion");
      pane.getChildren().add(none);
    }
    return pane;
  }

  private FlowPane tools(Issue issue, IssueActions actions) {
    FlowPane row = new FlowPane(2, 0);
    row.getStyleClass().add("issue-tools");
    row.setAlignment(Pos.CENTER_LEFT);

    Button ignore = tool("Ignore", "ignore-button");
    tooltip(ignore, "Ignore this spot (Ctrl+I)");
    ignore.setOnAction(e -> actions.ignore(issue()));
    row.getChildren().add(ignore);

    // a plain button with a menu made on demand: a MenuButton per card costs more to build
    Button ignoreRule = tool("Ignore rule ▾", "ignore-rule-button");
    tooltip(ignoreRule, "Rule " + issue.ruleId());
    Runnable showMenu = () -> {
      MenuItem session = new MenuItem("For this session");
      session.getStyleClass().add("ignore-rule-session");
      session.setOnAction(a -> actions.ignoreRule(issue(), false));
      MenuItem always = new MenuItem("Always (turn the rule off)");
      always.getStyleClass().add("ignore-rule-always");
      always.setOnAction(a -> actions.ignoreRule(issue(), true));
      new ContextMenu(session, always).show(ignoreRule, Side.BOTTOM, 0, 0);
    };
    // the menu opens on press, as a menu button's does (the card may scroll into view under the pointer)
    ignoreRule.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
      if (e.isPrimaryButtonDown()) {
        e.consume();
        showMenu.run();
      }
    });
    ignoreRule.setOnAction(e -> showMenu.run());
    row.getChildren().add(ignoreRule);

    if (Suggestions.canAddToDictionary(issue)) {
      Button dict = tool("Add to dictionary", "dictionary-button");
      dict.setOnAction(e -> actions.addToDictionary(issue()));
      row.getChildren().add(dict);
    }
    return row;
  }

  private static Button tool(String text, String styleClass) {
    Button b = new Button(text);
    b.getStyleClass().addAll("flat", "small", styleClass);
    b.setMnemonicParsing(false);
    return b;
  }
}
