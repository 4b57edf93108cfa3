package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft as lines: where each line's text starts and ends, and where the next line starts (after
 * its line break, which may be LF, CRLF or CR). Blank lines hold only white space.
 */
final class PageLines {

  /** One line: {@code [start, end)} is its text, {@code next} where the following line starts. */
  record Line(int index, int start, int end, int next, String text) {
    boolean blank() {
      return text.isBlank();
    }

    /** The text without surrounding white space. */
    String trimmed() {
      return text.strip();
    }
  }

  private final String text;
  private final List<Line> lines;

  PageLines(String text) {
    this.text = text;
    List<Line> out = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int end = pos;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int next = end;
      if (next < n) {
        next += text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n' ? 2 : 1;
      }
      out.add(new Line(out.size(), pos, end, next, text.substring(pos, end)));
      pos = next;
    }
    this.lines = List.copyOf(out);
  }

  String text() {
    return text;
  }

  List<Line> lines() {
    return lines;
  }

  int size() {
    return lines.size();
  }

  Line get(int i) {
    return lines.get(i);
  }

  /** True when the text ends with a line break. */
  boolean endsWithBreak() {
    return !text.isEmpty() && (text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\r');
  }
}
