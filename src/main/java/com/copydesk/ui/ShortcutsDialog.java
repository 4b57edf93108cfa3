package com.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Help ▸ Keyboard Shortcuts: every shortcut of the menu bar, grouped by menu, and a few more; and
 * Help ▸ About.
 */
final class ShortcutsDialog {
  /** Keys that work without a menu item. */
  private static final List<String[]> EXTRA = List.of(
      new String[] {"Edit", "Redo (also)", "Ctrl+Shift+Z"},
      new String[] {"Find", "Next / previous match (in the find bar)", "Enter / Shift+Enter"},
      new String[] {"Find", "Close the find bar", "Esc"},
      new String[] {"Review", "Suggestions for an underlined word", "Right-click it"},
      new String[] {"Review", "Go to an issue's text", "Click its card"});

  private ShortcutsDialog() {}

  /** Rows of {menu, action, keys}. */
  static List<String[]> rows(MenuBar bar) {
    List<String[]> rows = new ArrayList<>();
    for (Menu m : bar.getMenus()) {
      collect(m.getText(), "", m.getItems(), rows);
    }
    rows.addAll(EXTRA);
    return rows;
  }

  static void show(Window owner, MenuBar bar) {
    GridPane grid = new GridPane();
    grid.setHgap(24);
    grid.setVgap(6);
    grid.getStyleClass().add("shortcuts-grid");
    int row = 0;
    String group = null;
    for (String[] r : rows(bar)) {
      if (!r[0].equals(group)) {
        group = r[0];
        Label g = new Label(group);
        g.getStyleClass().add("shortcut-group");
        grid.add(g, 0, row++, 2, 1);
      }
      Label action = new Label(r[1]);
      Label keys = new Label(r[2]);
      keys.getStyleClass().add("shortcut-keys");
      grid.add(action, 0, row);
      grid.add(keys, 1, row++);
    }
    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(440);
    scroll.setPrefViewportWidth(460);
    Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
    alert.initOwner(owner);
    alert.setTitle("Keyboard shortcuts");
    alert.setHeaderText("Keyboard shortcuts");
    alert.getDialogPane().setContent(scroll);
    alert.getDialogPane().getStyleClass().add("shortcuts-dialog");
    alert.showAndWait();
  }

  /** Help ▸ About Copydesk. */
  static void showAbout(Window owner, java.nio.file.Path settingsFolder) {
    Alert about = new Alert(Alert.AlertType.INFORMATION,
        "A proofreading desk for copy editors, built on LanguageTool.\n\nYour settings and dictionary: "
            + settingsFolder, ButtonType.CLOSE);
    about.initOwner(owner);
    about.setTitle("About Copydesk");
    about.setHeaderText(com.copydesk.Version.line());
    about.showAndWait();
  }

  private static void collect(String group, String prefix, List<MenuItem> items, List<String[]> rows) {
    for (MenuItem item : items) {
      if (item instanceof Menu sub) {
        collect(group, prefix + sub.getText() + " ▸ ", sub.getItems(), rows);
      } else if (item.getAccelerator() != null) {
        rows.add(new String[] {group, prefix + item.getText(), keys(item)});
      }
    }
  }

  /** The accelerator as people write it ("Ctrl+Enter", not "Ctrl+↵"). */
  private static String keys(MenuItem item) {
    return item.getAccelerator().getDisplayText().replace("↵", "Enter");
  }
}
