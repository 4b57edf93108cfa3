package com.copydesk.server;

import com.copydesk.core.Markup;
import com.copydesk.core.Paragraph;
import com.copydesk.core.PlainTextSegmenter;
import com.copydesk.core.Segmenter;
import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs of annotated text ({@code data}): split as plain text is (a line is a paragraph, a
 * hard-wrapped paragraph stays whole), with markup standing in for what it is read as. Markup read
 * as a paragraph break (its {@code interpretAs} holds an empty line, as LanguageTool's documentation
 * has it for {@code <p>}) ends a paragraph; any other markup, line breaks inside it included, is
 * part of the paragraph around it and skipped by the checker.
 */
final class AnnotatedSegmenter implements Segmenter {
  private final List<Markup> markup;

  /** {@code markup} in text offsets, sorted and disjoint. */
  AnnotatedSegmenter(List<Markup> markup) {
    this.markup = List.copyOf(markup);
  }

  @Override
  public List<Paragraph> paragraphs(String text) {
    char[] masked = text.toCharArray();
    for (Markup m : markup) {
      char stand = breaksParagraph(m) ? '\n' : ' ';
      for (int i = m.span().start(); i < m.span().end() && i < masked.length; i++) {
        masked[i] = stand;
      }
    }
    List<Paragraph> out = new ArrayList<>();
    int next = 0;
    for (Paragraph p : new PlainTextSegmenter().paragraphs(new String(masked))) {
      while (next < markup.size() && markup.get(next).span().end() <= p.start()) {
        next++;
      }
      List<Markup> inside = new ArrayList<>();
      for (int k = next; k < markup.size() && markup.get(k).span().start() < p.end(); k++) {
        Markup m = markup.get(k);
        int from = Math.max(m.span().start(), p.start());
        int to = Math.min(m.span().end(), p.end());
        if (to > from) {
          // a piece of markup cut by the paragraph's edge is read as what it stands for only once
          String as = from == m.span().start() ? m.interpretAs() : "";
          inside.add(new Markup(new Span(from - p.start(), to - p.start()), as));
        }
      }
      out.add(new Paragraph(p.span(), inside));
    }
    return out;
  }

  private static boolean breaksParagraph(Markup m) {
    String as = m.interpretAs().replace("\r\n", "\n").replace('\r', '\n');
    return as.replaceAll("[ \\t]", "").contains("\n\n");
  }
}
