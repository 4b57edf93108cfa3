package com.copydesk.measure.desk;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/**
 * Measures how long the FX thread goes without running anything new: a heartbeat thread asks the
 * FX thread to run a tiny beat every millisecond (never more than one waiting), and each beat notes
 * the time since the one before. While the FX thread is free the gap is a millisecond or two; while
 * it is busy (a long handler, a layout or render pulse, a flood of queued updates) the next beat
 * waits, and the gap is how long the window could not respond. Figures are kept per window of
 * time: {@link #take()} returns them and starts a new window.
 */
public final class StallMonitor implements AutoCloseable {
  /** A frame at 60 Hz. */
  public static final double FRAME_MILLIS = 1000.0 / 60;

  /**
   * The figures of one window of time: the longest gap between heartbeats (wall clock), how many
   * gaps were longer than a frame and than 50 ms, and the most CPU time the FX thread and the
   * render thread used within one gap (the work behind a stall; on a busy machine the wall-clock
   * gap also holds the time the threads waited for a core).
   */
  public record Stalls(double longestMillis, long beats, int overFrame, int over50, double seconds,
      double mostFxCpuMillis, double mostRenderCpuMillis, double mostWorkMillis, double longestLayoutCpuMillis) {
    public String describe() {
      return String.format(Locale.ROOT, "longest %.1f ms, %d gaps over a frame (16.7 ms), %d over 50 ms, in %.1f s",
          longestMillis, overFrame, over50, seconds);
    }

    public String describeWork() {
      return String.format(Locale.ROOT,
          "most CPU in one gap: FX thread %.1f ms, renderer %.1f ms, both %.1f ms; longest CSS+layout pass %.1f ms",
          mostFxCpuMillis, mostRenderCpuMillis, mostWorkMillis, longestLayoutCpuMillis);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final AtomicBoolean pending = new AtomicBoolean();
  private final Thread heart;
  private volatile boolean running = true;
  private volatile Thread fxThread;
  private volatile long pendingSince;
  private final StallSampler sampler;

  // written on the FX thread only
  private long lastBeat;
  private long longest;
  private long beats;
  private int overFrame;
  private int over50;
  private long windowStart;
  private long lastFxCpu;
  private long lastRenderCpu;
  private long renderThreadId = -1;
  private long mostFxCpu;
  private long mostRenderCpu;
  private long mostWork;
  private long layoutStartCpu;
  private long longestLayout;

  private StallMonitor(StallSampler sampler) {
    this.sampler = sampler;
    heart = new Thread(this::pump, "copydesk-stall-monitor");
    heart.setDaemon(true);
  }

  /** Starts watching the FX thread (call from any thread once the toolkit runs). */
  public static StallMonitor start() {
    return start(null);
  }

  /** Also samples the FX thread's stack while a beat is overdue (to find what blocks it). */
  public static StallMonitor start(StallSampler sampler) {
    StallMonitor m = new StallMonitor(sampler);
    m.heart.start();
    return m;
  }

  private void pump() {
    while (running) {
      if (pending.compareAndSet(false, true)) {
        pendingSince = System.nanoTime();
        Platform.runLater(this::beat);
      } else if (sampler != null && fxThread != null
          && System.nanoTime() - pendingSince > StallSampler.OVERDUE_NANOS) {
        sampler.sample(fxThread);
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
  }

  private void beat() {
    long now = System.nanoTime();
    fxThread = Thread.currentThread();
    pending.set(false);
    long fxCpu = THREADS.getCurrentThreadCpuTime();
    long renderCpu = renderCpu();
    if (windowStart == 0) {
      windowStart = now;
    } else {
      long gap = now - lastBeat;
      longest = Math.max(longest, gap);
      long fx = Math.max(0, fxCpu - lastFxCpu);
      long render = Math.max(0, renderCpu - lastRenderCpu);
      mostFxCpu = Math.max(mostFxCpu, fx);
      mostRenderCpu = Math.max(mostRenderCpu, render);
      mostWork = Math.max(mostWork, fx + render);
      if (sampler != null) {
        sampler.stallEnded(gap, fx);
      }

      if (gap > FRAME_MILLIS * 1e6) {
        overFrame++;
      }
      if (gap > 50e6) {
        over50++;
      }
    }
    lastBeat = now;
    lastFxCpu = fxCpu;
    lastRenderCpu = renderCpu;
    beats++;
  }

  /** Also times each pulse's CSS and layout pass of {@code scene} (FX thread). */
  public void watchLayout(javafx.scene.Scene scene) {
    scene.addPreLayoutPulseListener(() -> layoutStartCpu = THREADS.getCurrentThreadCpuTime());
    scene.addPostLayoutPulseListener(() -> {
      if (layoutStartCpu > 0) {
        longestLayout = Math.max(longestLayout, THREADS.getCurrentThreadCpuTime() - layoutStartCpu);
      }
    });
  }

  /** CPU time of JavaFX's render thread (Prism's QuantumRenderer), 0 if there is none. */
  private long renderCpu() {
    if (renderThreadId < 0) {
      renderThreadId = 0;
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t.getName().startsWith("QuantumRenderer")) {
          renderThreadId = t.getId();
        }
      }
    }
    return renderThreadId == 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(renderThreadId));
  }

  /** The figures since the last call (or the start), and a fresh window from now. FX thread only. */
  public Stalls take() {
    long now = System.nanoTime();
    // the time since the last beat counts too: this call itself runs on the FX thread
    long tail = lastBeat == 0 ? 0 : now - lastBeat;
    Stalls s = new Stalls(Math.max(longest, tail) / 1e6, beats, overFrame, over50,
        windowStart == 0 ? 0 : (now - windowStart) / 1e9, mostFxCpu / 1e6, mostRenderCpu / 1e6, mostWork / 1e6,
        longestLayout / 1e6);
    longestLayout = 0;
    longest = 0;
    mostFxCpu = 0;
    mostRenderCpu = 0;
    mostWork = 0;
    lastFxCpu = THREADS.getCurrentThreadCpuTime();
    lastRenderCpu = renderCpu();
    beats = 0;
    overFrame = 0;
    over50 = 0;
    windowStart = now;
    lastBeat = now;
    return s;
  }

  @Override
  public void close() {
    running = false;
    heart.interrupt();
  }
}
