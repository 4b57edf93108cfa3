package com.copydesk.core;

import java.util.List;
import java.util.Objects;

/**
 * The text a copy editor is working on, with the way it splits into paragraphs. Immutable: an edit
 * gives a new draft. Positions are UTF-16 offsets into {@link #text()}.
 */
public final class Draft {
  private final String text;
  private final Segmenter segmenter;
  private volatile List<Paragraph> paragraphs;

  public Draft(String text) {
    this(text, new PlainTextSegmenter());
  }

  public Draft(String text, Segmenter segmenter) {
    this.text = Objects.requireNonNull(text, "text");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  public String text() {
    return text;
  }

  public Segmenter segmenter() {
    return segmenter;
  }

  public List<Paragraph> paragraphs() {
    List<Paragraph> p = paragraphs;
    if (p == null) {
      p = List.copyOf(segmenter.paragraphs(text));
      paragraphs = p;
    }
    return p;
  }

  public String textOf(Span span) {
    return span.of(text);
  }

  /** The draft after {@code edit}; throws {@link StaleTextException} if the text under it changed. */
  public Draft apply(Edit edit) {
    return new Draft(edit.applyTo(text), segmenter);
  }

  /** The same segmentation over other text (used when the editor's text changes). */
  public Draft withText(String newText) {
    return new Draft(newText, segmenter);
  }
}
