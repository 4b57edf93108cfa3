package com.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import java.util.Collection;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A draft pasted from a web page in the real window: greyed furniture, its cards, the clean-up, the offer. */
class DeskClutterTest extends DeskFixture {
  static final String STORY = "Swimming pool reopens after repairs\n\n"
      + "The town's swimming pool reopened on Saturday after three months of repairs to its roof.\n\n"
      + "The council said the work had cost less than expected.\n";
  static final String PAGE = "Saturday, April 12, 2025\n\n"
      + "Swimming pool reopens after repairs\n\n"
      + "The town's swimming pool reopened on Saturday after three months of repairs to its roof.\n\n"
      + "Read more: Library recieve new books for the summer\n\n"
      + "The council said the work had cost less than expected.\n\n"
      + "Advertisement\n\n"
      + "Most Popular\n";

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  List<Issue> furniture() throws Exception {
    return fx(() -> desk.review().furnitureLines());
  }

  /** Puts the page on the clipboard and pastes it at the end of the draft, as Ctrl+V would. */
  void pastePageAtEnd() throws Exception {
    fx(() -> {
      ClipboardContent content = new ClipboardContent();
      content.putString(PAGE);
      Clipboard.getSystemClipboard().setContent(content);
      desk.area().moveTo(desk.area().getLength());
      desk.area().paste();
      return null;
    });
  }

  @Test
  void furnitureLinesAreGreyedWithCardsOfTheirOwnAndIssuesInsideGoWithTheLine(FxRobot robot) throws Exception {
    openDraft(robot, PAGE);
    assertThat(furniture()).extracting(Issue::ruleId)
        .containsExactly("CLUTTER_DATELINE", "CLUTTER_TEASER", "CLUTTER_ADVERT", "CLUTTER_RELATED");
    Issue misspelling = issue(covering("recieve"));
    assertThat(fx(() -> desk.review().visible().contains(misspelling))).as("no card of its own").isFalse();
    assertThat(fx(() -> desk.review().count(Category.SPELLING))).isZero();

    Issue teaser = issue(i -> i.ruleId().equals("CLUTTER_TEASER"));
    ListCell<?> card = card(robot, teaser);
    assertThat(robot.from(card).lookup(".category-badge").queryAs(Label.class).getText()).isEqualTo("Page furniture");
    assertThat(robot.from(card).lookup(".furniture-inside").queryAs(Label.class).getText())
        .startsWith("1 issue inside this line goes with it");
    assertThat(robot.from(card).lookup(".suggestion").queryButton().getText()).isEqualTo("Remove line");

    int inTeaser = PAGE.indexOf("Library");
    waitUntil(() -> desk.area().getStyleOfChar(inTeaser).contains("issue-clutter"));
    Collection<String> storyStyle = fx(() -> desk.area().getStyleOfChar(PAGE.indexOf("reopened")));
    assertThat(storyStyle).doesNotContain("issue-clutter");

    ToggleButton chip = robot.lookup(".filter-chip.issue-clutter").queryAs(ToggleButton.class);
    assertThat(chip.getText()).isEqualTo("Page furniture  4");
    robot.clickOn(chip);
    waitUntil(() -> desk.review().visible().stream().allMatch(i -> i.category() == Category.CLUTTER)
        && desk.review().visible().size() == 4);
  }

  @Test
  void cleaningUpThePageIsOneClickAndOneUndoStep(FxRobot robot) throws Exception {
    openDraft(robot, PAGE);
    ListCell<?> card = card(robot, issue(i -> i.ruleId().equals("CLUTTER_ADVERT")));
    Button clean = buttonIn(robot, card, "clean-up-button");
    assertThat(clean.getText()).isEqualTo("Clean up pasted page (4 lines)");
    robot.clickOn(clean);
    waitUntil(() -> desk.area().getText().equals(STORY));
    assertThat(fx(() -> desk.status().message())).isEqualTo("Removed 4 lines of page furniture (one undo step).");
    waitChecked();
    assertThat(furniture()).isEmpty();

    shortcut(robot, KeyCode.Z);
    waitUntil(() -> desk.area().getText().equals(PAGE));
    waitChecked();
    assertThat(furniture()).hasSize(4);
  }

