package com.copydesk.ui.review;

import com.copydesk.core.Issue;
import javafx.scene.control.ListCell;

/** A list cell holding an issue card that wraps to the list's width. */
final class IssueCell extends ListCell<Issue> {
  private final IssueActions actions;

  IssueCell(IssueActions actions) {
    this.actions = actions;
    getStyleClass().add("issue-cell");
    setPrefWidth(0);
    setText(null);
  }

  @Override
  protected void updateItem(Issue issue, boolean empty) {
    super.updateItem(issue, empty);
    if (empty || issue == null) {
      setGraphic(null);
      return;
    }
    IssueCard card = new IssueCard(issue, actions);
    card.prefWidthProperty().bind(getListView().widthProperty().subtract(34));
    card.setMaxWidth(USE_PREF_SIZE);
    setGraphic(card);
  }
}
