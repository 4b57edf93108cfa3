package com.copydesk.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of issue a copy editor filters by. The names are stable identifiers: they appear in the
 * command line's output, in settings files and in style sheets, so never rename one.
 */
public enum Category {
  SPELLING("Spelling"),
  GRAMMAR("Grammar"),
  PUNCTUATION("Punctuation"),
  TYPOGRAPHY("Typography"),
  CASING("Capitalisation"),
  STYLE("Style"),
  OTHER("Other"),
  /** Lines of a pasted web page that are not the article (navigation, advertisement labels, ...). */
  CLUTTER("Page furniture"),
  /** The draft writes one thing two ways: a name, "-ise"/"-ize", "per cent"/"%"… */
  CONSISTENCY("Consistency");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** The name shown to the copy editor, e.g. "Spelling". */
  public String label() {
    return label;
  }

  /** The CSS style class for underlines and badges, e.g. "issue-spelling". */
  public String styleClass() {
    return "issue-" + name().toLowerCase(Locale.ROOT);
  }

  /** Parses a stable id, case-insensitively. */
  public static Optional<Category> fromId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    for (Category c : values()) {
      if (c.name().equalsIgnoreCase(id.trim())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
