package com.copydesk.ui;

import static com.copydesk.ui.DialogHelp.answer;
import static com.copydesk.ui.DialogHelp.waitForDialog;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Issue;
import com.copydesk.testing.ManualClock;
import com.copydesk.ui.recovery.DraftRecovery;
import com.copydesk.ui.recovery.RecoveryCopy;
import com.copydesk.ui.recovery.RecoveryStore;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Autosave and the start-up recovery prompt in the real window (headless). Autosave's interval runs
 * on a {@link ManualClock}: a test says when the interval is up, and "nothing was written" is
 * asserted after the writer has finished what it was asked to do, not after a pause.
 */
class DeskRecoveryTest extends DeskFixture {
  static final String DEAD = Long.MAX_VALUE + "@1";
  DraftRecovery recovery;
  RecoveryStore store;
  Duration interval;
  final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T09:00:00Z"));

  @Start
  void start(Stage stage) {
    startDesk(stage);
    store = new RecoveryStore(dir.resolve("recovery"));
  }

  void attach(Duration interval) throws Exception {
    this.interval = interval;
    fx(() -> recovery = new DraftRecovery(new DeskForRecovery(desk), store, interval, clock));
  }

  /** The interval is up and autosave has had its turn: whatever it was going to write is written. */
  void intervalPasses() throws Exception {
    clock.advance(interval.plusSeconds(1));
    fx(() -> {
      recovery.autosaver().tick();
      return null;
    });
    assertThat(recovery.autosaver().flush(Duration.ofSeconds(30))).isTrue();
  }

  @AfterEach
  void closeRecovery() throws Exception {
    if (recovery != null) {
      fx(() -> {
        recovery.close();
        return null;
      });
    }
  }

  Optional<RecoveryCopy> copy() {
    List<RecoveryCopy> all = store.list();
    assertThat(all.size()).isLessThanOrEqualTo(1);
    return all.stream().findFirst();
  }

  @Test
  void unsavedChangesAreAutosavedWithCaretAndIgnoredSpotsAndSaveOrDiscardRemovesTheCopy(FxRobot robot)
      throws Exception {
    attach(Duration.ofMillis(300));
    Path file = openDraft(robot, DRAFT);
    Issue ignored = issue(covering("comittee"));
    fx(() -> {
      desk.reviewActions().ignore(ignored);
      return null;
    });
    intervalPasses();
    assertThat(copy()).as("ignoring changes no text: nothing to recover").isEmpty();

    typeAtEnd(robot, " Fine.");
    waitUntil(() -> recovery.autosaver().isPending());
    clock.advance(interval.plusSeconds(1));
    waitUntil(() -> copy().filter(c -> c.text().endsWith(" Fine.")).isPresent());
    RecoveryCopy c = copy().orElseThrow();
    assertThat(c.text()).isEqualTo(DRAFT + " Fine.");
    assertThat(c.source()).isEqualTo(file.toAbsolutePath().normalize());
    assertThat(c.name()).isEqualTo("draft.txt");
    assertThat(c.format()).isEqualTo("Plain text");
    assertThat(c.charset()).isEqualTo("UTF-8");
    assertThat(c.caret()).isEqualTo(c.text().length());
    assertThat(c.ignoredSpots()).containsExactly(ignored.fingerprint());
    assertThat(c.ownerIsAlive()).isTrue();
    assertThat(store.leftBehind()).as("a running desk's copy is not offered").isEmpty();
    assertThat(store.folder()).isEqualTo(dir.resolve("recovery"));
    assertThat(Files.list(dir)).as("nothing written next to the original")
        .extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("draft.txt", "config", "recovery");

    shortcut(robot, KeyCode.S);
    waitUntil(() -> !desk.session().isModified());
    waitUntil(() -> copy().isEmpty());

    typeAtEnd(robot, " Again.");
    waitUntil(() -> recovery.autosaver().isPending());
    clock.advance(interval.plusSeconds(1));
    waitUntil(() -> copy().isPresent());
    Path other = dir.resolve("other.txt");
    Files.writeString(other, "Another draft.");
    Platform.runLater(() -> desk.files().openAsking(other));
    answer(robot, ".save-changes-dialog", "Discard");
    waitUntil(() -> desk.area().getText().equals("Another draft."));
    intervalPasses();
    assertThat(copy()).as("discarded").isEmpty();
  }

  @Test
  void losingFocusWritesTheCopyAtOnce(FxRobot robot) throws Exception {
    attach(Duration.ofHours(1));
    openDraft(robot, DRAFT);
    typeAtEnd(robot, " Fine.");
    waitUntil(() -> recovery.autosaver().isPending());
    clock.advance(Duration.ofMinutes(59));
    fx(() -> {
      recovery.autosaver().tick();
      return null;
    });
    assertThat(recovery.autosaver().flush(Duration.ofSeconds(30))).isTrue();
    assertThat(copy()).as("the hour is not up").isEmpty();
    focus(false);
    waitUntil(() -> copy().isPresent());
    assertThat(copy().orElseThrow().text()).endsWith(" Fine.");
    focus(true);
  }

