package com.copydesk.engine.clutter;

import java.util.List;

/**
 * An article a measurement wraps in page furniture: its headline and its paragraphs, each
 * paragraph one or more lines (several when the copy is hard-wrapped, as wire copy is), in the
 * newsroom's style ({@code wire} for US wire copy).
 */
record Article(String headline, List<List<String>> paragraphs, boolean wire) {
  Article {
    paragraphs = paragraphs.stream().map(List::copyOf).toList();
  }

  int lines() {
    return 1 + paragraphs.stream().mapToInt(List::size).sum();
  }
}
