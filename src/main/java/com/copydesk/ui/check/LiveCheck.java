package com.copydesk.ui.check;

import com.copydesk.core.Draft;
import com.copydesk.engine.CheckListener;
import com.copydesk.engine.CheckResult;
import com.copydesk.engine.CheckSettings;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Checks the draft while the copy editor works, never on the FX thread. Each check gets a
 * generation number; any edit or newer check makes older ones outdated, and an outdated check is
 * cancelled and its result thrown away, so only a result for the text now in the editor is ever
 * shown. Call everything but the constructor on the FX thread; results and progress come back
 * through {@code fx} (Platform::runLater in the desk).
 */
public final class LiveCheck implements AutoCloseable {

  /** What does the checking: {@code Proofreader::check} in the desk, a stand-in in tests. */
  @FunctionalInterface
  public interface Checker {
    CheckResult check(Draft draft, CheckSettings settings, CheckListener listener, BooleanSupplier cancelled);
  }

  private final Checker checker;
  private final Executor fx;
  private final ExecutorService runner;
  private final AtomicLong generation = new AtomicLong();
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 1);
  private final AtomicBoolean progressQueued = new AtomicBoolean();
  private volatile double latestProgress;
  private Consumer<CheckResult> onResult = r -> { };
  private Consumer<RuntimeException> onFailure = e -> { };
  private CheckResult lastResult;
  private long discarded;

  public LiveCheck(Checker checker, Executor fx) {
    this.checker = Objects.requireNonNull(checker);
    this.fx = Objects.requireNonNull(fx);
    this.runner = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "copydesk-live-check");
      t.setDaemon(true);
      return t;
    });
  }

  /** Where fresh results go (FX thread). */
  public void setOnResult(Consumer<CheckResult> onResult) {
    this.onResult = Objects.requireNonNull(onResult);
  }

  /** Where LanguageTool failures go (FX thread). */
  public void setOnFailure(Consumer<RuntimeException> onFailure) {
    this.onFailure = Objects.requireNonNull(onFailure);
  }

  /** True from a check's start until its result is shown (or it fails). */
  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }

  /** The share of paragraphs done in the running check, 0 to 1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** The text changed: whatever is being checked now is outdated. */
  public void outdate() {
    generation.incrementAndGet();
  }

  /** Checks a snapshot of the text (taken on the FX thread) in the background. */
  public void check(Draft draft, CheckSettings settings) {
    if (runner.isShutdown()) {
      return;
    }
    long gen = generation.incrementAndGet();
    checking.set(true);
    progress.set(0);
    runner.execute(() -> run(gen, draft, settings));
  }

  /** The last result shown. */
  public CheckResult lastResult() {
    return lastResult;
  }

  /** How many finished checks were thrown away because the text or settings had moved on. */
  public long discardedResults() {
    return discarded;
  }

  private void run(long gen, Draft draft, CheckSettings settings) {
    BooleanSupplier outdated = () -> generation.get() != gen;
    if (outdated.getAsBoolean()) {
      return;
    }
    try {
      CheckResult result = checker.check(draft, settings, (done, total) -> reportProgress(gen, done, total), outdated);
      fx.execute(() -> deliver(gen, result));
    } catch (CancellationException e) {
      // a newer check or an edit took over
    } catch (RuntimeException e) {
      fx.execute(() -> fail(gen, e));
    }
  }

  private void deliver(long gen, CheckResult result) {
    if (gen != generation.get()) {
      discarded++;
      return;
    }
    lastResult = result;
    checking.set(false);
    progress.set(1);
    onResult.accept(result);
  }

  private void fail(long gen, RuntimeException e) {
    if (gen != generation.get()) {
      return;
    }
    checking.set(false);
    progress.set(1);
    onFailure.accept(e);
  }

  private void reportProgress(long gen, int done, int total) {
    latestProgress = total == 0 ? 1 : (double) done / total;
    if (progressQueued.compareAndSet(false, true)) {
      fx.execute(() -> {
        progressQueued.set(false);
        if (gen == generation.get() && checking.get()) {
          progress.set(latestProgress);
        }
      });
    }
  }

  @Override
  public void close() {
    generation.incrementAndGet();
    runner.shutdownNow();
  }
}
