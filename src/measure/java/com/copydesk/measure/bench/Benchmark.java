package com.copydesk.measure.bench;

import com.copydesk.engine.CheckSettings;
import com.copydesk.measure.Manuscript;
import com.copydesk.core.Variant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Copydesk against plain LanguageTool on one machine in one run: throughput and peak memory on a
 * long manuscript, cold start on a 1,000-word article, and a full check against a one-word re-check
 * of a 10,000-word draft. Each figure is the median of several runs, printed with the raw values.
 */
public final class Benchmark {
  static final String LANGUAGETOOL_MAIN = "org.languagetool.commandline.Main";
  static final String COPYDESK_MAIN = "com.copydesk.Main";

  private final PrintWriter out;
  private final int runs;
  private final String heap;
  private final Path workDir;

  public Benchmark(PrintWriter out, int runs, String heap, Path workDir) {
    this.out = out;
    this.runs = runs;
    this.heap = heap;
    this.workDir = workDir;
  }

  /** Runs every part on {@code manuscript}, or on generated text of {@code words} words. */
  public void runAll(Path manuscript, int words, boolean million) throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    String text = manuscript != null ? Files.readString(manuscript, StandardCharsets.UTF_8)
        : Manuscript.generate(words, 42);
    Path big = manuscript != null ? manuscript : write("manuscript.txt", text);
    Path article = write("article-1000.txt", Manuscript.firstWords(text, 1000));
    String draft10k = Manuscript.firstWords(text, 10_000);

    out.printf(Locale.ROOT, "Copydesk benchmark: %d runs each, -Xmx%s, %d cores, Java %s%n", runs, heap,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    out.printf(Locale.ROOT, "manuscript: %s (%,d words)%n%n", manuscript != null ? manuscript : "generated",
        Manuscript.countWords(text));
    out.flush();
    throughput(big, Manuscript.countWords(text));
    coldStart(article);
    incremental(draft10k);
    if (million) {
      million(text);
    }
  }

  private void throughput(Path file, int words) throws IOException, InterruptedException {
    List<Double> ltWps = new ArrayList<>();
    List<Double> cdWps = new ArrayList<>();
    List<Long> ltRss = new ArrayList<>();
    List<Long> cdRss = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ChildRun.Result lt = ChildRun.java(heap, LANGUAGETOOL_MAIN, List.of("-l", "en-US", file.toString()));
      ChildRun.Result cd = ChildRun.java(heap, COPYDESK_MAIN, List.of("check", "--lang", "en-US", file.toString()));
      requireOk(lt, "LanguageTool");
      requireOk(cd, "Copydesk");
      ltWps.add(words / lt.seconds());
      cdWps.add(words / cd.seconds());
      ltRss.add(lt.peakRssKb());
      cdRss.add(cd.peakRssKb());
    }
    double lw = Stats.median(ltWps);
    double cw = Stats.median(cdWps);
    double lm = Stats.median(ltRss) / 1024;
    double cm = Stats.median(cdRss) / 1024;
    out.println("1. Long manuscript, whole check in a fresh process (median)");
    out.printf(Locale.ROOT, "   LanguageTool 6.8 command line: %7.0f words/s, peak RSS %5.0f MB   %s%n", lw, lm,
        Stats.list(ltWps, "%.0f"));
    out.printf(Locale.ROOT, "   copydesk check:                %7.0f words/s, peak RSS %5.0f MB   %s%n", cw, cm,
        Stats.list(cdWps, "%.0f"));
    out.printf(Locale.ROOT, "   ratio Copydesk/LanguageTool: throughput %.2fx, peak memory %.2fx%n%n", cw / lw, cm / lm);
    out.flush();
  }

  private void coldStart(Path article) throws IOException, InterruptedException {
    List<Double> lt = new ArrayList<>();
    List<Double> cd = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      ChildRun.Result l = ChildRun.java(heap, LANGUAGETOOL_MAIN, List.of("-l", "en-US", article.toString()));
      ChildRun.Result c = ChildRun.java(heap, COPYDESK_MAIN, List.of("check", "--lang", "en-US", article.toString()));
      requireOk(l, "LanguageTool");
      requireOk(c, "Copydesk");
      lt.add(l.seconds());
      cd.add(c.seconds());
    }
    out.println("2. Cold start to first result, 1,000-word article, fresh process (median)");
    out.printf(Locale.ROOT, "   LanguageTool 6.8 command line: %5.2f s   %s%n", Stats.median(lt), Stats.list(lt, "%.2f"));
    out.printf(Locale.ROOT, "   copydesk check:                %5.2f s   %s%n", Stats.median(cd), Stats.list(cd, "%.2f"));
    out.printf(Locale.ROOT, "   ratio Copydesk/LanguageTool: %.2fx%n%n", Stats.median(cd) / Stats.median(lt));
    out.flush();
  }

  private void incremental(String draft) {
    IncrementalBench.Result r = IncrementalBench.run(draft, CheckSettings.of(Variant.EN_US), runs);
    double full = Stats.median(r.fullMillis());
    double edit = Stats.median(r.editMillis());
    out.printf(Locale.ROOT, "3. %,d-word draft (%d paragraphs), in process, LanguageTool warm (median)%n",
        Manuscript.countWords(draft), r.paragraphs());
    out.printf(Locale.ROOT, "   full check:               %8.0f ms   %s%n", full, Stats.list(r.fullMillis(), "%.0f"));
    out.printf(Locale.ROOT, "   re-check after one word:  %8.1f ms   %s (paragraphs re-checked: %s)%n", edit,
        Stats.list(r.editMillis(), "%.1f"), r.rechecked());
    out.printf(Locale.ROOT, "   re-check / full check: %.2f%%%n%n", 100 * edit / full);
    out.flush();
  }

  private void million(String text) throws IOException, InterruptedException {
    StringBuilder sb = new StringBuilder();
    int copies = 0;
    while (Manuscript.countWords(sb) < 1_000_000) {
      sb.append(copies == 0 ? text : Manuscript.generate(Manuscript.countWords(text), copies));
      copies++;
    }
    Path file = write("manuscript-1m.txt", sb.toString());
    int words = Manuscript.countWords(sb);
    ChildRun.Result r = ChildRun.java("1g", COPYDESK_MAIN, List.of("check", "--lang", "en-US", file.toString()));
    requireOk(r, "Copydesk");
    out.printf(Locale.ROOT, "4. %,d words, copydesk check at -Xmx1g: %.0f s (%.0f words/s), peak RSS %.0f MB%n%n",
        words, r.seconds(), words / r.seconds(), r.peakRssKb() / 1024.0);
    out.flush();
  }

  private Path write(String name, CharSequence text) throws IOException {
    Path p = workDir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static void requireOk(ChildRun.Result r, String who) {
    if (r.exit() != 0 && r.exit() != 1) {
      throw new IllegalStateException(who + " failed with exit status " + r.exit());
    }
  }
}
