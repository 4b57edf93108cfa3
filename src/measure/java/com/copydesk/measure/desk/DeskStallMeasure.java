package com.copydesk.measure.desk;

import com.copydesk.engine.CheckResult;
import com.copydesk.measure.Manuscript;
import com.copydesk.engine.Proofreader;
import com.copydesk.settings.UserSettings;
import com.copydesk.ui.Desk;
import com.copydesk.ui.files.FileDialogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Measures the desk on a long draft: how long the FX thread stalls while a generated 10,000-word
 * draft is opened and checked for the first time, and while a paragraph is typed into (keystrokes
 * sent to the editor as key events, so they take the keyboard's path, with pauses that let the
 * desk re-check); how many paragraphs each re-check sends to LanguageTool, and how long it takes
 * next to the full check. Prints the figures. Needs a display: run it under {@code xvfb-run}, or
 * headless with Monocle on the class path (see docs/performance.md).
 *
 * <p>Arguments: {@code [words] [characters to type]}, default 10000 and 50. With
 * {@code -Dcopydesk.measure.cold=true} LanguageTool is not warmed up first: the draft is opened as
 * soon as the window shows, so the first check includes LanguageTool's start, as when the desk is
 * started with a file.
 */
public final class DeskStallMeasure {
  private static final String TYPED = "quietly and then, after some thought, more briskly ";

  private DeskStallMeasure() {}

