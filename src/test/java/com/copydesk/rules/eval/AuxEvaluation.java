package com.copydesk.rules.eval;

import com.copydesk.rules.CopydeskRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * In-process evaluation: the same figures as the shared score.py (detect, fixed, top1, fa_orig per pattern,
 * noise per 1,000 clean sentences), plus a dump of misses and false alarms to study.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:CLASSPATH com.copydesk.rules.eval.AuxEvaluation \
 *     CASES.tsv CLEAN.tsv [--lang en-GB] [--no-cache] [--dump FILE] [--dump-all]
 * </pre>
 */
public final class AuxEvaluation {
  private AuxEvaluation() {}

  public static void main(String[] args) throws IOException {
    Path cases = Path.of(args[0]);
    Path cleanFile = Path.of(args[1]);
    String lang = "en-GB";
    boolean useCache = true;
    Path dump = null;
    boolean dumpAll = false;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--lang" -> lang = args[++i];
        case "--no-cache" -> useCache = false;
        case "--dump" -> dump = Path.of(args[++i]);
        case "--dump-all" -> dumpAll = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    // one cache per language: plain LanguageTool's matches differ between en-GB and en-US
    Path cache = useCache ? Path.of("target/eval-cache/plain-" + lang + ".bin") : null;
    List<EvalCase> errs = EvalCase.readErrors(cases);
    List<String> clean = EvalCase.readClean(cleanFile);
    List<String> paragraphs = new ArrayList<>();
    errs.forEach(c -> paragraphs.add(c.erroneous()));
    errs.forEach(c -> paragraphs.add(c.original()));
    paragraphs.addAll(clean);

    long t0 = System.nanoTime();
    EvalChecker checker = new EvalChecker(lang, cache);
    List<List<Issue>> issues = checker.checkAll(paragraphs);
    long ms = (System.nanoTime() - t0) / 1_000_000;

    int n = errs.size();
    Map<String, int[]> per = new TreeMap<>();
    List<String> report = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      EvalCase c = errs.get(i);
      Scorer.Outcome o = Scorer.judge(c, issues.get(i), issues.get(n + i));
      int[] p = per.computeIfAbsent(c.pattern(), k -> new int[5]);
      p[0]++;
      p[1] += o.detected() ? 1 : 0;
      p[2] += o.fixed() ? 1 : 0;
      p[3] += o.top1() ? 1 : 0;
      p[4] += o.falseAlarm() ? 1 : 0;
      if (dumpAll || !o.top1() || o.falseAlarm()) {
        report.add(describe(c, o, issues.get(i), issues.get(n + i)));
      }
    }
    System.out.printf("%-12s %5s %8s %8s %8s %8s%n", "pattern", "n", "detect", "fixed", "top1", "fa_orig");
    int[] tot = new int[5];
    for (Map.Entry<String, int[]> e : per.entrySet()) {
      int[] p = e.getValue();
      for (int k = 0; k < 5; k++) {
        tot[k] += p[k];
      }
      System.out.printf("%-12s %5d %7.1f%% %7.1f%% %7.1f%% %7.1f%%%n", e.getKey(), p[0],
          100.0 * p[1] / p[0], 100.0 * p[2] / p[0], 100.0 * p[3] / p[0], 100.0 * p[4] / p[0]);
    }
    Map<String, Integer> cats = new LinkedHashMap<>();
    int noise = 0;
    List<String> cleanHits = new ArrayList<>();
    for (int i = 0; i < clean.size(); i++) {
      List<Issue> found = issues.get(2 * n + i);
      noise += found.size();
      for (Issue it : found) {
        cats.merge(it.ruleId(), 1, Integer::sum);
        if (CopydeskRules.isCopydeskRule(it.ruleId())) {
          cleanHits.add("CLEAN " + it.ruleId() + " " + mark(clean.get(i), it) + "  -> " + it.replacements());
        }
      }
    }
    String top = cats.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
        .map(e -> "('" + e.getKey() + "', " + e.getValue() + ")").collect(Collectors.joining(", ", "[", "]"));
    long auxNoise = cats.entrySet().stream().filter(e -> CopydeskRules.isCopydeskRule(e.getKey()))
        .mapToLong(Map.Entry::getValue).sum();
    System.out.printf("clean sentences: %d, issues on them: %d; top rules: %s%n", clean.size(), noise, top);
    System.out.printf("copydesk issues on clean sentences: %d (%.1f per 1000)%n", auxNoise,
        1000.0 * auxNoise / clean.size());
    System.out.printf("recall=%.3f fixed=%.3f top1=%.3f fa_orig=%.3f noise_per_1000=%.1f n=%d%n",
        (double) tot[1] / n, (double) tot[2] / n, (double) tot[3] / n, (double) tot[4] / n,
        1000.0 * noise / clean.size(), n);
    System.out.printf("(%d paragraphs checked in %.1f s)%n", paragraphs.size(), ms / 1000.0);
    if (dump != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
        report.forEach(w::println);
        cleanHits.forEach(w::println);
      }
    }
  }

  private static String describe(EvalCase c, Scorer.Outcome o, List<Issue> onErr, List<Issue> onOrig) {
    String status = o.top1() ? "TOP1" : o.fixed() ? "FIXED" : o.detected() ? "WRONG" : "MISS";
    StringBuilder sb = new StringBuilder();
    sb.append(status).append(o.falseAlarm() ? "+FA " : " ").append(c.pattern()).append(' ').append(c.id())
        .append(" [").append(String.join("|", c.restorations())).append("] ")
        .append(Scorer.cpSub(c.erroneous(), 0, c.offset())).append("_^_")
        .append(Scorer.cpSub(c.erroneous(), c.offset(), Scorer.cpLen(c.erroneous())));
    for (Issue it : onErr) {
      if (CopydeskRules.isCopydeskRule(it.ruleId()) || !o.top1()) {
        sb.append("\n    ").append(it.ruleId()).append(" '").append(span(c.erroneous(), it)).append("' -> ")
            .append(it.replacements());
      }
    }
    if (o.falseAlarm()) {
      for (Issue it : onOrig) {
        sb.append("\n    ORIG ").append(it.ruleId()).append(" '").append(span(c.original(), it)).append("' -> ")
            .append(it.replacements());
      }
    }
    return sb.toString();
  }

  private static String span(String s, Issue it) {
    return Scorer.cpSub(s, it.offset(), it.end());
  }

  private static String mark(String s, Issue it) {
    return Scorer.cpSub(s, 0, it.offset()) + "[[" + span(s, it) + "]]" + Scorer.cpSub(s, it.end(), Scorer.cpLen(s));
  }
}
