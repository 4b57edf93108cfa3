package com.copydesk.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * The line breaks a file had, so that text edited with plain LF breaks can be written back with the
 * file's own: all CRLF, all LF, all CR, or, for a file that mixes them, each line's own break as
 * found (lines added later get the most common one).
 */
public final class LineEndings {
  private final String dominant;
  private final List<String> perLine;

  private LineEndings(String dominant, List<String> perLine) {
    this.dominant = dominant;
    this.perLine = perLine;
  }

  public static LineEndings of(String text) {
    int crlf = 0;
    int lf = 0;
    int cr = 0;
    List<String> breaks = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          crlf++;
          breaks.add("\r\n");
          i++;
        } else {
          cr++;
          breaks.add("\r");
        }
      } else if (c == '\n') {
        lf++;
        breaks.add("\n");
      }
    }
    String dominant = crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
    int kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
    return new LineEndings(dominant, kinds > 1 ? List.copyOf(breaks) : List.of());
  }

  /** The break most lines end with ("\n" for a file without breaks). */
  public String dominant() {
    return dominant;
  }

  public boolean isMixed() {
    return !perLine.isEmpty();
  }

  public String describe() {
    return isMixed() ? "mixed" : dominant.equals("\r\n") ? "CRLF" : dominant.equals("\r") ? "CR" : "LF";
  }

  /** The text with every break as a plain LF, as the editor holds it. */
  public static String normalize(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** LF-only text with this file's breaks put back. */
  public String restore(String lfText) {
    if (!isMixed()) {
      return dominant.equals("\n") ? lfText : lfText.replace("\n", dominant);
    }
    StringBuilder sb = new StringBuilder(lfText.length() + perLine.size());
    int line = 0;
    for (int i = 0; i < lfText.length(); i++) {
      char c = lfText.charAt(i);
      if (c == '\n') {
        sb.append(line < perLine.size() ? perLine.get(line) : dominant);
        line++;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
