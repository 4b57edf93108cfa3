package com.copydesk.ui.editor;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.text.Font;

/** Picks a readable body face for long reading from what the computer has. */
final class EditorFonts {
  /** Text faces made for reading on screen, best first; the last ones are everywhere. */
  private static final List<String> BODY = List.of(
      "Charter", "Literata", "Source Serif 4", "Source Serif Pro", "Georgia", "Noto Serif",
      "Cambria", "Droid Serif", "DejaVu Serif", "Liberation Serif", "Times New Roman", "Serif");

  private static String chosen;

  private EditorFonts() {}

  static synchronized String bodyFamily() {
    if (chosen == null) {
      Set<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      installed.addAll(Font.getFamilies());
      chosen = BODY.stream().filter(installed::contains).findFirst().orElse("Serif");
    }
    return chosen;
  }
}
