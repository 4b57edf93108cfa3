package com.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Issue;
import com.copydesk.engine.CheckResult;
import com.copydesk.settings.UserSettings;
import com.copydesk.ui.editor.Underlines;
import com.copydesk.ui.files.Samples;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Editing while checking, find, the shortcuts dialog, themes and the sample, in the real window. */
class DeskEditingTest extends DeskFixture {

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  @Test
  void aTypedEditRechecksOnlyItsParagraph(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    CheckResult first = fx(() -> desk.liveCheck().lastResult());
    assertThat(first.paragraphs()).isEqualTo(3);
    long missesBefore = engine().cache().misses();

    int endOfSecond = DRAFT.indexOf("voted again.") + "voted again".length();
    fx(() -> {
      desk.area().moveTo(endOfSecond);
      return null;
    });
    robot.write(" twice");
    waitUntil(() -> desk.area().getText().contains("voted again twice."));
    waitChecked();

    CheckResult after = fx(() -> desk.liveCheck().lastResult());
    assertThat(after.draft().text()).contains("voted again twice.");
    assertThat(after.paragraphs()).isEqualTo(3);
    assertThat(after.checkedParagraphs()).as("only the edited paragraph went to LanguageTool").isEqualTo(1);
    // (the shared cache's miss counter is not asserted: under load, a check of the half-typed word
    // or a previous test's late check can add misses of its own)
    assertThat(engine().cache().misses()).isGreaterThan(missesBefore);
  }

  @Test
  void underlinesMoveWithAnEditBeforeTheNextCheck(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    // one FX-thread step: edit, then look, so no check can land in between
    List<Issue> moved = fx(() -> {
      desk.area().insertText(DRAFT.indexOf("Monday") + "Monday".length(), " morning");
      return List.copyOf(desk.review().issues());
    });
    String now = text();
    assertThat(moved).hasSize(4);
    for (Issue i : moved) {
      assertThat(now.substring(i.start(), i.end())).as("text under %s", i.ruleId()).isEqualTo(i.coveredText());
    }
    // and the underline styles went with them, once the edit has settled
    Issue comma = moved.stream().filter(covering(" ,")).findFirst().orElseThrow();
    waitUntil(() -> desk.area().getStyleOfChar(comma.start() + 1).contains("issue-typography"));
    Collection<String> before = fx(() -> desk.area().getStyleOfChar(comma.start() - 2));
    assertThat(before).doesNotContain(Underlines.ISSUE);
  }

  @Test
  void aSuggestionForTextThatChangedIsRefusedAndTheDraftRechecked(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    Issue comma = issue(covering(" ,"));
    long checksBefore = engine().cache().hits() + engine().cache().misses();
    String result = fx(() -> {
      desk.area().replaceText(comma.start(), comma.end(), " ;");
      desk.reviewActions().apply(comma, ",");
      return desk.area().getText();
    });
    assertThat(result).contains("good ; and").doesNotContain("good, and");
    assertThat(fx(() -> desk.status().message())).contains("changed since it was checked");
    waitChecked();
    assertThat(engine().cache().hits() + engine().cache().misses()).isGreaterThan(checksBefore);
  }

  @Test
  void findHighlightsEveryMatchAndStepsThroughThem(FxRobot robot) throws Exception {
    openDraft(robot, DRAFT);
    shortcut(robot, KeyCode.F);
    robot.write("comittee");
    waitUntil(() -> robot.lookup(".find-count").queryAs(Label.class).getText().equals("1 of 3"));
    int second = DRAFT.indexOf("comittee", 10);
    assertThat(fx(() -> desk.area().getStyleOfChar(second + 1))).contains(Underlines.FIND_HIT);
    robot.type(KeyCode.ENTER);
    waitUntil(() -> desk.area().getSelection().getStart() == second);
    assertThat(robot.lookup(".find-count").queryAs(Label.class).getText()).isEqualTo("2 of 3");
    robot.type(KeyCode.ESCAPE);
    waitUntil(() -> !desk.area().getStyleOfChar(second + 1).contains(Underlines.FIND_HIT));
  }

