package com.copydesk.ui.files;

import com.copydesk.formats.Document;
import java.util.Locale;
import java.util.Optional;

/**
 * How much text the desk's editor (RichTextFX) handles well, measured on the desk itself (see
 * docs/reliability.md): past these sizes the window freezes for many seconds on opening or on
 * every keystroke. Larger files are refused with a message naming the size and the command line,
 * which has no such limit (it reads files up to the 32 MB of {@code Documents.MAX_BYTES}).
 */
public final class DeskLimits {
  /** The most characters a draft on the desk may hold (about 5 MB of text). */
  public static final int MAX_CHARS = 5_000_000;
  /** The longest line (a paragraph without breaks) the editor wraps without freezing. */
  public static final int MAX_LINE = 20_000;

  private DeskLimits() {}

  /** Why the desk will not show this document, or empty when it can. */
  public static Optional<String> refusal(Document doc) {
    String text = doc.text();
    String name = doc.name();
    if (text.length() > MAX_CHARS) {
      return Optional.of(String.format(Locale.UK,
          "'%s' holds %,d characters; the desk opens drafts of up to %,d characters (about 5 MB), "
              + "because larger ones freeze the window. Check it with 'copydesk check %s' instead.",
          name, text.length(), MAX_CHARS, name));
    }
    int longest = longestLine(text);
    if (longest > MAX_LINE) {
      return Optional.of(String.format(Locale.UK,
          "'%s' has a line of %,d characters with no line break; the desk shows lines of up to %,d "
              + "characters, because longer ones freeze the window. Check it with 'copydesk check %s' instead.",
          name, longest, MAX_LINE, name));
    }
    return Optional.empty();
  }

  static int longestLine(String text) {
    int longest = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        longest = Math.max(longest, i - start);
        start = i + 1;
      }
    }
    return Math.max(longest, text.length() - start);
  }
}
