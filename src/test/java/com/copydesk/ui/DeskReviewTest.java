package com.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Issue;
import com.copydesk.core.Span;
import com.copydesk.settings.UserSettings;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reviewing in the real window: cards, suggestions, undo, F8, ignoring, Fix all, context menu. */
class DeskReviewTest extends DeskFixture {

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  @Test
  void clickingASuggestionFixesTheTextAndUndoBringsTheCardBack(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    Issue first = issue(covering("comittee"));
    assertThat(first.start()).isEqualTo(4);
    assertThat(first.replacements()).contains("committee");

    ListCell<?> card = card(robot, first);
    Node suggestion = robot.from(card).lookup(".suggestion").query();
    assertThat(((javafx.scene.control.Button) suggestion).getText()).isEqualTo("committee");
    robot.clickOn(suggestion);

    waitUntil(() -> desk.area().getText().startsWith("Our committee met"));
    assertThat(issues()).noneMatch(i -> i.start() == 4);
    assertThat(fx(() -> desk.review().selected())).as("the next card is selected")
        .isNotNull().matches(i -> i.coveredText().equals("comittee") && i.start() > 4);
    waitChecked();
    assertThat(issues()).filteredOn(covering("comittee")).hasSize(2);
    ListCell<?> other = card(robot, issue(covering("comittee")));
    assertThat(buttonIn(robot, other, "fix-all-button").getText()).as("cards recount").isEqualTo("Fix all 2");

    shortcut(robot, KeyCode.Z);
    waitUntil(() -> desk.area().getText().equals(DRAFT));
    waitChecked();
    assertThat(issues()).filteredOn(covering("comittee")).hasSize(3);
    assertThat(issues()).anyMatch(i -> i.start() == 4 && i.ruleId().equals(first.ruleId()));
  }

  @Test
  void eachFixIsOneUndoStepAndRedoPutsItBack(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    Issue comma = issue(covering(" ,"));
    robot.clickOn(robot.from(card(robot, comma)).lookup(".suggestion").queryButton());
    waitUntil(() -> desk.area().getText().contains("good, and"));
    waitChecked();
    Issue first = issue(covering("comittee"));
    robot.clickOn(robot.from(card(robot, first)).lookup(".suggestion").queryButton());
    waitUntil(() -> desk.area().getText().startsWith("Our committee"));

    shortcut(robot, KeyCode.Z);
    waitUntil(() -> desk.area().getText().startsWith("Our comittee"));
    assertThat(text()).as("only the last fix was undone").contains("good, and");

    shortcut(robot, KeyCode.Y);
    waitUntil(() -> desk.area().getText().startsWith("Our committee"));
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
    shortcut(robot, KeyCode.Z);
    shortcut(robot, KeyCode.Z);
    waitUntil(() -> desk.area().getText().equals(DRAFT));
  }

  @Test
  void f8AndShiftF8SelectTheNextAndPreviousIssueRange(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    var all = issues();
    fx(() -> {
      desk.area().moveTo(0);
      return null;
    });
    robot.type(KeyCode.F8);
    waitUntil(() -> desk.area().getSelection().getStart() == all.get(0).start());
    assertThat(selection()).isEqualTo(all.get(0).span());
    robot.type(KeyCode.F8);
    waitUntil(() -> selection().equals(all.get(1).span()));
    assertThat(fx(() -> desk.panel().list().getSelectionModel().getSelectedIndex())).isEqualTo(1);
    robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
    waitUntil(() -> selection().equals(all.get(0).span()));
  }

  @Test
  void ctrlEnterAppliesTheFirstSuggestionAndCtrlIIgnores(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    fx(() -> {
      desk.area().moveTo(0);
      return null;
    });
    robot.type(KeyCode.F8);
    waitUntil(() -> desk.review().selected() != null && desk.review().selected().start() == 4);
    shortcut(robot, KeyCode.ENTER);
    waitUntil(() -> desk.area().getText().startsWith("Our committee"));
    waitChecked();
    Issue next = fx(() -> desk.review().selected());
    assertThat(next).isNotNull();
    shortcut(robot, KeyCode.I);
    waitUntil(() -> !desk.review().issues().contains(next));
    waitChecked();
    assertThat(issues()).as("an ignored spot stays ignored after a check").doesNotContain(next);
  }

