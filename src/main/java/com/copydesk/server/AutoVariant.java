package com.copydesk.server;

import com.copydesk.core.Draft;
import com.copydesk.core.Variant;
import com.copydesk.engine.variant.VariantGuesser;

/**
 * What {@code language=auto} and {@code language=en} mean: which English the request's draft is in.
 * The one place that decision is made for the server.
 */
@FunctionalInterface
public interface AutoVariant {

  /** The variant of {@code draft}, or {@code fallback} (the server's {@code --lang}) with nothing to go on. */
  Variant of(Draft draft, Variant fallback);

  /** Read from the draft's prose (its spellings and the like), as the command line and the desk do. */
  static AutoVariant readFromText() {
    VariantGuesser guesser = VariantGuesser.standard();
    return (draft, fallback) -> guesser.guess(draft, fallback).variant();
  }

  /** Always the server's {@code --lang}. */
  static AutoVariant configured() {
    return (draft, fallback) -> fallback;
  }
}
