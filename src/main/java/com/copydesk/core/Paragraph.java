package com.copydesk.core;

import java.util.List;
import java.util.Objects;

/**
 * One unit of checking: a paragraph's range in the draft's text and the parts of it that are
 * markup rather than prose. Paragraphs are checked independently, so an edit re-checks only the
 * paragraphs it touched.
 */
public record Paragraph(Span span, List<Markup> markup) {

  public Paragraph {
    Objects.requireNonNull(span, "span");
    markup = List.copyOf(markup == null ? List.of() : markup);
    int previousEnd = 0;
    for (Markup m : markup) {
      if (m.span().start() < previousEnd || m.span().end() > span.length()) {
        throw new IllegalArgumentException("markup must be sorted, disjoint and inside the paragraph");
      }
      previousEnd = m.span().end();
    }
  }

  public Paragraph(int start, int end) {
    this(new Span(start, end), List.of());
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public String textIn(String draftText) {
    return draftText.substring(span.start(), span.end());
  }

  /** What a paragraph's issues depend on, wherever it stands: its text and its markup. */
  public record Key(String text, List<Markup> markup) {
    public Key {
      Objects.requireNonNull(text, "text");
      markup = List.copyOf(markup);
    }
  }
}
