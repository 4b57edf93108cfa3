package com.copydesk.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Draft;
import com.copydesk.engine.CheckResult;
import com.copydesk.engine.CheckSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Live checking without a window or LanguageTool: a stand-in checker that waits until the test lets
 * it finish, and an "FX thread" that is a queue the test drains.
 */
class LiveCheckTest {
  final BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
  final List<CheckResult> shown = new ArrayList<>();
  final CountDownLatch release = new CountDownLatch(1);
  final CountDownLatch started = new CountDownLatch(1);
  final List<String> checkedTexts = new ArrayList<>();
  volatile boolean sawCancel;

  final LiveCheck.Checker slowChecker = (draft, settings, listener, cancelled) -> {
    synchronized (checkedTexts) {
      checkedTexts.add(draft.text());
    }
    started.countDown();
    listener.progress(1, 2);
    await(release);
    if (cancelled.getAsBoolean()) {
      sawCancel = true;
    }
    listener.progress(2, 2);
    return new CheckResult(draft, settings, List.of(), 2, 2);
  };

  LiveCheck live;

  @AfterEach
  void close() {
    if (live != null) {
      live.close();
    }
  }

  @Test
  void aResultForTextThatChangedMeanwhileIsThrownAway() throws Exception {
    live = new LiveCheck(slowChecker, fxQueue::add);
    live.setOnResult(shown::add);
    live.check(new Draft("Frist draft."), CheckSettings.defaults());
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    live.outdate(); // the copy editor typed while the check ran
    release.countDown();
    drainUntil(() -> live.discardedResults() == 1);
    assertThat(shown).isEmpty();
    assertThat(sawCancel).as("the running check was told it is outdated").isTrue();
    assertThat(live.checkingProperty().get()).as("still waiting for a check of the new text").isTrue();
  }

  @Test
  void onlyTheLatestOfSeveralChecksIsShown() throws Exception {
    live = new LiveCheck(slowChecker, fxQueue::add);
    live.setOnResult(shown::add);
    live.check(new Draft("One."), CheckSettings.defaults());
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    live.check(new Draft("One. Two."), CheckSettings.defaults());
    release.countDown();
    drainUntil(() -> shown.size() == 1);
    assertThat(shown.get(0).draft().text()).isEqualTo("One. Two.");
    assertThat(live.lastResult()).isSameAs(shown.get(0));
    assertThat(live.checkingProperty().get()).isFalse();
    assertThat(live.progressProperty().get()).isEqualTo(1.0);
  }

  @Test
  void aFreshResultIsShownWithProgressOnTheWay() throws Exception {
    live = new LiveCheck(slowChecker, fxQueue::add);
    live.setOnResult(shown::add);
    live.check(new Draft("Fine text."), CheckSettings.defaults());
    assertThat(live.checkingProperty().get()).isTrue();
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    drainUntil(() -> live.progressProperty().get() == 0.5);
    release.countDown();
    drainUntil(() -> shown.size() == 1);
    assertThat(live.discardedResults()).isZero();
  }

  @Test
  void aCancelledCheckShowsNothingAndAFailureIsReported() throws Exception {
    List<RuntimeException> failures = new ArrayList<>();
    LiveCheck.Checker failing = (draft, settings, listener, cancelled) -> {
      if (draft.text().startsWith("cancel")) {
        throw new CancellationException();
      }
      throw new IllegalStateException("LanguageTool fell over");
    };
    live = new LiveCheck(failing, fxQueue::add);
    live.setOnResult(shown::add);
    live.setOnFailure(failures::add);
    live.check(new Draft("cancel me"), CheckSettings.defaults());
    live.check(new Draft("break me"), CheckSettings.defaults());
    drainUntil(() -> failures.size() == 1);
    assertThat(failures.get(0)).hasMessageContaining("fell over");
    assertThat(shown).isEmpty();
    assertThat(live.checkingProperty().get()).isFalse();
  }

  private void drainUntil(BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!done.getAsBoolean()) {
      Runnable r = fxQueue.poll(50, TimeUnit.MILLISECONDS);
      if (r != null) {
        r.run();
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out");
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
