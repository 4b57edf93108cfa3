package com.copydesk.ui.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the start-up prompt describes one recovered draft: its name, where it came from, when it was
 * saved, and how long it is. Plain Java.
 */
public record RecoveryOffer(RecoveryCopy copy, String title, String origin, String saved, String size) {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

  public static RecoveryOffer of(RecoveryCopy copy) {
    return new RecoveryOffer(copy, Restoration.baseName(copy.name()), origin(copy),
        "Saved " + when(copy.savedAt()), words(copy.text()));
  }

  /** "29 Nov 2026, 11:53:02" in the local time zone. */
  public static String when(Instant t) {
    return WHEN.format(t.atZone(ZoneId.systemDefault()));
  }

  static String origin(RecoveryCopy copy) {
    Path source = copy.source();
    if (source == null) {
      return "An untitled draft; it restores untitled.";
    }
    if (!Files.exists(source)) {
      return "Original: " + source + " — no longer exists; the draft restores untitled.";
    }
    String changed = "";
    try {
      if (Files.getLastModifiedTime(source).toInstant().isAfter(copy.savedAt())) {
        changed = " (the file changed after this copy was saved)";
      }
    } catch (IOException e) {
      // say nothing about it
    }
    return "Original: " + source + changed + " — left untouched until you save.";
  }

  static String words(String text) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        words++;
      }
      in = w;
    }
    return words == 1 ? "1 word" : String.format(Locale.UK, "%,d words", words);
  }
}
