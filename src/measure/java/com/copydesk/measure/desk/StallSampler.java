package com.copydesk.measure.desk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds what blocks the FX thread: while a heartbeat is overdue, the FX thread's stack is sampled
 * (from the heartbeat thread, about once a millisecond) and counted by its deepest frame of
 * Copydesk's own code, and by its top frame. A rough profile, for diagnosis only.
 */
public final class StallSampler {
  static final long OVERDUE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final Map<String, Integer> byOwnFrame = new HashMap<>();
  private final Map<String, Integer> byTopFrames = new HashMap<>();
  private final Map<String, Integer> byPhase = new HashMap<>();
  private int samples;
  private Map<String, Integer> episode = new HashMap<>();
  private final List<Map.Entry<String, Map<String, Integer>>> longest = new ArrayList<>();
  private final List<Long> longestCpu = new ArrayList<>();

  synchronized void sample(Thread fx) {
    StackTraceElement[] stack = fx.getStackTrace();
    if (stack.length == 0) {
      return;
    }
    samples++;
    String own = "(no Copydesk frame)";
    for (StackTraceElement e : stack) {
      if (e.getClassName().startsWith("com.copydesk.") && !e.getClassName().startsWith("com.copydesk.ui.perf.")) {
        own = e.getClassName().replace("com.copydesk.", "") + "." + e.getMethodName() + ":" + e.getLineNumber();
        break;
      }
    }
    byOwnFrame.merge(own, 1, Integer::sum);
    String phase = phase(stack);
    byPhase.merge(phase, 1, Integer::sum);
    episode.merge(phase, 1, Integer::sum);
    StringBuilder top = new StringBuilder();
    for (int i = 0; i < Math.min(4, stack.length); i++) {
      top.append(i == 0 ? "" : " < ").append(shortName(stack[i]));
    }
    byTopFrames.merge(top.toString(), 1, Integer::sum);
  }

  /** What the FX thread is at: a pulse's CSS or layout pass (and for what), waiting for rendering, idle, or a runnable. */
  private static String phase(StackTraceElement[] stack) {
    String phase = "other";
    String what = "";
    for (StackTraceElement e : stack) {
      String c = e.getClassName();
      String m = e.getMethodName();
      if (what.isEmpty() && (c.startsWith("com.copydesk.") || c.startsWith("org.fxmisc.")
          || c.startsWith("javafx.scene.control.skin.") || c.startsWith("javafx.scene.control.ListCell"))) {
        what = shortName(e);
      }
      if (m.equals("doCSSPass")) {
        phase = "pulse: CSS";
      } else if (m.equals("doLayoutPass")) {
        phase = "pulse: layout";
      } else if (m.equals("waitForRenderingToComplete") || c.endsWith("PaintCollector") && phase.equals("other")) {
        phase = "pulse: waiting for rendering";
      } else if (m.equals("_runLoop") && stack[0] == e) {
        phase = "idle in the event loop";
      } else if (c.endsWith("Scene$ScenePulseListener") && phase.equals("other")) {
        phase = "pulse: other";
      }
    }
    return phase + (what.isEmpty() ? "" : " — " + what);
  }

  private static String shortName(StackTraceElement e) {
    String c = e.getClassName();
    return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
  }

  /**
   * A heartbeat came after {@code gapNanos}, in which the FX thread used {@code fxCpuNanos}: the
   * samples since the last one were one stall. The three stalls with the most FX work are kept.
   */
  synchronized void stallEnded(long gapNanos, long fxCpuNanos) {
    if (!episode.isEmpty()) {
      int at = 0;
      while (at < longestCpu.size() && longestCpu.get(at) >= fxCpuNanos) {
        at++;
      }
      if (at < 3) {
        longestCpu.add(at, fxCpuNanos);
        longest.add(at, Map.entry(String.format("%.0f ms (FX thread busy %.0f ms)", gapNanos / 1e6, fxCpuNanos / 1e6), episode));
        if (longest.size() > 3) {
          longest.remove(3);
          longestCpu.remove(3);
        }
      }
      episode = new HashMap<>();
    }
  }

  /** The most frequent frames, most first, and resets. */
  public synchronized String report(int lines) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Map<String, Integer>> e : longest) {
      sb.append("  a stall of ").append(e.getKey()).append(":\n");
      append(sb, e.getValue(), 6);
    }
    longest.clear();
    longestCpu.clear();
    sb.append("  ").append(samples).append(" samples while the FX thread was 20 ms+ late\n");
    sb.append("  by deepest Copydesk frame:\n");
    append(sb, byOwnFrame, lines);
    sb.append("  by phase — deepest frame of Copydesk, RichTextFX or a control skin:\n");
    append(sb, byPhase, lines);
    sb.append("  by top frames:\n");
    append(sb, byTopFrames, lines);
    byPhase.clear();
    byOwnFrame.clear();
    byTopFrames.clear();
    samples = 0;
    return sb.toString();
  }

  private static void append(StringBuilder sb, Map<String, Integer> counts, int lines) {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    for (int i = 0; i < Math.min(lines, sorted.size()); i++) {
      sb.append(String.format("    %5d  %s%n", sorted.get(i).getValue(), sorted.get(i).getKey()));
    }
  }
}
