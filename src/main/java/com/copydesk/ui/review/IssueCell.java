package com.copydesk.ui.review;

import javafx.application.Platform;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/**
 * A list cell holding an issue card that wraps to the list's width. The card is kept while the
 * cell shows a row that reads the same (typing moves issues but changes no card), so only cards
 * whose text changed are built again. Building a card (a dozen styled controls) is the costliest
 * thing the panel does, so at most {@link #CARDS_PER_PULSE} (about half a screenful) are built in one
 * go: when a check brings hundreds of issues at once, the other rows the list asks for show an
 * empty card frame for a frame or two and are filled in on the following pulses, and the window
 * keeps responding.
 */
final class IssueCell extends ListCell<IssueRows.Row> {
  static final int CARDS_PER_PULSE = 3;
  private static final double FRAME_HEIGHT = 150;
  private static int builtThisPulse;
  private static boolean resetQueued;

  private final IssueActions actions;
  private IssueCard card;
  private Region frame;

  IssueCell(IssueActions actions) {
    this.actions = actions;
    getStyleClass().add("issue-cell");
    setPrefWidth(0);
    setText(null);
  }

  @Override
  protected void updateItem(IssueRows.Row row, boolean empty) {
    super.updateItem(row, empty);
    if (empty || row == null) {
      setGraphic(null);
      return;
    }
    show(row);
  }

  private void show(IssueRows.Row row) {
    if (card != null && card.reuseFor(row)) {
      if (getGraphic() != card) {
        setGraphic(card);
      }
    } else if (mayBuild()) {
      card = new IssueCard(row, actions);
      card.prefWidthProperty().bind(getListView().widthProperty().subtract(34));
      card.setMaxWidth(USE_PREF_SIZE);
      setGraphic(card);
    } else {
      setGraphic(frame());
      Platform.runLater(() -> {
        if (!isEmpty() && getItem() == row && getGraphic() == frame) {
          show(row);
        }
      });
    }
  }

  /** An empty card, shown until there is time to build the real one. */
  private Region frame() {
    if (frame == null) {
      frame = new Region();
      frame.getStyleClass().addAll("issue-card", "issue-card-pending");
      frame.setPrefHeight(FRAME_HEIGHT);
      frame.prefWidthProperty().bind(getListView().widthProperty().subtract(34));
      frame.setMaxWidth(USE_PREF_SIZE);
    }
    return frame;
  }

  /** True while this pulse's budget of card builds lasts; the budget renews after the pulse. */
  private static boolean mayBuild() {
    if (!resetQueued) {
      resetQueued = true;
      Platform.runLater(() -> {
        builtThisPulse = 0;
        resetQueued = false;
      });
    }
    return builtThisPulse++ < CARDS_PER_PULSE;
  }
}
