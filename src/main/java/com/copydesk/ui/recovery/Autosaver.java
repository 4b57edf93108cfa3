package com.copydesk.ui.recovery;

import com.copydesk.formats.DocumentException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When to write a draft's recovery copy: once it has had unsaved changes for {@link #interval()}
 * (30 s unless {@value #INTERVAL_PROPERTY} says otherwise), at once when the window loses focus,
 * and never while there is nothing unsaved. The snapshot is taken on the caller's (FX) thread;
 * writing and removing happen in order on one background thread. A save, a discard, another
 * document or a clean exit removes the copy. Plain Java with an injectable clock; no window needed.
 * Call everything on one thread (the FX thread in the desk).
 */
public final class Autosaver implements AutoCloseable {
  /** Seconds between autosaves (decimals allowed, e.g. {@code 0.5} in tests). */
  public static final String INTERVAL_PROPERTY = "copydesk.autosave.seconds";
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(Autosaver.class);

  private final RecoveryStore store;
  private final BiFunction<String, Instant, Optional<RecoveryCopy>> snapshot;
  private final Duration interval;
  private final Clock clock;
  private final ExecutorService writer;
  private final Consumer<String> problem;
  private String id = newId();
  private Instant dirtySince;
  private boolean closed;

  /**
   * @param snapshot the draft as it is now, for a copy with the given id and time; empty when
   *                 there is nothing unsaved
   * @param problem  told (on the writer thread) when a copy cannot be written
   */
  public Autosaver(RecoveryStore store, BiFunction<String, Instant, Optional<RecoveryCopy>> snapshot,
      Duration interval, Clock clock, Consumer<String> problem) {
    this.store = Objects.requireNonNull(store);
    this.snapshot = Objects.requireNonNull(snapshot);
    this.interval = Objects.requireNonNull(interval);
    this.clock = Objects.requireNonNull(clock);
    this.problem = Objects.requireNonNull(problem);
    this.writer = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "copydesk-autosave");
      t.setDaemon(true);
      return t;
    });
  }

  /** The interval from {@value #INTERVAL_PROPERTY}, or 30 s. */
  public static Duration intervalFromSystem() {
    String s = System.getProperty(INTERVAL_PROPERTY);
    if (s != null && !s.isBlank()) {
      try {
        double seconds = Double.parseDouble(s.strip());
        if (seconds > 0) {
          return Duration.ofMillis(Math.max(10, Math.round(seconds * 1000)));
        }
      } catch (NumberFormatException e) {
        LOG.warn("Ignored {}={}: not a number of seconds", INTERVAL_PROPERTY, s);
      }
    }
    return DEFAULT_INTERVAL;
  }

  public Duration interval() {
    return interval;
  }

  /** The id of the draft's copy. */
  public String id() {
    return id;
  }

  /** True while there are edits not yet in the recovery copy. */
  public boolean isPending() {
    return dirtySince != null;
  }

  /** The text changed and differs from the saved file. */
  public void edited() {
    if (dirtySince == null) {
      dirtySince = clock.instant();
    }
  }

  /** Called by a timer: writes the copy once the oldest edit not in it is {@link #interval()} old. */
  public void tick() {
    if (dirtySince != null && !clock.instant().isBefore(dirtySince.plus(interval))) {
      writeNow();
    }
  }

  /** The window lost focus: a crash is likeliest while the copy editor is elsewhere. */
  public void focusLost() {
    if (dirtySince != null) {
      writeNow();
    }
  }

  /** Takes a snapshot now and writes it in the background. */
  public void writeNow() {
    if (closed) {
      return;
    }
    Optional<RecoveryCopy> copy = snapshot.apply(id, clock.instant());
    dirtySince = null;
    copy.ifPresent(c -> writer.execute(() -> {
      try {
        store.write(c);
      } catch (DocumentException | RuntimeException e) {
        LOG.warn("Could not write the recovery copy: {}", e.getMessage());
        problem.accept("Could not write the recovery copy: " + e.getMessage());
      }
    }));
  }

  /** Nothing is unsaved any more (saved, discarded, or undone to the saved text): the copy goes. */
  public void nothingUnsaved() {
    dirtySince = null;
    remove(id);
  }

  /** Another document is on the desk: the old draft's copy goes; the new one gets its own id. */
  public void newDraft() {
    nothingUnsaved();
    id = newId();
  }

  /** A restored draft keeps the id of the copy it came from (the next write replaces that copy). */
  public void adopt(String restoredId) {
    if (!restoredId.equals(id)) {
      remove(id);
    }
    id = restoredId;
  }

  /** Waits until every write and removal asked for so far is done (at most {@code timeout}). */
  public boolean flush(Duration timeout) {
    try {
      return writer.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS) == null;
    } catch (Exception e) {
      return false;
    }
  }

  /** A clean exit: removes the copy and lets the writer finish (at most 5 s). */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    nothingUnsaved();
    closed = true;
    writer.shutdown();
    try {
      writer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void remove(String which) {
    if (!closed) {
      writer.execute(() -> store.delete(which));
    }
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }
}
