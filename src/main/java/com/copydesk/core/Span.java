package com.copydesk.core;

/**
 * A half-open range {@code [start, end)} of UTF-16 positions in a text, as Java strings and the
 * editor count them. The command line converts to code points when it prints.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** True when the two spans share at least one position, or an empty span sits inside the other. */
  public boolean overlaps(Span other) {
    if (isEmpty() || other.isEmpty()) {
      return start >= other.start && start <= other.end || other.start >= start && other.start <= end;
    }
    return start < other.end && other.start < end;
  }

  public boolean contains(int position) {
    return position >= start && position < end;
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
