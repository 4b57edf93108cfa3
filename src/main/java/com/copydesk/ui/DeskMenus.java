package com.copydesk.ui;

import com.copydesk.core.Category;
import com.copydesk.core.Variant;
import com.copydesk.ui.files.ExportOptions;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: every action of the desk, with its shortcut. The keyboard shortcuts dialog is made
 * from it, so the two never disagree.
 */
final class DeskMenus {
  private static final KeyCombination.Modifier CTRL = KeyCombination.SHORTCUT_DOWN;
  private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;

  private DeskMenus() {}

  static MenuBar create(Desk desk) {
    MenuBar bar = new MenuBar(file(desk), edit(desk), review(desk), view(desk), language(desk),
        HouseStyleMenu.create(desk), help(desk));
    bar.getStyleClass().add("desk-menu-bar");
    return bar;
  }

  private static Menu file(Desk desk) {
    FileActions files = desk.files();
    Menu recent = new Menu("Open Recent");
    recent.setOnShowing(e -> files.fillRecent(recent));
    files.fillRecent(recent);
    return menu("File",
        item("Open…", key(KeyCode.O, CTRL), files::open),
        recent,
        item("Open the Sample Article", null, desk::openSampleAsking),
        new SeparatorMenuItem(),
        item("Save", key(KeyCode.S, CTRL), files::save),
        item("Save As…", key(KeyCode.S, CTRL, SHIFT), files::saveAs),
        export(desk),
        item("Export Change Report…", null, desk.changeReport()::export),
        new SeparatorMenuItem(),
        item("Quit", key(KeyCode.Q, CTRL), desk::quit));
  }

  /** Export…: only for documents with another format or tracked changes to offer (Word). */
  private static MenuItem export(Desk desk) {
    MenuItem item = item("Export…", key(KeyCode.E, CTRL), desk.files().exports()::export);
    item.disableProperty().bind(Bindings.createBooleanBinding(
        () -> !ExportOptions.hasChoices(desk.session().document()),
        desk.session().documentProperty()));
    return item;
  }

  private static Menu edit(Desk desk) {
    return menu("Edit",
        item("Undo", key(KeyCode.Z, CTRL), desk::undo),
        item("Redo", key(KeyCode.Y, CTRL), desk::redo),
        new SeparatorMenuItem(),
        item("Find…", key(KeyCode.F, CTRL), () -> desk.findBar().open()),
        item("Find Next", key(KeyCode.F3), () -> desk.findBar().next()),
        item("Find Previous", key(KeyCode.F3, SHIFT), () -> desk.findBar().previous()),
        new SeparatorMenuItem(),
        item("Preferences…", key(KeyCode.COMMA, CTRL), desk::showPreferences));
  }

  private static Menu review(Desk desk) {
    ReviewActions r = desk.reviewActions();
    Menu ignoreRule = menu("Ignore Rule",
        item("For This Session", key(KeyCode.I, CTRL, SHIFT), () -> r.ignoreCurrentRule(false)),
        item("Always (Turn the Rule Off)", null, () -> r.ignoreCurrentRule(true)));
    return menu("Review",
        item("Next Issue", key(KeyCode.F8), r::nextIssue),
        item("Previous Issue", key(KeyCode.F8, SHIFT), r::previousIssue),
        new SeparatorMenuItem(),
        item("Apply First Suggestion", key(KeyCode.ENTER, CTRL), r::applyFirstSuggestion),
        item("Fix All Like This", key(KeyCode.ENTER, CTRL, SHIFT), r::fixAllLikeCurrent),
        item("Ignore", key(KeyCode.I, CTRL), r::ignoreCurrent),
        ignoreRule,
        item("Add to Dictionary", key(KeyCode.D, CTRL, SHIFT), r::addCurrentToDictionary),
        new SeparatorMenuItem(),
        cleanUp(desk),
        new SeparatorMenuItem(),
        item("Names to Verify", key(KeyCode.N, CTRL, SHIFT), desk::showNames),
        item("Issues", key(KeyCode.I, CTRL, KeyCombination.ALT_DOWN), desk::showIssues),
        new SeparatorMenuItem(),
        item("Check Again", key(KeyCode.F5), desk::checkNow));
  }

  /** Review ▸ Clean Up Pasted Page: on while the draft has lines of page furniture. */
  private static MenuItem cleanUp(Desk desk) {
    MenuItem item = item("Clean Up Pasted Page", key(KeyCode.K, CTRL, SHIFT), desk.reviewActions()::cleanUpPage);
    item.disableProperty().bind(Bindings.createBooleanBinding(
        () -> desk.review().countsProperty().get().getOrDefault(Category.CLUTTER, 0) == 0,
        desk.review().countsProperty()));
    return item;
  }

  private static Menu view(Desk desk) {
    Menu show = new Menu("Show Issues");
    ToggleGroup group = new ToggleGroup();
    ObjectProperty<Category> filter = desk.review().filterProperty();
    show.getItems().add(radio("All Categories", group, filter.get() == null, () -> filter.set(null)));
    for (Category c : Category.values()) {
      show.getItems().add(radio(c.label(), group, filter.get() == c, () -> filter.set(c)));
    }
    filter.addListener((obs, was, now) -> {
      int index = now == null ? 0 : now.ordinal() + 1;
      group.selectToggle(group.getToggles().get(index));
    });
    CheckMenuItem dark = new CheckMenuItem("Dark Theme");
    dark.setSelected(desk.theme() == Theme.DARK);
    dark.setAccelerator(key(KeyCode.T, CTRL, SHIFT));
    dark.setOnAction(e -> desk.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
    return menu("View", show, new SeparatorMenuItem(), dark);
  }

  private static Menu language(Desk desk) {
    Menu m = new Menu("Language");
    ToggleGroup group = new ToggleGroup();
    ObjectProperty<Variant> variant = desk.variantProperty();
    for (Variant v : Variant.values()) {
      RadioMenuItem item = radio(v.label() + "  (" + v.code() + ")", group, variant.get() == v, () -> desk.chooseVariant(v));
      item.setUserData(v);
      m.getItems().add(item);
    }
    m.getItems().addAll(new SeparatorMenuItem(),
        item("Read from the Draft", null, desk::readVariantFromDraft),
        item("Use This Variant When a Draft Gives No Clue", null, desk::makeVariantTheDefault));
    variant.addListener((obs, was, now) -> group.getToggles().stream()
        .filter(t -> t.getUserData() == now).findFirst().ifPresent(group::selectToggle));
    return m;
  }

  private static Menu help(Desk desk) {
    return menu("Help",
        item("Keyboard Shortcuts", key(KeyCode.F1), desk::showShortcuts),
        item("About Copydesk", null, desk::showAbout));
  }

  static Menu menu(String name, MenuItem... items) {
    Menu m = new Menu(name);
    m.getItems().addAll(items);
    return m;
  }

  static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setMnemonicParsing(false);
    if (accelerator != null) {
      item.setAccelerator(accelerator);
    }
    item.setOnAction(e -> action.run());
    return item;
  }

  static RadioMenuItem radio(String text, ToggleGroup group, boolean selected, Runnable action) {
    RadioMenuItem item = new RadioMenuItem(text);
    item.setMnemonicParsing(false);
    item.setToggleGroup(group);
    item.setSelected(selected);
    item.setOnAction(e -> action.run());
    return item;
  }

  static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
    return new KeyCodeCombination(code, modifiers);
  }
}
