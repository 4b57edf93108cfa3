package com.copydesk.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Copydesk keeps the copy editor's settings (personal dictionary, ignored rules, theme,
 * recent files) and its data (recovery copies). Shared by the command line and the desk.
 * Overridable with {@code -Dcopydesk.config.dir} / {@code COPYDESK_CONFIG_DIR} and
 * {@code -Dcopydesk.data.dir} / {@code COPYDESK_DATA_DIR}.
 */
public final class AppFolders {
  private AppFolders() {}

  public static Path configDir() {
    return choose("copydesk.config.dir", "COPYDESK_CONFIG_DIR", "XDG_CONFIG_HOME", ".config",
        "Library/Application Support/Copydesk", "APPDATA");
  }

  public static Path dataDir() {
    return choose("copydesk.data.dir", "COPYDESK_DATA_DIR", "XDG_DATA_HOME", ".local/share",
        "Library/Application Support/Copydesk/Data", "LOCALAPPDATA");
  }

  private static Path choose(String property, String env, String xdgEnv, String xdgDefault,
      String macPath, String windowsEnv) {
    String explicit = System.getProperty(property);
    if (explicit == null || explicit.isBlank()) {
      explicit = System.getenv(env);
    }
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String home = System.getProperty("user.home");
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String base = System.getenv(windowsEnv);
      return Path.of(base != null ? base : home, "Copydesk");
    }
    if (os.contains("mac")) {
      return Path.of(home, macPath);
    }
    String xdg = System.getenv(xdgEnv);
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, xdgDefault)).resolve("copydesk");
  }
}
