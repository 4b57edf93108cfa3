package com.copydesk.core;

/**
 * The prose of a draft as a reader meets it: each paragraph's text with its markup (tags, code, link
 * targets) read as what it stands for, paragraphs separated by blank lines. For whole-draft judgements
 * that must not read markup as words, such as which English the draft is written in.
 */
public final class Prose {
  private Prose() {}

  public static String of(Draft draft) {
    String text = draft.text();
    StringBuilder sb = new StringBuilder(text.length());
    for (Paragraph p : draft.paragraphs()) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      int at = p.start();
      for (Markup m : p.markup()) {
        sb.append(text, at, p.start() + m.span().start()).append(m.interpretAs());
        at = p.start() + m.span().end();
      }
      sb.append(text, at, p.end());
    }
    return sb.toString();
  }
}
