package com.copydesk.ui.review;

import com.copydesk.core.Issue;
import com.copydesk.core.SentenceContext;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One issue on the review panel: its category, what is wrong, the sentence with the problem
 * marked, up to three suggestions (one click applies), and Ignore, Ignore rule, Add to dictionary
 * and Fix all.
 */
public final class IssueCard extends VBox {
  private static final int CONTEXT_SIDE = 70;

  public IssueCard(Issue issue, IssueActions actions) {
    super(6);
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
      message.setTooltip(new Tooltip(issue.shortMessage() + "  (" + issue.ruleId() + ")"));
    }
    HBox header = new HBox(8, badge);
    header.setAlignment(Pos.CENTER_LEFT);

    getChildren().addAll(header, message, context(issue), suggestions(issue, actions), tools(issue, actions));
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

  private static FlowPane suggestions(Issue issue, IssueActions actions) {
    FlowPane pane = new FlowPane(6, 6);
    pane.getStyleClass().add("suggestions");
    boolean first = true;
    for (String replacement : Suggestions.shown(issue)) {
      Button b = new Button(Suggestions.label(replacement));
      b.getStyleClass().add("suggestion");
      if (first) {
        b.getStyleClass().add("accent");
        first = false;
      }
      b.setMnemonicParsing(false);
      b.setAccessibleText("Replace with " + replacement);
      b.setOnAction(e -> actions.apply(issue, replacement));
      pane.getChildren().add(b);
    }
    int same = actions.sameCorrectionCount(issue);
    if (same > 1) {
      Button all = tool("Fix all " + same, "fix-all-button");
      all.setTooltip(new Tooltip("Replace every “" + issue.coveredText() + "” flagged by this rule with “"
          + issue.firstReplacement().orElse("") + "”, as one undo step"));
      all.setOnAction(e -> actions.fixAll(issue));
      pane.getChildren().add(all);
    }
    if (pane.getChildren().isEmpty()) {
      Label none = new Label("No suggestion: edit the text yourself.");
      none.getStyleClass().add("no-suggestion");
      pane.getChildren().add(none);
    }
    return pane;
  }

  private static FlowPane tools(Issue issue, IssueActions actions) {
    FlowPane row = new FlowPane(2, 0);
    row.getStyleClass().add("issue-tools");
    row.setAlignment(Pos.CENTER_LEFT);

    Button ignore = tool("Ignore", "ignore-button");
    ignore.setTooltip(new Tooltip("Ignore this spot (Ctrl+I)"));
    ignore.setOnAction(e -> actions.ignore(issue));
    row.getChildren().add(ignore);

    MenuButton ignoreRule = new MenuButton("Ignore rule");
    ignoreRule.getStyleClass().addAll("flat", "small", "ignore-rule-button");
    MenuItem session = new MenuItem("For this session");
    session.getStyleClass().add("ignore-rule-session");
    session.setOnAction(e -> actions.ignoreRule(issue, false));
    MenuItem always = new MenuItem("Always (turn the rule off)");
    always.getStyleClass().add("ignore-rule-always");
    always.setOnAction(e -> actions.ignoreRule(issue, true));
    ignoreRule.getItems().addAll(session, always);
    ignoreRule.setTooltip(new Tooltip("Rule " + issue.ruleId()));
    row.getChildren().add(ignoreRule);

    if (Suggestions.canAddToDictionary(issue)) {
      Button dict = tool("Add to dictionary", "dictionary-button");
      dict.setOnAction(e -> actions.addToDictionary(issue));
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
