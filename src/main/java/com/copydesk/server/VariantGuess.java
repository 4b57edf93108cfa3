package com.copydesk.server;

import com.copydesk.engine.Variant;

/**
 * Which English a text is written in, for requests that leave it open ({@code language=auto} or
 * {@code language=en}). This is the one place a guess from the text plugs in; until Copydesk has one,
 * the server's configured variant ({@code copydesk serve --lang}) answers.
 */
@FunctionalInterface
public interface VariantGuess {

  /** The variant of {@code text}, or {@code fallback} when there is nothing to go on. */
  Variant guess(String text, Variant fallback);

  /** No guess: the configured variant. */
  static VariantGuess configuredVariant() {
    return (text, fallback) -> fallback;
  }
}
