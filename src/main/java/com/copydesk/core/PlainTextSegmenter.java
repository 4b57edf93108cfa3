package com.copydesk.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs of plain text. A line is a paragraph (wire copy, Word exports and most drafts keep one
 * paragraph per line), except that a hard-wrapped paragraph stays whole: a line that does not end a
 * sentence is joined with the next line when that one starts with a lower-case letter. Blank lines
 * are never part of a paragraph. Very long paragraphs are cut at sentence ends so that no single
 * check grows without bound.
 */
public final class PlainTextSegmenter implements Segmenter {

  /** The longest paragraph handed to the checker in one piece, in UTF-16 units. */
  public static final int MAX_PARAGRAPH = 20_000;

  private final int maxParagraph;

  public PlainTextSegmenter() {
    this(MAX_PARAGRAPH);
  }

  PlainTextSegmenter(int maxParagraph) {
    this.maxParagraph = maxParagraph;
  }

  @Override
  public List<Paragraph> paragraphs(String text) {
    List<Paragraph> result = new ArrayList<>();
    int n = text.length();
    int pos = 0;
    int paraStart = -1;
    int paraEnd = -1;
    while (pos < n) {
      int lineEnd = lineEnd(text, pos);
      int next = afterBreak(text, lineEnd);
      boolean blank = isBlank(text, pos, lineEnd);
      if (blank) {
        if (paraStart >= 0) {
          addCut(result, text, paraStart, paraEnd);
          paraStart = -1;
        }
      } else {
        if (paraStart < 0) {
          paraStart = pos;
        }
        paraEnd = lineEnd;
        if (!continuesOnNextLine(text, pos, lineEnd, next)) {
          addCut(result, text, paraStart, paraEnd);
          paraStart = -1;
        }
      }
      pos = next;
    }
    if (paraStart >= 0) {
      addCut(result, text, paraStart, paraEnd);
    }
    return result;
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int afterBreak(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return lineEnd;
    }
    if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A hard-wrapped line: it does not end a sentence and the next line goes on in lower case. */
  private static boolean continuesOnNextLine(String text, int lineStart, int lineEnd, int next) {
    if (next >= text.length() || next == lineEnd) {
      return false;
    }
    int last = lineEnd - 1;
    while (last > lineStart && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    char end = text.charAt(last);
    if (".!?:;\"”’)".indexOf(end) >= 0) {
      return false;
    }
    int first = next;
    while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
      first++;
    }
    return first < text.length() && Character.isLowerCase(text.charAt(first));
  }

  private void addCut(List<Paragraph> out, String text, int start, int end) {
    while (end - start > maxParagraph) {
      int cut = cutPoint(text, start, start + maxParagraph);
      out.add(new Paragraph(start, cut));
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (end > start) {
      out.add(new Paragraph(start, end));
    }
  }

  /** The end of the last sentence before {@code limit}, else the last space, else the limit itself. */
  private static int cutPoint(String text, int start, int limit) {
    int space = -1;
    for (int i = limit - 1; i > start + 1; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        char before = text.charAt(i - 1);
        if (before == '.' || before == '!' || before == '?') {
          return i;
        }
        if (space < 0) {
          space = i;
        }
      }
    }
    if (space > 0) {
      return space;
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }
}
