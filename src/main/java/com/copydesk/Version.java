package com.copydesk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Copydesk's version and the LanguageTool version it was built with. */
public final class Version {
  private static final Properties PROPS = load();

  private Version() {}

  public static String copydesk() {
    return PROPS.getProperty("version", "development");
  }

  public static String languageTool() {
    return PROPS.getProperty("languagetool", "unknown");
  }

  public static String line() {
    return "Copydesk " + copydesk() + " (LanguageTool " + languageTool() + ", Java "
        + System.getProperty("java.version") + ")";
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // the line reads "development" then
    }
    return p;
  }
}
