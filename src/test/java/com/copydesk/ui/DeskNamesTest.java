package com.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Issue;
import com.copydesk.ui.names.NamesModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Names in the real window: a busy copy editor walking every card with F8 and Ctrl+Enter changes no
 * name; the names to verify are listed, and can be visited, added to the dictionary or marked checked;
 * the house style is chosen from the Style menu and remembered.
 */
class DeskNamesTest extends DeskFixture {
  /** An invented wire story: names no dictionary knows, two dropped verbs, a misspelling, page furniture. */
  static final String STORY = String.join("\n\n",
      "Harbour deal signed in Vaskelund",
      "Tarvo Heinmaa, the mayor of Vaskelund, will meet the ferry owners in Mirovka.",
      "The meeting between Heinmaa and the Oskeberg shipping board, which widely expected, was confirmed on Tuesday.",
      "Heinmaa said the new terminal at Mirovka would recieve its first ships in the spring.",
      "Oskeberg board members could reluctant to pay for the dredging, officials in Vaskelund said.",
      "Ships from Lindqvarn and Oskeberg already call at the old quay twice a week.",
      "Most Read") + "\n";
  static final List<String> NAMES = List.of("Tarvo", "Heinmaa", "Vaskelund", "Mirovka", "Oskeberg", "Lindqvarn");

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  static int uses(String text, String word) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void walkingEveryCardWithF8AndCtrlEnterChangesNoName(FxRobot robot) throws Exception {
    openDraft(robot, STORY);
    fx(() -> {
      desk.area().moveTo(0);
      return null;
    });
    Set<String> visited = new HashSet<>();
    for (int step = 0; step < 40; step++) {
      robot.type(KeyCode.F8);
      WaitForAsyncUtils.waitForFxEvents();
      Issue selected = fx(() -> desk.review().selected());
      if (selected == null || !visited.add(selected.fingerprint())) {
        break;
      }
      shortcut(robot, KeyCode.ENTER);
      WaitForAsyncUtils.waitForFxEvents();
      waitChecked();
    }
    String after = text();
    for (String name : NAMES) {
      assertThat(uses(after, name)).as("uses of %s", name).isEqualTo(uses(STORY, name));
    }
    assertThat(after).contains("would receive its first ships")
        .contains("which was widely expected")
        .contains("could be reluctant to pay");
  }

  @Test
  void theNamesToVerifyAreListedAndCanBeVisitedCheckedOrAdded(FxRobot robot) throws Exception {
    openDraft(robot, STORY);
    assertThat(issues()).noneMatch(i -> NAMES.stream().anyMatch(n -> i.coveredText().contains(n)));
    waitUntil(() -> desk.names().rows().stream().anyMatch(r -> r.name().name().equals("Heinmaa")));
    Map<String, Integer> counts = fx(() -> {
      Map<String, Integer> m = new java.util.HashMap<>();
      desk.names().rows().forEach(r -> m.put(r.name().name(), r.name().count()));
      return m;
    });
    assertThat(counts).containsEntry("Heinmaa", 3).containsEntry("Vaskelund", 3).containsEntry("Oskeberg", 3)
        .containsKey("Lindqvarn");

    fx(() -> {
      desk.showNames();
      return null;
    });
    WaitForAsyncUtils.waitForFxEvents();
    ListCell<?> heinmaa = nameCell(robot, "Heinmaa");
    robot.clickOn(robot.from(heinmaa).lookup(".name-text").queryAs(Node.class));
    waitUntil(() -> desk.area().getSelectedText().equals("Heinmaa"));
    int first = fx(() -> desk.area().getSelection().getStart());
    robot.clickOn(robot.from(nameCell(robot, "Heinmaa")).lookup(".name-text").queryAs(Node.class));
    waitUntil(() -> desk.area().getSelection().getStart() > first && desk.area().getSelectedText().equals("Heinmaa"));

    int before = fx(() -> desk.names().toVerifyProperty().get());
    robot.clickOn(buttonIn(robot, nameCell(robot, "Mirovka"), "check-name-button"));
    waitUntil(() -> desk.names().toVerifyProperty().get() == before - 1);
    NamesModel.Row last = fx(() -> desk.names().rows().get(desk.names().rows().size() - 1));
    assertThat(last.name().name()).isEqualTo("Mirovka");
    assertThat(last.checked()).isTrue();

    robot.clickOn(buttonIn(robot, nameCell(robot, "Oskeberg"), "add-name-button"));
    waitUntil(() -> desk.names().rows().stream().noneMatch(r -> r.name().name().equals("Oskeberg")));
    assertThat(settings.dictionary()).contains("Oskeberg");
    assertThat(Files.readString(settings.folder().resolve("dictionary.txt"))).contains("Oskeberg");
  }

  @Test
  void theHouseStyleIsChosenFromTheMenuAndRemembered(FxRobot robot) throws Exception {
    openDraft(robot, "Officials realized the harbour plan would cost 5 percent more.\n");
    assertThat(issues()).noneMatch(covering("realized"));
    robot.clickOn("Style");
    robot.clickOn("Newsroom (British, -ise)");
    waitUntil(() -> "newsroom-gb".equals(settings.styleChoice().orElse(null)));
    waitChecked();
    waitUntil(() -> desk.review().issues().stream().anyMatch(covering("realized")));
    assertThat(issue(covering("realized")).replacements()).containsExactly("realised");
    assertThat(Files.readString(settings.folder().resolve("settings.properties"))).contains("style=newsroom-gb");

    Path bad = dir.resolve("bad.style");
    Files.writeString(bad, "[prefer]\ntowards\n", StandardCharsets.UTF_8);
    dialogs.toOpen = bad;
    fireStyleMenuItem("Style File…");
    DialogHelp.answer(robot, ".error-dialog", "OK");
    assertThat(settings.styleChoice()).contains("newsroom-gb");

    Path good = dir.resolve("gazette.style");
    Files.writeString(good, "name: The Gazette\n[prefer]\nper cent\n", StandardCharsets.UTF_8);
    dialogs.toOpen = good;
    fireStyleMenuItem("Style File…");
    waitUntil(() -> settings.styleChoice().orElse("").endsWith("gazette.style"));
    waitChecked();
    waitUntil(() -> desk.review().issues().stream().anyMatch(covering("5 percent")));
    assertThat(issue(covering("5 percent")).replacements()).containsExactly("5 per cent");
  }

  /** Headless menus open once per test reliably; later choices fire the Style menu's item as a click would. */
  private void fireStyleMenuItem(String text) throws Exception {
    fx(() -> {
      desk.menus().getMenus().stream().filter(m -> m.getText().equals("Style")).findFirst().orElseThrow()
          .getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow().fire();
      return null;
    });
  }

  private ListCell<?> nameCell(FxRobot robot, String name) throws Exception {
    int index = fx(() -> {
      List<NamesModel.Row> rows = desk.names().rows();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).name().name().equals(name)) {
          return i;
        }
      }
      return -1;
    });
    assertThat(index).as("row of %s", name).isGreaterThanOrEqualTo(0);
    fx(() -> {
      desk.namesPanel().list().scrollTo(index);
      return null;
    });
    WaitForAsyncUtils.waitForFxEvents();
    return fx(() -> robot.lookup(".names-list .list-cell").queryAll().stream()
        .<ListCell<?>>map(n -> (ListCell<?>) n)
        .filter(c -> !c.isEmpty() && c.getIndex() == index && c.isVisible())
        .findFirst().orElseThrow(() -> new AssertionError("no cell for " + name)));
  }
}
