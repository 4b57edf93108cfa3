package com.copydesk.ui.check;

import com.copydesk.core.Draft;
import com.copydesk.core.Variant;
import com.copydesk.engine.variant.VariantGuess;
import com.copydesk.engine.variant.VariantGuesser;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Reads which English a draft is written in, off the FX thread: the draft's prose is read on a
 * background thread (a 100,000-word draft takes milliseconds, the lexicon's first loading a few
 * hundred) and the guess comes back through {@code fx}. A newer reading, or {@link #cancel()}, makes
 * older ones stale, and a stale guess is dropped. Call {@link #read} and {@link #cancel} on the FX thread.
 */
public final class VariantReading implements AutoCloseable {
  private final VariantGuesser guesser;
  private final Executor background;
  private final Executor fx;
  private final ExecutorService own;
  private final AtomicLong generation = new AtomicLong();

  /** Reads on a thread of its own and answers through {@code fx} (Platform::runLater in the desk). */
  public VariantReading(Executor fx) {
    this.guesser = VariantGuesser.standard();
    this.own = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "copydesk-variant-reading");
      t.setDaemon(true);
      return t;
    });
    this.background = own;
    this.fx = Objects.requireNonNull(fx);
  }

  /** For tests: reads with {@code guesser} on {@code background}. */
  public VariantReading(VariantGuesser guesser, Executor background, Executor fx) {
    this.guesser = Objects.requireNonNull(guesser);
    this.background = Objects.requireNonNull(background);
    this.fx = Objects.requireNonNull(fx);
    this.own = null;
  }

  /** Reads {@code draft} (a snapshot taken on the FX thread) and gives the guess to {@code then}, unless stale. */
  public void read(Draft draft, Variant fallback, Consumer<VariantGuess> then) {
    long gen = generation.incrementAndGet();
    background.execute(() -> {
      if (gen != generation.get()) {
        return;
      }
      VariantGuess guess = guesser.guess(draft, fallback);
      fx.execute(() -> {
        if (gen == generation.get()) {
          then.accept(guess);
        }
      });
    });
  }

  /** Loads the lexicon in the background, so the first draft's reading does not wait for it. */
  public void warmUp() {
    background.execute(() -> guesser.guess("", Variant.EN_US));
  }

  /** Drops the readings under way. */
  public void cancel() {
    generation.incrementAndGet();
  }

  @Override
  public void close() {
    cancel();
    if (own != null) {
      own.shutdownNow();
    }
  }
}
