package com.copydesk.core;

import java.util.Objects;

/**
 * One change to a draft's text: at {@code start}, {@code removed} is replaced by {@code inserted}.
 * An edit carries the text it removes, so applying it where that text no longer stands is refused
 * rather than damaging the wrong words, and its inverse restores the exact previous text.
 */
public record Edit(int start, String removed, String inserted) {

  public Edit {
    if (start < 0) {
      throw new IllegalArgumentException("start < 0");
    }
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(inserted, "inserted");
  }

  /** The range this edit removes, in the text before it. */
  public Span removedSpan() {
    return new Span(start, start + removed.length());
  }

  /** The range the inserted text occupies, in the text after it. */
  public Span insertedSpan() {
    return new Span(start, start + inserted.length());
  }

  /** How much longer the text gets. */
  public int delta() {
    return inserted.length() - removed.length();
  }

  /** True when {@code text} still holds {@code removed} at {@code start}. */
  public boolean appliesTo(CharSequence text) {
    int end = start + removed.length();
    if (end > text.length()) {
      return false;
    }
    for (int i = 0; i < removed.length(); i++) {
      if (text.charAt(start + i) != removed.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The text after this edit; refuses when the text under it is not what the edit expects. */
  public String applyTo(String text) {
    if (!appliesTo(text)) {
      throw new StaleTextException("The text at " + start + " changed since it was checked.");
    }
    return text.substring(0, start) + inserted + text.substring(start + removed.length());
  }

  /** The edit that undoes this one. */
  public Edit inverse() {
    return new Edit(start, inserted, removed);
  }

  /** Where a position of the text before this edit ends up after it (-1 if it was removed). */
  public int mapPosition(int position) {
    int end = start + removed.length();
    if (position <= start) {
      return position;
    }
    if (position >= end) {
      return position + delta();
    }
    return -1;
  }
}
