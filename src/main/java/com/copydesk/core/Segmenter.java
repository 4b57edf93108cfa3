package com.copydesk.core;

import java.util.List;

/** Splits a draft's text into the paragraphs that are checked one by one. Each format has its own. */
@FunctionalInterface
public interface Segmenter {
  /** Paragraphs in text order, disjoint, each with a non-blank prose part. */
  List<Paragraph> paragraphs(String text);
}
