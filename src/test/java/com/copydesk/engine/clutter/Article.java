package com.copydesk.engine.clutter;

import java.util.List;

/**
 * An article a measurement wraps in page furniture: its headline and its paragraphs, each paragraph
 * one or more lines (several when the copy is hard-wrapped, as wire copy is), and how many blank
 * lines the newsroom puts between paragraphs (1 for most copy, 0 for wire copy whose paragraphs are
 * marked by indentation).
 */
record Article(String headline, List<List<String>> paragraphs, int gap) {
  Article {
    paragraphs = paragraphs.stream().map(List::copyOf).toList();
  }

  /** The article as its newsroom wrote it. */
  String text() {
    StringBuilder b = new StringBuilder(headline);
    for (List<String> p : paragraphs) {
      b.append('\n');
      if (gap > 0) {
        b.append('\n');
      }
      b.append(String.join("\n", p));
    }
    return b.append('\n').toString();
  }
}