  @Test
  void theStartUpPromptShowsDiscardsAndRestoresLeftBehindDrafts(FxRobot robot) throws Exception {
    attach(Duration.ofMillis(300));
    openDraft(robot, DRAFT);
    Path article = dir.resolve("article.txt");
    String original = "The harbour reopens on Monday.\r\nFerries run hourly.\r\n";
    Files.writeString(article, original);
    String edited = "The harbour reopens on Tuesday.\nFerries run every hour.\n";
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    store.write(new RecoveryCopy("a-1", t.plusSeconds(60), article, "article.txt", "Plain text", "UTF-8", null,
        "\r\n", 12, Set.of(), DEAD, edited));
    store.write(new RecoveryCopy("b-2", t, dir.resolve("gone.txt"), "gone.txt", "Plain text", "UTF-8", null, "\n",
        0, Set.of(), DEAD, "A draft whose file was deleted."));
    Files.writeString(store.folder().resolve("damaged.recovery"), "copydesk-recovery 1\nid=damaged\n");
    Files.writeString(store.folder().resolve("future.recovery"), "copydesk-recovery 2\n\nwho knows");

    Platform.runLater(recovery::offerLeftBehind);
    DialogPane prompt = waitForDialog(robot, ".recovery-prompt");
    assertThat(prompt.getHeaderText()).isEqualTo("Copydesk closed without saving 2 drafts. Restore one?");
    List<Node> rows = List.copyOf(prompt.lookupAll(".recovery-row"));
    assertThat(rows).hasSize(2);
    assertThat(label(rows.get(0), ".recovery-name")).isEqualTo("article.txt");
    assertThat(label(rows.get(0), ".recovery-origin")).contains(article.toString()).contains("untouched");
    assertThat(label(rows.get(0), ".recovery-saved")).startsWith("Saved 1 Mar 2026").endsWith("9 words");
    assertThat(label(rows.get(1), ".recovery-origin")).contains("no longer exists");

    robot.clickOn(robot.from(rows.get(1)).lookup(".recovery-show").queryButton());
    DialogPane preview = waitForDialog(robot, ".recovery-preview");
    assertThat(((TextArea) preview.lookup(".recovery-preview-text")).getText())
        .isEqualTo("A draft whose file was deleted.");
    assertThat(((TextArea) preview.lookup(".recovery-preview-text")).isEditable()).isFalse();
    answer(robot, ".recovery-preview", "Close");

    robot.clickOn(robot.from(rows.get(1)).lookup(".recovery-discard").queryButton());
    waitUntil(() -> prompt.lookupAll(".recovery-row").size() == 1);
    assertThat(store.read("b-2")).as("discarded").isEmpty();

    robot.clickOn(robot.from(rows.get(0)).lookup(".recovery-restore").queryButton());
    waitUntil(() -> !DialogHelp.showing(robot, ".recovery-prompt"));
    waitUntil(() -> desk.area().getText().equals(edited));
    assertThat(fx(() -> desk.stage().getTitle())).isEqualTo("*article.txt — Copydesk");
    assertThat(fx(() -> desk.session().path())).isEqualTo(article);
    assertThat(fx(() -> desk.area().getCaretPosition())).isEqualTo(12);
    assertThat(Files.readString(article)).as("the original is untouched").isEqualTo(original);
    waitUntil(() -> store.read("a-1").map(RecoveryCopy::ownerIsAlive).orElse(false));
    assertThat(fx(() -> desk.status().message())).contains("Restored your unsaved changes to article.txt");

    fx(() -> {
      desk.undo();
      return null;
    });
    waitUntil(() -> desk.area().getText().equals(original.replace("\r\n", "\n")));
    waitUntil(() -> !desk.session().isModified());
    waitUntil(() -> store.read("a-1").isEmpty());
    assertThat(store.list()).as("undone back to the file: nothing left to recover").isEmpty();
  }

  @Test
  void aDraftWhoseFileIsGoneComesBackUntitledInItsEncodingAndSaveAsksWhere(FxRobot robot) throws Exception {
    attach(Duration.ofMillis(300));
    openDraft(robot, DRAFT);
    Issue spot = issue(covering("comittee"));
    RecoveryCopy gone = new RecoveryCopy("c-3", Instant.now(), dir.resolve("gone.txt"), "gone.txt", "Plain text",
        "windows-1252", null, "\r\n", 3, Set.of(spot.fingerprint()), DEAD, "Café déjà vu.\n" + DRAFT);
    store.write(gone);
    fx(() -> {
      recovery.restore(gone);
      return null;
    });
    assertThat(fx(() -> desk.stage().getTitle())).isEqualTo("*gone.txt (recovered) — Copydesk");
    assertThat(fx(() -> desk.session().isUntitled())).isTrue();
    assertThat(text()).isEqualTo(gone.text());
    waitChecked();
    assertThat(issues()).as("the ignored spot stays ignored").noneMatch(i -> i.fingerprint().equals(spot.fingerprint()));

    Path target = dir.resolve("saved.txt");
    dialogs.toSave = target;
    shortcut(robot, KeyCode.S);
    waitUntil(() -> Files.exists(target));
    assertThat(Files.readAllBytes(target)).isEqualTo(gone.text().replace("\n", "\r\n").getBytes(Charset.forName("windows-1252")));
    waitUntil(() -> !desk.session().isModified());
    waitUntil(() -> store.list().isEmpty());
    assertThat(Files.exists(dir.resolve("gone.txt"))).isFalse();
    assertThat(StandardCharsets.UTF_8).isNotNull();
  }

  /**
   * What the window system tells a window when it loses or regains focus. (Monocle's headless
   * windows all keep focus, so the test tells the stage itself, as glass would.)
   */
  void focus(boolean focused) throws Exception {
    fx(() -> {
      com.sun.javafx.stage.WindowHelper.setFocused(desk.stage(), focused);
      return null;
    });
  }

  private static String label(Node row, String styleClass) {
    return ((Label) row.lookup(styleClass)).getText();
  }
}
