package com.copydesk.formats;

import java.util.Locale;
import java.util.Optional;

/** Formats a document can be exported to besides its own (Save keeps the document's own format). */
public enum ExportFormat {
  PLAIN_TEXT("Plain text", "txt"),
  MARKDOWN("Markdown", "md");

  private final String label;
  private final String extension;

  ExportFormat(String label, String extension) {
    this.label = label;
    this.extension = extension;
  }

  /** The name shown to the copy editor, e.g. "Markdown". */
  public String label() {
    return label;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The export format a file name asks for by its extension (txt, text, md, markdown). */
  public static Optional<ExportFormat> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(PLAIN_TEXT);
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    return Optional.empty();
  }
}
