package com.copydesk.ui;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import com.copydesk.formats.ExportFormat;
import com.copydesk.settings.UserSettings;
import com.copydesk.ui.files.Alerts;
import com.copydesk.ui.files.DeskLimits;
import com.copydesk.ui.files.DiskAlerts;
import com.copydesk.ui.files.DiskWatch;
import com.copydesk.ui.files.DocumentSession;
import com.copydesk.ui.files.ExportAction;
import com.copydesk.ui.files.ExportOptions;
import com.copydesk.ui.files.FileDialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;

/**
 * Opening and saving: File ▸ Open, recent files, drag and drop, Save and Save As, and the
 * Save / Discard / Cancel question before unsaved changes would be lost. A file that cannot be
 * opened (or is too large for the editor, {@link DeskLimits}) gets a dialog saying why, and the
 * draft on the desk stays as it was. A file changed on disk by another program is noticed
 * ({@link DiskWatch}) before saving over it and when the window regains focus.
 */
final class FileActions {
  private final DocumentSession session;
  private final UserSettings settings;
  private final FileDialogs dialogs;
  private final Supplier<Window> window;
  private final Supplier<String> editorText;
  private final BiConsumer<Document, String> show;
  private final Consumer<String> say;
  private final ExportAction exports;
  private final DiskWatch disk = new DiskWatch();
  private boolean askingAboutDisk;

  /** What opening and saving need of the desk: its window, its text, a way to show a document, a status line. */
  interface DeskView {
    /** The owner of the file dialogs and questions. */
    Window window();

    /** The text in the editor now: what Save writes. */
    String editorText();

    /** Puts an opened document on the desk under this name. */
    void show(Document document, String displayName);

    /** A line in the status bar. */
    void say(String message);
  }

  FileActions(DocumentSession session, UserSettings settings, FileDialogs dialogs, DeskView desk) {
    this.session = session;
    this.settings = settings;
    this.dialogs = dialogs;
    this.window = desk::window;
    this.editorText = desk::editorText;
    this.show = desk::show;
    this.say = desk::say;
    this.exports = new ExportAction(session, dialogs, window, editorText, say);
    session.documentProperty().addListener((obs, was, now) -> disk.track(session.path()));
  }

  /** File ▸ Export…: a copy in another format, or with tracked changes. */
  ExportAction exports() {
    return exports;
  }

  /** File ▸ Open. */
  void open() {
    if (!confirmDiscard()) {
      return;
    }
    dialogs.chooseFileToOpen(window.get(), folder()).ifPresent(this::openFile);
  }

  /** Opens a file, asking first about unsaved changes. */
  void openAsking(Path path) {
    if (confirmDiscard()) {
      openFile(path);
    }
  }

  /** Opens a file without asking; on failure the draft on the desk is untouched. */
  boolean openFile(Path path) {
    Document doc;
    try {
      doc = Documents.open(path);
    } catch (DocumentException e) {
      Alerts.showError(window.get(), "Copydesk cannot open this file.", e.getMessage());
      return false;
    } catch (OutOfMemoryError e) {
      Alerts.showError(window.get(), "Copydesk cannot open this file.",
          "It is too large for the memory Copydesk has.");
      return false;
    }
    Optional<String> tooLarge = DeskLimits.refusal(doc);
    if (tooLarge.isPresent()) {
      Alerts.showError(window.get(), "The desk cannot show this file.", tooLarge.get());
      return false;
    }
    show.accept(doc, null);
    settings.addRecentFile(path);
    saveSettings();
    return true;
  }

  /** Save: over the file, or Save As for a draft without one. True when saved. */
  boolean save() {
    if (session.isUntitled()) {
      return saveAs();
    }
    if (disk.changedOnDisk()) {
      switch (DiskAlerts.askBeforeOverwrite(window.get(), session.displayName())) {
        case OVERWRITE:
          break;
        case RELOAD:
          reload();
          return false;
        default:
          disk.dismiss(); // answered: don't ask again about this change when the window regains focus
          return false;
      }
    }
    try {
      session.save(editorText.get());
      disk.track(session.path());
      say.accept("Saved " + session.displayName() + ".");
      return true;
    } catch (DocumentException e) {
      Alerts.showError(window.get(), "The draft was not saved.", e.getMessage());
      return false;
    }
  }

