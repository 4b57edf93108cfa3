package com.copydesk.formats.markdown;

/**
 * The metadata block some Markdown files start with: YAML between {@code ---} lines (closed by
 * {@code ---} or {@code ...}) or TOML between {@code +++} lines. It is not prose and is never checked.
 */
final class FrontMatter {
  private FrontMatter() {}

  /** How many characters of {@code text} the front matter takes, its closing line break included; 0 if none. */
  static int length(String text) {
    String fence;
    if (text.startsWith("---")) {
      fence = "---";
    } else if (text.startsWith("+++")) {
      fence = "+++";
    } else {
      return 0;
    }
    int lineEnd = lineEnd(text, 0);
    if (!text.substring(0, lineEnd).strip().equals(fence)) {
      return 0;
    }
    int pos = next(text, lineEnd);
    while (pos < text.length()) {
      int end = lineEnd(text, pos);
      String line = text.substring(pos, end).strip();
      if (line.equals(fence) || fence.equals("---") && line.equals("...")) {
        return next(text, end);
      }
      pos = next(text, end);
    }
    return 0;
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int next(String text, int lineEnd) {
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
      lineEnd++;
    }
    if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
      lineEnd++;
    }
    return lineEnd;
  }
}