  @Test
  void ignoreRuleForTheSessionRemovesAllItsCards(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    assertThat(issues()).filteredOn(i -> i.ruleId().equals(SPELLING_RULE)).hasSize(3);
    ListCell<?> card = card(robot, issue(covering("comittee")));
    robot.clickOn(robot.from(card).lookup(".ignore-rule-button").queryAs(Node.class));
    robot.clickOn("For this session");
    waitUntil(() -> desk.review().issues().stream().noneMatch(i -> i.ruleId().equals(SPELLING_RULE)));
    assertThat(issues()).anyMatch(covering(" ,"));
    assertThat(settings.disabledRules()).isEmpty();
  }

  @Test
  void ignoreRuleAlwaysTurnsItOffInTheSettings(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    Issue comma = issue(covering(" ,"));
    robot.clickOn(robot.from(card(robot, comma)).lookup(".ignore-rule-button").queryAs(Node.class));
    robot.clickOn("Always (turn the rule off)");
    waitUntil(() -> desk.review().issues().stream().noneMatch(covering(" ,")));
    assertThat(UserSettings.load(dir.resolve("config")).disabledRules()).containsExactly(comma.ruleId());
  }

  @Test
  void addToDictionaryRemovesEveryCardForTheWord(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    robot.clickOn(buttonIn(robot, card(robot, issue(covering("comittee"))), "dictionary-button"));
    waitUntil(() -> desk.review().issues().stream().noneMatch(covering("comittee")));
    assertThat(UserSettings.load(dir.resolve("config")).dictionary()).containsExactly("comittee");
  }

  @Test
  void fixAllFixesEveryIdenticalIssueAsOneUndoStep(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    ListCell<?> card = card(robot, issue(covering("comittee")));
    var fixAll = buttonIn(robot, card, "fix-all-button");
    assertThat(fixAll.getText()).isEqualTo("Fix all 3");
    robot.clickOn(fixAll);
    waitUntil(() -> !desk.area().getText().contains("comittee"));
    assertThat(text()).isEqualTo(DRAFT.replace("comittee", "committee"));
    waitChecked();
    assertThat(issues()).noneMatch(covering("comittee"));

    shortcut(robot, KeyCode.Z);
    waitUntil(() -> desk.area().getText().equals(DRAFT));
    waitChecked();
    assertThat(issues()).filteredOn(covering("comittee")).hasSize(3);
  }

  @Test
  void theCaretInAnUnderlineSelectsItsCardAndClickingACardSelectsItsText(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    Issue comma = issue(covering(" ,"));
    fx(() -> {
      desk.area().moveTo(comma.start() + 1);
      return null;
    });
    waitUntil(() -> comma.equals(desk.review().selected()));
    int index = fx(() -> desk.review().visible().indexOf(comma));
    assertThat(fx(() -> desk.panel().list().getSelectionModel().getSelectedIndex())).isEqualTo(index);

    Issue first = issue(covering("comittee"));
    robot.clickOn(robot.from(card(robot, first)).lookup(".issue-message").queryAs(Node.class));
    waitUntil(() -> selection().equals(first.span()));
  }

  @Test
  void rightClickOnAnUnderlineOffersItsSuggestions(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    Issue last = issues().stream().filter(covering("comittee")).reduce((a, b) -> b).orElseThrow();
    Bounds b = fx(() -> desk.area().getCharacterBoundsOnScreen(last.start() + 2, last.start() + 3).orElseThrow());
    // headless Monocle turns no right-click into a context-menu request, so send the one a
    // platform sends, at the underlined letter
    fx(() -> {
      var area = desk.area();
      Point2D inScene = area.getScene().getRoot().screenToLocal(b.getCenterX(), b.getCenterY());
      area.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(),
          b.getCenterX(), b.getCenterY(), false, null));
      return null;
    });
    WaitForAsyncUtils.waitForFxEvents();
    // the menu's items are drawn as labels in the menu's own window
    Node inMenu = robot.lookup((Labeled l) -> "committee".equals(l.getText())
        && l.getScene().getWindow() instanceof ContextMenu).query();
    robot.clickOn(inMenu);
    waitUntil(() -> desk.area().getText().contains("Later the committee voted"));
    assertThat(text()).startsWith("Our comittee");
  }

  @Test
  void filteringByCategoryShowsOnlyThoseCards(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    robot.clickOn(robot.lookup(".filter-chip").lookup((Node n) -> ((javafx.scene.control.ToggleButton) n)
        .getText().startsWith("Typography")).queryAs(Node.class));
    waitUntil(() -> desk.review().visible().size() == 1);
    assertThat(fx(() -> desk.review().visible().get(0).coveredText())).isEqualTo(" ,");
    assertThat(fx(() -> desk.review().issues().size())).isEqualTo(4);
  }

  private Span selection() throws Exception {
    return fx(() -> new Span(desk.area().getSelection().getStart(), desk.area().getSelection().getEnd()));
  }
}
