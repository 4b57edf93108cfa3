package com.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Variant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A draft is checked in the English it is written in: the desk reads the variant from the draft, says
 * so in the status bar, and lets the copy editor change it there; the choice is remembered for the file.
 */
class DeskVariantTest extends DeskFixture {
  static final String BRITISH = "Library closures criticised\n\n"
      + "Council leaders have criticised plans to close three libraries, saying the damage to "
      + "neighbourhoods would last.\n\n"
      + "Mr Hughes said the figures had not been analysed and that the centre of town would suffer most. "
      + "The programme would save £4.2m by 14 March, and the colour of the new signs was still undecided.";

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  private Path britishDraft() throws Exception {
    Path file = dir.resolve("library.txt");
    Files.writeString(file, BRITISH, StandardCharsets.UTF_8);
    return file;
  }

  private String variantText() throws Exception {
    return fx(() -> desk.status().variantText());
  }

  private boolean flagged(String word) throws Exception {
    return issues().stream().anyMatch(covering(word));
  }

  private void pick(FxRobot robot, String item) throws Exception {
    robot.clickOn(fx(() -> desk.status().variantLink()));
    waitUntil(() -> robot.lookup((Labeled l) -> item.equals(l.getText()) && l.isVisible()).tryQuery().isPresent());
    Node label = fx(() -> robot.lookup((Labeled l) -> item.equals(l.getText()) && l.isVisible()).query());
    robot.clickOn(label);
  }

  @Test
  void aBritishDraftIsCheckedAsBritishAndTheStatusBarSaysWhy(FxRobot robot) throws Exception {
    openAndWait(britishDraft());
    assertThat(variantText()).isEqualTo("English (UK) — from the spelling: 7 British forms, 0 American; change…");
    assertThat(fx(() -> desk.liveCheck().lastResult().settings().variant())).isEqualTo(Variant.EN_GB);
    assertThat(flagged("colour")).as("British spelling is not a misspelling").isFalse();
    assertThat(flagged("centre")).isFalse();
  }

  @Test
  void theCopyEditorChangesTheVariantFromTheStatusBarAndTheFileRemembersIt(FxRobot robot) throws Exception {
    Path file = britishDraft();
    openAndWait(file);
    pick(robot, "English (US)  (en-US)");
    waitUntil(() -> desk.status().variantText().equals("English (US) — your choice for this file; change…"));
    waitChecked();
    waitUntil(() -> desk.liveCheck().lastResult().settings().variant() == Variant.EN_US);
    assertThat(flagged("colour")).as("checked as American English now").isTrue();
    assertThat(settings.variantFor(file)).contains(Variant.EN_US);

    // another file, then this one again: the choice comes back with it
    Path other = dir.resolve("note.txt");
    Files.writeString(other, "The meeting starts at noon.", StandardCharsets.UTF_8);
    openAndWait(other);
    waitUntil(() -> desk.status().variantText().startsWith("English (US) — the default: the draft gives no clue"));
    openAndWait(file);
    waitUntil(() -> desk.status().variantText().equals("English (US) — your choice for this file; change…"));

    // "Read from the Draft" forgets the choice
    pick(robot, "Read from the Draft");
    waitUntil(() -> desk.status().variantText().startsWith("English (UK) — from the spelling"));
    waitChecked();
    waitUntil(() -> desk.liveCheck().lastResult().settings().variant() == Variant.EN_GB);
    assertThat(settings.variantFor(file)).isEmpty();
  }
}