  @Test
  void theShortcutsDialogListsTheReviewKeys(FxRobot robot) throws Exception {
    List<String> rows = fx(() -> ShortcutsDialog.rows(desk.menus()).stream()
        .map(r -> r[1] + " = " + r[2]).toList());
    assertThat(rows).contains("Next Issue = F8", "Previous Issue = Shift+F8", "Ignore = Ctrl+I",
        "Apply First Suggestion = Ctrl+Enter", "Undo = Ctrl+Z", "Find… = Ctrl+F",
        "Ignore Rule ▸ For This Session = Ctrl+Shift+I");
    robot.type(KeyCode.F1);
    waitUntil(() -> robot.lookup(".shortcuts-dialog").tryQuery().isPresent());
    DialogPane pane = robot.lookup(".shortcuts-dialog").queryAs(DialogPane.class);
    assertThat(robot.from(pane).lookup((Label l) -> "F8".equals(l.getText())).tryQuery()).isPresent();
    robot.clickOn(robot.from(pane).lookup((Button b) -> "Close".equals(b.getText())).queryButton());
  }

  @Test
  void theDarkThemeIsAppliedAndRemembered(FxRobot robot) throws Exception {
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil(() -> desk.stage().getScene().getRoot().getStyleClass().contains("theme-dark"));
    assertThat(UserSettings.load(dir.resolve("config")).theme()).isEqualTo("dark");
    fx(() -> {
      desk.setTheme(Theme.LIGHT);
      return null;
    });
    assertThat(UserSettings.load(dir.resolve("config")).theme()).isEqualTo("light");
  }

  @Test
  void theSampleOpensUntitledWithItsIssuesListed(FxRobot robot) throws Exception {
    fx(() -> {
      desk.openSample();
      return null;
    });
    waitChecked();
    assertThat(fx(() -> desk.stage().getTitle())).isEqualTo(Samples.sampleName() + " — Copydesk");
    assertThat(fx(() -> desk.session().isUntitled())).isTrue();
    assertThat(issues()).anyMatch(covering("goverment"));
    assertThat(fx(() -> desk.panel().list().getItems().size())).isEqualTo(issues().size());
  }

  @Test
  void aLongFirstCheckShowsProgressWhileTheWindowKeepsAnswering(FxRobot robot) throws Exception {
    StringBuilder draft = new StringBuilder("Quarterly report on the town's services\n");
    String[] who = {"The council", "A spokeswoman", "Residents", "The inspector", "Volunteers"};
    String[] what = {"said the ferry would run late", "warned that rents had risen", "confirmed the pier was shut",
        "reported that the library opened", "argued that teh bus route should change"};
    for (int p = 0; p < 60; p++) {
      draft.append('\n');
      for (int k = 0; k < 4; k++) {
        draft.append(who[(p + k) % who.length]).append(' ').append(what[(p * 3 + k) % what.length])
            .append(" in week ").append(p).append(", according to note ").append(k).append(". ");
      }
      draft.append('\n');
    }
    java.nio.file.Path file = dir.resolve("long.txt");
    java.nio.file.Files.writeString(file, draft.toString());
    assertThat(fx(() -> desk.openFile(file))).isTrue();

    java.util.Set<String> seen = new java.util.TreeSet<>();
    // how long the FX thread stalls meanwhile is measured, not asserted: java -jar
    // target/copydesk-measure.jar desk (docs/performance.md "Desk")
    long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < end) {
      String shown = fx(() -> desk.status().checkingText());
      if (shown.matches("Checking… [1-9][0-9]?%")) {
        seen.add(shown);
      }
      if (fx(() -> !desk.liveCheck().checkingProperty().get() && desk.liveCheck().lastResult() != null
          && desk.liveCheck().lastResult().draft().text().equals(desk.area().getText()))) {
        break;
      }
      Thread.sleep(40);
    }
    waitChecked();
    assertThat(seen).as("progress between 0 and 100%").isNotEmpty();
    assertThat(issues()).anyMatch(covering("teh"));
  }
}
