package com.copydesk.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import com.copydesk.ui.recovery.RecoveryStore;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A test-scope main class: starts the real desk ({@link DeskApp}, through
 * {@link Application#launch}, exactly as {@code copydesk FILE} does) and drives it from a script
 * named by {@code -Dcopydesk.test.script=FILE}, one command per line, finding the window and its
 * controls the way a copy editor would see them. It prints what it sees to stdout, one
 * {@code SCRIPT …} line each, for {@code DeskCrashRecoveryTest} to read. The desk itself has no
 * test hooks.
 *
 * <pre>
 * type TEXT       type TEXT at the end of the draft (key events into the editor)
 * hold            do nothing until killed
 * error           wait for an error dialog; print its header and message (ERROR); click OK
 * prompt          wait for the recovery prompt; print its header and one OFFER line per draft
 * show N          open draft N's read-only view; print its text (PREVIEW); close it
 * restore N       click Restore on draft N
 * discard N       click Discard on draft N
 * text            print the editor's text (TEXT) and the window title (TITLE)
 * file PATH       print the file's bytes as UTF-8 (FILE)
 * save            File ▸ Save
 * recent N        File ▸ Open Recent, the Nth file
 * answer TEXT     click the button labelled TEXT in whichever dialog shows one
 * sleep MS        wait
 * copies          print how many recovery copies the data folder holds (COPIES)
 * cards           wait until the first check has put issue cards on the review panel (CARDS)
 * quit            ask the window to close (a clean exit, unless a dialog needs an answer)
 * </pre>
 */
public final class ScriptedDesk {
  public static final String SCRIPT_PROPERTY = "copydesk.test.script";
  private static final int WAIT_SECONDS = 120;

  private ScriptedDesk() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "copydesk-logback.xml");
    }
    List<String> script = Files.readAllLines(Path.of(System.getProperty(SCRIPT_PROPERTY)), StandardCharsets.UTF_8);
    Thread launcher = new Thread(() -> Application.launch(DeskApp.class, args), "desk-launcher");
    launcher.start();
    int status = 0;
    try {
      for (String line : script) {
        if (!line.isBlank()) {
          say("RUN " + line);
          run(line);
        }
      }
      say("DONE");
    } catch (Throwable t) {
      say("FAILED " + t);
      t.printStackTrace();
      status = 3;
    }
    if (status == 0) {
      launcher.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
      say("EXITED " + !launcher.isAlive());
    }
    System.out.flush();
    System.exit(launcher.isAlive() ? 4 : status);
  }

  private static void run(String line) throws Exception {
    int space = line.indexOf(' ');
    String command = space < 0 ? line : line.substring(0, space);
    String arg = space < 0 ? "" : line.substring(space + 1);
    switch (command) {
      case "type" -> type(arg);
      case "hold" -> Thread.sleep(Long.MAX_VALUE);
      case "prompt" -> prompt();
      case "error" -> {
        DialogPane pane = waitForDialog(".error-dialog");
        say("ERROR " + fx(pane::getHeaderText) + " | " + fx(pane::getContentText));
        fx(() -> {
          Button ok = (Button) pane.lookupButton(javafx.scene.control.ButtonType.OK);
          Platform.runLater(ok::fire);
          return null;
        });
        waitFor(() -> DialogHelp.findDialog(".error-dialog").isEmpty(), "the error dialog to close");
      }
      case "show" -> show(Integer.parseInt(arg));
      case "restore" -> click(Integer.parseInt(arg), ".recovery-restore");
      case "discard" -> click(Integer.parseInt(arg), ".recovery-discard");
      case "text" -> {
        say("TEXT " + escape(fx(() -> editor().getText())));
        say("TITLE " + fx(() -> deskStage().getTitle()));
      }
      case "file" -> say("FILE " + escape(Files.readString(Path.of(arg), StandardCharsets.UTF_8)));
      case "save" -> later(() -> menuItem("Save").fire());
      case "recent" -> later(() -> {
        Menu recent = (Menu) menuItem("Open Recent");
        recent.getOnShowing().handle(null);
        recent.getItems().get(Integer.parseInt(arg)).fire();
      });
      case "answer" -> answer(arg);
      case "sleep" -> Thread.sleep(Long.parseLong(arg));
      case "copies" -> say("COPIES " + RecoveryStore.standard().list().size());
      case "cards" -> {
        waitFor(() -> findEditor().isPresent()
            && !deskStage().getScene().getRoot().lookupAll(".issue-card").isEmpty(), "issue cards");
        say("CARDS " + fx(() -> deskStage().getScene().getRoot().lookupAll(".issue-card").size()));
      }
      case "quit" -> later(() -> {
        Stage s = deskStage();
        s.fireEvent(new WindowEvent(s, WindowEvent.WINDOW_CLOSE_REQUEST));
      });
      default -> throw new IllegalArgumentException("unknown command: " + line);
    }
  }

  /** Types into the editor as the keyboard would: one KEY_TYPED event per character. */
  private static void type(String text) throws Exception {
    waitFor(() -> findEditor().isPresent(), "the desk window");
    fx(() -> {
      StyleClassedTextArea area = editor();
      area.requestFocus();
      area.moveTo(area.getLength());
      for (char c : text.toCharArray()) {
        area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
            false, false, false, false));
      }
      return null;
    });
  }

  /**
   * Runs on the FX thread without waiting for it to finish (the action may open a dialog and wait
   * in it), but until it has started: the FX thread takes its work first in, first out, so the
   * round trip queued after it runs once the action has run or is waiting in its dialog.
   */
  private static void later(Runnable r) throws Exception {
    Platform.runLater(r);
    fx(() -> null);
  }

  private static void answer(String text) throws Exception {
    waitFor(() -> dialogButton(text).isPresent(), "a dialog with " + text);
    later(() -> dialogButton(text).orElseThrow().fire());
  }

  private static Optional<Button> dialogButton(String text) {
    for (Window w : Window.getWindows()) {
      if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
        for (Node n : pane.lookupAll(".button")) {
          if (n instanceof Button b && text.equals(b.getText())) {
            return Optional.of(b);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static void prompt() throws Exception {
    DialogPane pane = waitForDialog(".recovery-prompt");
    say("PROMPT " + fx(pane::getHeaderText));
    for (String offer : fx(() -> {
      List<String> out = new ArrayList<>();
      for (Node row : pane.lookupAll(".recovery-row")) {
        out.add(label(row, ".recovery-name") + " | " + label(row, ".recovery-origin") + " | "
            + label(row, ".recovery-saved"));
      }
      return out;
    })) {
      say("OFFER " + offer);
    }
  }

  private static void show(int n) throws Exception {
    click(n, ".recovery-show");
    DialogPane preview = waitForDialog(".recovery-preview");
    say("PREVIEW " + escape(fx(() -> ((TextArea) preview.lookup(".recovery-preview-text")).getText())));
    fx(() -> {
      preview.getScene().getWindow().hide();
      return null;
    });
  }

  private static void click(int n, String button) throws Exception {
    DialogPane pane = waitForDialog(".recovery-prompt");
    // fired later: the button's action may open a dialog and wait in it
    Button b = fx(() -> (Button) List.copyOf(pane.lookupAll(".recovery-row")).get(n).lookup(button));
    later(b::fire);
  }

  private static String label(Node row, String styleClass) {
    return ((Label) row.lookup(styleClass)).getText();
  }

  private static MenuItem menuItem(String text) {
    MenuBar bar = (MenuBar) deskStage().getScene().getRoot().lookup(".menu-bar");
    for (Menu m : bar.getMenus()) {
      for (MenuItem i : m.getItems()) {
        if (text.equals(i.getText())) {
          return i;
        }
      }
    }
    throw new IllegalStateException("no menu item " + text);
  }

  private static DialogPane waitForDialog(String styleClass) throws Exception {
    waitFor(() -> DialogHelp.findDialog(styleClass).isPresent(), "a dialog " + styleClass);
    return fx(() -> DialogHelp.findDialog(styleClass).orElseThrow());
  }

  private static Optional<StyleClassedTextArea> findEditor() {
    for (Window w : Window.getWindows()) {
      if (w instanceof Stage && w.isShowing() && w.getScene() != null) {
        Parent root = w.getScene().getRoot();
        if (root.lookup(".proof-editor") instanceof StyleClassedTextArea area) {
          return Optional.of(area);
        }
      }
    }
    return Optional.empty();
  }

  private static StyleClassedTextArea editor() {
    return findEditor().orElseThrow(() -> new IllegalStateException("no desk window"));
  }

  private static Stage deskStage() {
    return (Stage) editor().getScene().getWindow();
  }

  private static void waitFor(Callable<Boolean> condition, String what) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (true) {
      try {
        if (fx(condition)) {
          return;
        }
      } catch (IllegalStateException toolkitNotUpYet) {
        // Platform not started yet
      }
      if (System.nanoTime() > end) {
        throw new IllegalStateException("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  /** Runs on the FX thread and returns what it gives (bounded wait). */
  private static <T> T fx(Callable<T> c) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        f.complete(c.call());
      } catch (Throwable t) {
        f.completeExceptionally(t);
      }
    });
    return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  static void say(String line) {
    System.out.println("SCRIPT " + line);
    System.out.flush();
  }
}