  public static void main(String[] args) throws Exception {
    int words = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int toType = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path work = Files.createTempDirectory("copydesk-measure");
    UserSettings settings = UserSettings.load(work.resolve("config"));
    String text = Manuscript.withSlips(words, 20_261_129L);
    Path draft = work.resolve("long-draft.txt");
    Files.writeString(draft, text, StandardCharsets.UTF_8);

    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get(60, TimeUnit.SECONDS);
    Platform.setImplicitExit(false);

    boolean cold = Boolean.getBoolean("copydesk.measure.cold");
    try (Proofreader proofreader = new Proofreader()) {
      long w0 = System.nanoTime();
      if (!cold) {
        proofreader.warmUp(settings.checkSettings()).get(10, TimeUnit.MINUTES);
      }
      double warmUp = cold ? -1 : ms(w0);
      Desk desk = fx(() -> {
        Desk d = new Desk(new Stage(), proofreader, settings, new NoDialogs());
        d.showWindow();
        return d;
      });
      Thread.sleep(cold ? 200 : 1000);
      StallSampler sampler = Boolean.getBoolean("copydesk.measure.profile") ? new StallSampler() : null;
      StallMonitor monitor = StallMonitor.start(sampler);
      CheckTimes checks = fx(() -> new CheckTimes(desk));
      fx(() -> {
        monitor.watchLayout(desk.stage().getScene());
        return null;
      });
      Thread.sleep(cold ? 100 : 500);
      fx(monitor::take);
      // 0. the window on its own, for comparison: what the machine and the toolkit cost
      Thread.sleep(cold ? 300 : 3000);
      StallMonitor.Stalls idle = fx(monitor::take);
      if (sampler != null) {
        sampler.report(0);
      }

      // 1. open the draft and wait for its first check
      long t0 = System.nanoTime();
      double openCall = fx(() -> {
        long s = System.nanoTime();
        desk.openFile(draft);
        return ms(s);
      });
      StallMonitor.Stalls duringOpen = fx(monitor::take);
      String profileOpen = sampler == null ? "" : sampler.report(12);
      waitUntil(() -> checks.resultsShown() >= 1 && !desk.liveCheck().checkingProperty().get()
          && desk.liveCheck().lastResult().draft().text().equals(desk.area().getText()), 600);
      double firstCheck = ms(t0);
      StallMonitor.Stalls duringFirst = fx(monitor::take);
      String profileFirst = sampler == null ? "" : sampler.report(12);
      CheckResult first = fx(() -> desk.liveCheck().lastResult());
      int issues = fx(() -> desk.review().total());
      int progressUpdates = fx(checks::progressUpdates);
      Thread.sleep(1000);
      fx(monitor::take);
      if (sampler != null) {
        sampler.report(0);
      }

      // 2. type into a paragraph in the middle, word by word, pausing so the desk re-checks
      int paragraphStart = fx(() -> middleParagraphEnd(desk));
      fx(() -> {
        desk.area().moveTo(paragraphStart);
        desk.area().requestFocus();
        return null;
      });
      fx(() -> {
        checks.startTyping();
        return null;
      });
      int typed = 0;
      while (typed < toType) {
        char c = TYPED.charAt(typed % TYPED.length());
        fx(() -> {
          Event.fireEvent(desk.area(), new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
              false, false, false, false));
          return null;
        });
        typed++;
        Thread.sleep(c == ' ' ? 900 : 90);
      }
      waitUntil(() -> !desk.liveCheck().checkingProperty().get()
          && desk.liveCheck().lastResult().draft().text().equals(desk.area().getText()), 120);
      StallMonitor.Stalls duringTyping = fx(monitor::take);
      String profileTyping = sampler == null ? "" : sampler.report(12);
      List<CheckTimes.Recheck> rechecks = fx(checks::rechecks);
      monitor.close();

      print(words, text, warmUp, proofreader.workerCount(), idle, duringOpen, openCall, firstCheck, first, issues,
          progressUpdates, duringFirst, typed, duringTyping, rechecks);
      if (sampler != null) {
        System.out.println("\nWhat the FX thread was doing when late, open:\n" + profileOpen);
        System.out.println("What the FX thread was doing when late, first check:\n" + profileFirst);
        System.out.println("What the FX thread was doing when late, typing:\n" + profileTyping);
      }
      fx(() -> {
        desk.dispose();
        desk.stage().close();
        return null;
      });
    }
    Platform.exit();
    System.exit(0);
  }

  private static void print(int words, String text, double warmUp, int workers, StallMonitor.Stalls idle,
      StallMonitor.Stalls duringOpen, double openCall,
      double firstCheck, CheckResult first, int issues, int progressUpdates, StallMonitor.Stalls duringFirst,
      int typed, StallMonitor.Stalls duringTyping, List<CheckTimes.Recheck> rechecks) {
    List<Double> times = new ArrayList<>();
    List<Integer> paragraphs = new ArrayList<>();
    for (CheckTimes.Recheck r : rechecks) {
      times.add(r.millis());
      paragraphs.add(r.checkedParagraphs());
    }
    double median = median(times);
    System.out.println();
    System.out.println("Copydesk desk measurement (" + System.getProperty("glass.platform", "default glass")
        + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + workers + " checking workers, load average "
        + loadAverage() + ")");
    System.out.printf(Locale.ROOT, "draft                         %d words (asked %d), %d paragraphs, %d characters%n",
        text.split("\\s+").length, words, first.paragraphs(), text.length());
    if (warmUp < 0) {
      System.out.println("LanguageTool warm-up          none: cold, the first check includes LanguageTool's start");
    } else {
      System.out.printf(Locale.ROOT, "LanguageTool warm-up          %.0f ms (before the window opens)%n", warmUp);
    }
    System.out.println("FX stalls, idle window         " + idle.describe());
    System.out.println("                               " + idle.describeWork());
    System.out.printf(Locale.ROOT, "open (one FX call)            %.0f ms: read the file, put the text in the editor%n", openCall);
    System.out.println("FX stalls, open                " + duringOpen.describe());
    System.out.println("                               " + duringOpen.describeWork());
    System.out.printf(Locale.ROOT, "first check                   %.0f ms, %d paragraphs checked, %d issues shown, %d progress updates%n",
        firstCheck, first.checkedParagraphs(), issues, progressUpdates);
    System.out.println("FX stalls, first check         " + duringFirst.describe());
    System.out.println("                               " + duringFirst.describeWork());
    System.out.printf(Locale.ROOT, "typing                        %d characters, %d re-checks shown%n", typed, rechecks.size());
    System.out.println("FX stalls, typing + re-checks  " + duringTyping.describe());
    System.out.println("                               " + duringTyping.describeWork());
    System.out.println("paragraphs re-checked per edit " + paragraphs);
    System.out.printf(Locale.ROOT, "re-check time                 median %.0f ms, max %.0f ms  (each: %s)%n",
        median, times.stream().mapToDouble(Double::doubleValue).max().orElse(0), round(times));
    System.out.printf(Locale.ROOT, "re-check / first check        %.2f%% (median)%n", firstCheck == 0 ? 0 : 100 * median / firstCheck);
  }

  /** The end of the first sentence of the paragraph in the middle of the draft. */
  private static int middleParagraphEnd(Desk desk) {
    int par = desk.area().getParagraphs().size() / 2;
    while (desk.area().getParagraph(par).getText().isBlank()) {
      par++;
    }
    String line = desk.area().getParagraph(par).getText();
    int dot = line.indexOf(". ");
    return desk.area().getAbsolutePosition(par, dot < 0 ? line.length() : dot + 2);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (Exception e) {
      return "?";
    }
  }

  static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }

  private static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return 0;
    }
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String round(List<Double> xs) {
    StringBuilder sb = new StringBuilder();
    for (double x : xs) {
      sb.append(sb.length() == 0 ? "" : " ").append(Math.round(x));
    }
    return sb.toString();
  }

  private static <T> T fx(Callable<T> c) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        f.complete(c.call());
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    });
    return f.get(120, TimeUnit.SECONDS);
  }

  private static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!fx(condition)) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("timed out after " + seconds + " s");
      }
      Thread.sleep(50);
    }
  }

  /** No file choosers: the measurement opens its file directly. */
  private static final class NoDialogs implements FileDialogs {
    @Override
    public Optional<Path> chooseFileToOpen(Window owner, Path folder) {
      return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveTarget(Window owner, Path folder, String suggestedName) {
      return Optional.empty();
    }
  }
}