  @Test
  void removingOneLineLeavesTheOthers(FxRobot robot) throws Exception {
    openDraft(robot, PAGE);
    ListCell<?> card = card(robot, issue(i -> i.ruleId().equals("CLUTTER_ADVERT")));
    robot.clickOn(robot.from(card).lookup(".suggestion").queryButton());
    waitUntil(() -> !desk.area().getText().contains("Advertisement"));
    assertThat(text()).isEqualTo(PAGE.replace("Advertisement\n\n", ""));
  }

  @Test
  void pastingAWebPageOffersTheCleanUpOnce(FxRobot robot) throws Exception {
    String start = "Harbour notes\n\nThe harbour master retired on Friday after thirty years in the job.\n\n";
    openDraft(robot, start);
    pastePageAtEnd();
    waitUntil(() -> desk.area().getText().equals(start + PAGE));
    waitChecked();
    waitUntil(() -> desk.pasteOffer().isShowing());
    assertThat(fx(() -> desk.pasteOffer().text())).contains("4 lines are page furniture");
    robot.clickOn(robot.lookup(".clean-up-pasted").queryButton());
    waitUntil(() -> desk.area().getText().equals(start + STORY));
    assertThat(fx(() -> desk.pasteOffer().isShowing())).isFalse();

    shortcut(robot, KeyCode.Z);
    waitUntil(() -> desk.area().getText().equals(start + PAGE));
    waitChecked();
    assertThat(fx(() -> desk.pasteOffer().isShowing())).as("offered once per paste").isFalse();
  }

  @Test
  void aSavedWebPageShowsItsArticleAndSavingKeepsThePage(FxRobot robot) throws Exception {
    String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Pool reopens</title></head>\n<body>\n"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n<article>\n"
        + "<h1>Swimming pool reopens after repairs</h1>\n"
        + "<p>The town's swimming pool reopened on Saturday after three months of repairs to its roof.</p>\n"
        + "<div class=\"advert\">Advertisement</div>\n"
        + "<p>The council said the work had cost less than expected, and thanked swimmers for their patience.</p>\n"
        + "</article>\n<footer>&copy; 2025 The Lantern</footer>\n</body></html>\n";
    java.nio.file.Path file = dir.resolve("pool.html");
    java.nio.file.Files.writeString(file, page);
    openAndWait(file);
    assertThat(text()).startsWith("Swimming pool reopens after repairs\nThe town's").doesNotContain("Home", "Lantern");
    assertThat(furniture()).extracting(Issue::ruleId).containsExactly("CLUTTER_ADVERT");
    robot.clickOn(buttonIn(robot, card(robot, furniture().get(0)), "suggestion"));
    waitUntil(() -> !desk.area().getText().contains("Advertisement"));
    shortcut(robot, KeyCode.S);
    waitUntil(() -> !desk.session().isModified());
    assertThat(java.nio.file.Files.readString(file))
        .isEqualTo(page.replace("<div class=\"advert\">Advertisement</div>\n", ""));
  }

  @Test
  void keepingEverythingClosesTheOffer(FxRobot robot) throws Exception {
    openDraft(robot, "Notes\n\nA first line of the draft that the copy editor wrote here.\n\n");
    pastePageAtEnd();
    waitChecked();
    waitUntil(() -> desk.pasteOffer().isShowing());
    robot.clickOn(robot.lookup(".keep-pasted").queryButton());
    waitUntil(() -> !desk.pasteOffer().isShowing());
    fx(() -> {
      desk.checkNow();
      return null;
    });
    waitChecked();
    assertThat(fx(() -> desk.pasteOffer().isShowing())).isFalse();
    assertThat(text()).contains("Advertisement");
  }
}
