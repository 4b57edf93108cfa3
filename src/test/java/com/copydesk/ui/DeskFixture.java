package com.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Issue;
import com.copydesk.engine.CheckResult;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.Proofreader;
import com.copydesk.settings.UserSettings;
import com.copydesk.ui.files.FileDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desk window, headless (Monocle), on a draft of our own. One LanguageTool engine serves
 * every test in the JVM; its paragraph cache makes repeated checks of the same draft instant.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DeskFixture {
  /** Three paragraphs; the same misspelling three times and a space before a comma. */
  static final String DRAFT = "Our comittee met on Monday to discuss the budget.\n\n"
      + "The comittee said it would publish a report. Later the comittee voted again.\n\n"
      + "Everyone agreed that the plan was good , and the meeting ended early.";
  static final String SPELLING_RULE = "MORFOLOGIK_RULE_EN_US";

  private static Proofreader engine;

  @TempDir
  Path dir;
  Desk desk;
  UserSettings settings;
  final StubDialogs dialogs = new StubDialogs();

  static synchronized Proofreader engine() {
    if (engine == null) {
      engine = new Proofreader();
      engine.warmUp(CheckSettings.defaults());
    }
    return engine;
  }

  /** Each test class calls this from its own {@code @Start} method (TestFX looks only there). */
  void startDesk(Stage stage) {
    Platform.setImplicitExit(false);
    settings = UserSettings.load(dir.resolve("config"));
    desk = new Desk(stage, engine(), settings, dialogs);
    desk.showWindow();
  }

  @AfterEach
  void closeDesk() throws Exception {
    if (desk != null) {
      fx(() -> {
        desk.dispose();
        for (Window w : List.copyOf(Window.getWindows())) {
          if (w != desk.stage() && w instanceof Stage s) {
            s.close();
          }
        }
        return null;
      });
    }
  }

  /** Writes the draft (LF) to a file, opens it and waits for its first check. */
  Path openDraft(FxRobot robot, String text) throws Exception {
    Path file = dir.resolve("draft.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    openAndWait(file);
    return file;
  }

  void openAndWait(Path file) throws Exception {
    assertThat(fx(() -> desk.openFile(file))).isTrue();
    waitChecked();
    fx(() -> {
      desk.area().requestFocus();
      return null;
    });
  }

  /** Waits until a check of exactly the text now in the editor is shown. */
  void waitChecked() throws Exception {
    waitUntil(300, () -> {
      CheckResult r = desk.liveCheck().lastResult();
      return r != null && !desk.liveCheck().checkingProperty().get()
          && r.draft().text().equals(desk.area().getText());
    });
  }

  /** Types at the end of the draft with the keyboard, and waits until the desk has the text as edited. */
  void typeAtEnd(FxRobot robot, String s) throws Exception {
    fx(() -> {
      desk.area().requestFocus();
      desk.area().moveTo(desk.area().getLength());
      return null;
    });
    robot.write(s);
    waitUntil(() -> desk.area().getText().endsWith(s) && desk.session().isModified());
  }

  static void waitUntil(Callable<Boolean> condition) throws Exception {
    waitUntil(30, condition);
  }

  static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!fx(condition)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + seconds + " s");
      }
      Thread.sleep(100);
    }
  }

  /**
   * Waits until what was handed to the FX thread so far has run, or is waiting in a dialog it
   * opened (the FX thread takes its work first in, first out; a dialog's loop takes it too): after
   * this, "no dialog showing" means none was asked for.
   */
  static void fxQueueRuns() throws Exception {
    fx(() -> null);
  }

  /** Runs on the FX thread and returns what it gives. */
  static <T> T fx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
  }

  List<Issue> issues() throws Exception {
    return fx(() -> List.copyOf(desk.review().issues()));
  }

  Issue issue(Predicate<Issue> which) throws Exception {
    List<Issue> all = issues();
    return all.stream().filter(which).findFirst()
        .orElseThrow(() -> new AssertionError("no such issue in " + describe(all)));
  }

  static Predicate<Issue> covering(String text) {
    return i -> i.coveredText().equals(text);
  }

  String text() throws Exception {
    return fx(() -> desk.area().getText());
  }

  /** The card of an issue, found by its row in the list (never by lookup order). */
  /**
   * The visible cell showing the card of {@code issue}, once its card is built (cards are built a
   * few per frame) and the list has stopped moving, so a click lands where the user would see it.
   */
  ListCell<?> card(FxRobot robot, Issue issue) throws Exception {
    int index = fx(() -> desk.review().visible().indexOf(issue));
    assertThat(index).as("card of %s", issue.coveredText()).isGreaterThanOrEqualTo(0);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    ListCell<?> previous = null;
    while (System.nanoTime() < end) {
      fx(() -> {
        desk.panel().list().scrollTo(index);
        return null;
      });
      WaitForAsyncUtils.waitForFxEvents();
      ListCell<?> cell = fx(() -> robot.lookup(".issue-cell").queryAll().stream()
          .<ListCell<?>>map(n -> (ListCell<?>) n)
          .filter(c -> !c.isEmpty() && c.getIndex() == index && c.isVisible()
              && c.getGraphic() != null && !c.getGraphic().getStyleClass().contains("issue-card-pending"))
          .findFirst().orElse(null));
      if (cell != null && cell == previous) {
        return cell;
      }
      previous = cell;
      Thread.sleep(50);
    }
    throw new AssertionError("no visible card at " + index);
  }

  Button buttonIn(FxRobot robot, Node card, String styleClass) {
    return robot.from(card).lookup("." + styleClass).queryButton();
  }

  static void shortcut(FxRobot robot, KeyCode... keys) {
    robot.press(KeyCode.CONTROL).type(keys).release(KeyCode.CONTROL);
  }

  static String describe(List<Issue> issues) {
    StringBuilder sb = new StringBuilder();
    for (Issue i : issues) {
      sb.append(i.ruleId()).append('@').append(i.start()).append(" '").append(i.coveredText()).append("' ");
    }
    return sb.toString();
  }

  /** File choosers that answer what the test set. */
  static final class StubDialogs implements FileDialogs {
    Path toOpen;
    Path toSave;

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, Path folder) {
      return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseSaveTarget(Window owner, Path folder, String suggestedName) {
      return Optional.ofNullable(toSave);
    }
  }
}
