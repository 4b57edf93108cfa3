package com.copydesk.ui;

import com.copydesk.engine.style.HouseStyle;
import com.copydesk.engine.style.HouseStyles;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * Style: the house style to check with — the language's default, one of the shipped styles, or a
 * style file of the copy editor's — remembered for the desk and the command line.
 */
final class HouseStyleMenu {
  private HouseStyleMenu() {}

  static Menu create(Desk desk) {
    Menu m = new Menu("Style");
    fill(m, desk);
    desk.onStyleChanged(() -> fill(m, desk));
    desk.variantProperty().addListener((obs, was, now) -> fill(m, desk));
    return m;
  }

  private static void fill(Menu m, Desk desk) {
    m.getItems().clear();
    ToggleGroup group = new ToggleGroup();
    Optional<String> choice = desk.styleChoice();
    HouseStyle inForce = desk.houseStyle();
    String byLanguage = HouseStyles.defaultFor(desk.variantProperty().get().code()).name();
    m.getItems().add(DeskMenus.radio("Default for the Language: " + byLanguage, group, choice.isEmpty(),
        () -> desk.chooseStyle(null)));
    m.getItems().add(new SeparatorMenuItem());
    boolean fileChosen = choice.isPresent();
    for (HouseStyle s : HouseStyles.shipped()) {
      boolean chosen = choice.isPresent() && choice.get().equalsIgnoreCase(s.id());
      fileChosen &= !chosen;
      RadioMenuItem item = DeskMenus.radio(s.name(), group, chosen, () -> desk.chooseStyle(s.id()));
      m.getItems().add(item);
    }
    if (fileChosen) {
      String file = Path.of(choice.get()).getFileName().toString();
      m.getItems().add(DeskMenus.radio(file + " (" + inForce.name() + ")", group, true,
          () -> desk.chooseStyle(choice.get())));
    }
    m.getItems().add(new SeparatorMenuItem());
    MenuItem open = DeskMenus.item("Style File…", null, desk::openStyleFile);
    m.getItems().add(open);
  }
}
