package com.copydesk.ui;

import com.copydesk.engine.Proofreader;
import com.copydesk.settings.UserSettings;
import com.copydesk.ui.check.ServerPreference;
import com.copydesk.ui.files.FxFileDialogs;
import com.copydesk.ui.files.Samples;
import com.copydesk.ui.recovery.Autosaver;
import com.copydesk.ui.recovery.DraftRecovery;
import com.copydesk.ui.recovery.RecoveryStore;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desk as a JavaFX application: LanguageTool starts warming up first (before the window toolkit when
 * started through {@link DeskLauncher}), then the window opens on
 * the file named on the command line, or on the bundled sample article. Drafts a previous desk left
 * unsaved (a crash, a kill) are then offered back; while the copy editor works, unsaved changes are
 * autosaved to a recovery copy, which a clean exit removes.
 */
public final class DeskApp extends Application {
  /** Settings read and LanguageTool started before the window toolkit, by {@link #startEarly()}. */
  private record Early(UserSettings settings, Proofreader proofreader) {}

  private static volatile Early early;
  private Proofreader proofreader;
  private Desk desk;
  private DraftRecovery recovery;

  /**
   * Reads the settings and starts LanguageTool warming up on its own threads before the window toolkit
   * starts (which takes a second or more), so that the two start side by side; {@link #start} takes them
   * over. Without this call, {@code start} does both itself.
   */
  static void startEarly() {
    UserSettings settings = UserSettings.load();
    Proofreader p = new Proofreader();
    warmUp(settings, p);
    early = new Early(settings, p);
  }

  private static void warmUp(UserSettings settings, Proofreader p) {
    if (ServerPreference.of(settings).server().isEmpty()) {
      p.warmUp(settings.checkSettings()); // with a server chosen, LanguageTool starts here only if needed
    }
  }

  @Override
  public void start(Stage stage) {
    Early e = early;
    early = null;
    UserSettings settings = e != null ? e.settings() : UserSettings.load();
    proofreader = e != null ? e.proofreader() : new Proofreader();
    if (e == null) {
      warmUp(settings, proofreader);
    }
    desk = new Desk(stage, proofreader, settings, new FxFileDialogs());
    recovery = new DraftRecovery(new DeskForRecovery(desk), RecoveryStore.standard(), Autosaver.intervalFromSystem());
    desk.showWindow();
    List<String> args = getParameters().getRaw();
    if (args.isEmpty()) {
      desk.openSample();
    } else if (!desk.openFile(Path.of(args.get(0)))) {
      desk.show(Samples.empty(), "Untitled");
    }
    Platform.runLater(recovery::offerLeftBehind);
  }

  @Override
  public void stop() {
    if (recovery != null) {
      recovery.close();
    }
    if (desk != null) {
      desk.dispose();
    }
    if (proofreader != null) {
      proofreader.close();
    }
  }
}
