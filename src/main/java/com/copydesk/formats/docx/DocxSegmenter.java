package com.copydesk.formats.docx;

import com.copydesk.core.Markup;
import com.copydesk.core.Paragraph;
import com.copydesk.core.Segmenter;
import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs of a Word document's text view: each line is one Word paragraph and is checked on its
 * own, never joined with the next (unlike plain text). A line break inside a paragraph reads as a
 * line break, a soft hyphen as nothing, so neither splits a word for the checker.
 */
final class DocxSegmenter implements Segmenter {
  @Override
  public List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      add(text, start, end, out);
      start = end + 1;
    }
    return out;
  }

  private static void add(String text, int start, int end, List<Paragraph> out) {
    while (start < end && Character.isWhitespace(text.charAt(start)) && text.charAt(start) != RunText.LINE_BREAK) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1)) && text.charAt(end - 1) != RunText.LINE_BREAK) {
      end--;
    }
    if (text.substring(start, end).isBlank()) {
      return;
    }
    List<Markup> markup = new ArrayList<>();
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == RunText.LINE_BREAK) {
        markup.add(new Markup(new Span(i - start, i - start + 1), "\n"));
      } else if (c == RunText.SOFT_HYPHEN) {
        markup.add(new Markup(new Span(i - start, i - start + 1), ""));
      }
    }
    out.add(new Paragraph(new Span(start, end), markup));
  }
}
