package com.copydesk.ui;

import com.copydesk.settings.UserSettings;
import java.io.IOException;
import java.util.function.Consumer;

/** Saves the user's settings from the desk; a failure is one line in the status bar, never a dialog. */
final class SettingsSaving {
  private SettingsSaving() {}

  /** Saves; says {@code done} when it worked (null: says nothing), or why it did not. */
  static boolean save(UserSettings settings, Consumer<String> say, String done) {
    try {
      settings.save();
    } catch (IOException e) {
      say.accept("Could not save your settings: " + e.getMessage());
      return false;
    }
    if (done != null) {
      say.accept(done);
    }
    return true;
  }
}