  /**
   * Save As: asks where. True when saved. A Word document given a .txt or .md name is exported
   * instead (a copy; the desk stays on the document); a name of a format that cannot hold the
   * draft is refused.
   */
  boolean saveAs() {
    Optional<Path> target = dialogs.chooseSaveTarget(window.get(), folder(), session.suggestedFileName());
    if (target.isEmpty()) {
      return false;
    }
    try {
      Optional<ExportFormat> export = ExportOptions.saveAsExport(session.document(), target.get());
      if (export.isPresent()) {
        exports.exportAs(export.get(), target.get());
        return false;
      }
    } catch (DocumentException e) {
      Alerts.showError(window.get(), "The draft was not saved.", e.getMessage());
      return false;
    }
    try {
      session.saveAs(editorText.get(), target.get());
      settings.addRecentFile(target.get());
      saveSettings();
      say.accept("Saved as " + target.get().getFileName() + ".");
      return true;
    } catch (DocumentException e) {
      Alerts.showError(window.get(), "The draft was not saved.", e.getMessage());
      return false;
    }
  }

  /** The window has focus again: if another program changed the file meanwhile, offer to reload it. */
  void windowFocused() {
    if (askingAboutDisk || session.isUntitled() || !disk.shouldOfferReload()) {
      return;
    }
    askingAboutDisk = true;
    try {
      if (DiskAlerts.askReload(window.get(), session.displayName(), session.isModified())) {
        reload();
      } else {
        disk.dismiss();
      }
    } finally {
      askingAboutDisk = false;
    }
  }

  /** Shows the file as it is on disk now, dropping unsaved changes (the copy editor chose Reload). */
  void reload() {
    Path path = session.path();
    if (path != null && openFile(path)) {
      say.accept("Reloaded " + session.displayName() + " from disk.");
    }
  }

  DiskWatch disk() {
    return disk;
  }

  /** True when there is nothing unsaved, or the copy editor saved or chose to discard it. */
  boolean confirmDiscard() {
    if (!session.isModified()) {
      return true;
    }
    switch (Alerts.askSaveChanges(window.get(), session.displayName())) {
      case SAVE:
        return save();
      case DISCARD:
        return true;
      default:
        return false;
    }
  }

  /** Fills File ▸ Open Recent each time it opens. */
  void fillRecent(Menu menu) {
    menu.getItems().clear();
    List<Path> recent = settings.recentFiles();
    for (Path p : recent) {
      MenuItem item = new MenuItem(p.getFileName() + "  —  " + shorten(p.getParent()));
      item.setMnemonicParsing(false);
      item.setOnAction(e -> openAsking(p));
      menu.getItems().add(item);
    }
    if (recent.isEmpty()) {
      MenuItem none = new MenuItem("No recent files");
      none.setDisable(true);
      menu.getItems().add(none);
    }
  }

  /** Dropping a file on the window opens it. */
  void acceptDrops(Scene scene) {
    scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
      if (e.getDragboard().hasFiles()) {
        e.acceptTransferModes(TransferMode.COPY);
        e.consume();
      }
    });
    scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
      List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
      if (files.isEmpty()) {
        return;
      }
      e.setDropCompleted(true);
      e.consume();
      Path first = files.get(0).toPath();
      // ask and open after the drop is over, not inside the drag-and-drop callback
      Platform.runLater(() -> openAsking(first));
    });
  }

  private Path folder() {
    Path p = session.path();
    if (p != null && p.toAbsolutePath().getParent() != null) {
      return p.toAbsolutePath().getParent();
    }
    List<Path> recent = settings.recentFiles();
    return recent.isEmpty() ? Path.of(System.getProperty("user.home")) : recent.get(0).getParent();
  }

  private void saveSettings() {
    SettingsSaving.save(settings, say, null);
  }

  private static String shorten(Path folder) {
    if (folder == null) {
      return "";
    }
    String home = System.getProperty("user.home");
    String s = folder.toString();
    return home != null && s.startsWith(home) ? "~" + s.substring(home.length()) : s;
  }
}
