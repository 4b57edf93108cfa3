package com.copydesk.core;

/**
 * The sentence an issue was found in, with the place inside it, so a copy editor can see the
 * problem in context. {@code offset} and {@code length} are UTF-16 positions within {@code text}.
 */
public record SentenceContext(String text, int offset, int length) {

  public SentenceContext {
    if (text == null) {
      throw new IllegalArgumentException("text");
    }
    if (offset < 0 || length < 0 || offset + length > text.length()) {
      throw new IllegalArgumentException("context range outside its text");
    }
  }

  public String before() {
    return text.substring(0, offset);
  }

  public String marked() {
    return text.substring(offset, offset + length);
  }

  public String after() {
    return text.substring(offset + length);
  }
}
