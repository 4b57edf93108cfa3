package com.copydesk.eval;

import com.copydesk.engine.ParagraphCache;
import com.copydesk.engine.Proofreader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far a copy editor can trust the flags: Copydesk (the defaults a new user gets) and plain LanguageTool
 * side by side on clean sentences, and on the same sentences with true errors put in by {@link Injector}.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:CLASSPATH com.copydesk.eval.TrustEvaluation \
 *     [--seed N] [--cases N] [--limit N] [--detail] [--no-cache] NAME=PATH:LANG...
 * </pre>
 *
 * Per set it prints: flags per 1,000 clean sentences without quote pairing, and the ratio to LanguageTool;
 * first suggestions that change a capitalised word per 1,000 clean sentences; detection (and right first
 * suggestion) for typos in common words, typos in capitalised known words, doubled words and a/an; and, for
 * three-sentence documents with one misspelt use of a name, how often that use is flagged with the document's
 * spelling first. Plain LanguageTool's matches are cached in {@code target/eval-cache/}.
 */
public final class TrustEvaluation {
  private TrustEvaluation() {}

  public static void main(String[] args) throws IOException {
    long seed = 12;
    int cases = 300;
    int limit = Integer.MAX_VALUE;
    boolean detail = false;
    Path cacheDir = Path.of("target/eval-cache");
    List<String> specs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--cases" -> cases = Integer.parseInt(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--detail" -> detail = true;
        case "--no-cache" -> cacheDir = null;
        default -> specs.add(args[i]);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Proofreader proofreader = new Proofreader(1, new ParagraphCache())) {
      for (String spec : specs) {
        Corpus corpus = Corpus.parse(spec, limit);
        try (Checkers.Plain plain = new Checkers.Plain(corpus.lang(), cacheDir)) {
          evaluate(corpus, Checkers.copydesk(proofreader, corpus.lang()), plain,
              new Injector(plain::knows, seed), cases, detail, out);
        }
      }
    }
  }

  private static void evaluate(Corpus corpus, Checkers.Checker copydesk, Checkers.Plain plain, Injector injector,
      int cases, boolean detail, PrintStream out) {
    List<String> clean = corpus.sentences();
    out.printf("%n== %s (%s): %d clean sentences%n", corpus.name(), corpus.lang(), clean.size());
    out.printf("%-48s %12s %12s%n", "", "copydesk", "languagetool");
    List<List<Flag>> ours = copydesk.check(clean);
    List<List<Flag>> theirs = plain.check(clean);
    double n = clean.size() / 1000.0;
    long ourNoise = count(ours, f -> !f.isPairing());
    long theirNoise = count(theirs, f -> !f.isPairing());
    out.printf("%-48s %12.1f %12.1f   ratio %.2f%n", "flags per 1,000, quote pairing left out",
        ourNoise / n, theirNoise / n, (double) ourNoise / theirNoise);
    out.printf("%-48s %12.1f %12.1f%n", "all flags per 1,000", count(ours, f -> true) / n, count(theirs, f -> true) / n);
    out.printf("%-48s %12.1f %12.1f%n", "first suggestion changes a capitalised word /1,000",
        count(ours, Flag::changesCapitalisedWord) / n, count(theirs, Flag::changesCapitalisedWord) / n);

    report(out, "typo in a common word", clean, injector.commonTypos(clean, cases), copydesk, plain, true, detail);
    report(out, "typo in a capitalised known word", clean, injector.capitalisedTypos(clean, cases), copydesk, plain,
        true, detail);
    report(out, "doubled word", clean, injector.doubledWords(clean, cases), copydesk, plain, false, detail);
    report(out, "a/an", clean, injector.articles(clean, cases), copydesk, plain, false, detail);
    names(out, injector.nameDocs(clean, cases), copydesk, plain, detail);

    if (detail) {
      out.println("-- copydesk flags on clean sentences by rule (quote pairing left out)");
      byRule(ours).forEach((rule, k) -> out.printf("   %5d %s%n", k, rule));
      out.println("-- copydesk first suggestions that change a capitalised word");
      for (List<Flag> flags : ours) {
        for (Flag f : flags) {
          if (f.changesCapitalisedWord()) {
            out.printf("   %s: %s -> %s%n", f.ruleId(), f.covered(), f.first());
          }
        }
      }
    }
  }

  /**
   * Puts each case's error into its sentence of the clean copy and checks the whole copy (the clean
   * sentences come from the paragraph cache), so the error sits among the words the copy really uses.
   */
  private static void report(PrintStream out, String label, List<String> clean, List<Injector.Case> cases,
      Checkers.Checker copydesk, Checkers.Checker plain, boolean withTop1, boolean detail) {
    List<String> doc = new java.util.ArrayList<>(clean);
    for (Injector.Case c : cases) {
      doc.set(c.sentence(), c.text());
    }
    List<List<Flag>> all = copydesk.check(doc);
    List<List<Flag>> flags = cases.stream().map(c -> all.get(c.sentence())).collect(Collectors.toList());
    List<String> texts = cases.stream().map(Injector.Case::text).collect(Collectors.toList());
    int[] ours = score(cases, flags, detail ? out : null);
    int[] theirs = score(cases, plain.check(texts), null);
    int n = cases.size();
    out.printf("%-48s %12s %12s%n", label + " (n=" + n + "): detected", rate(ours[0], n), rate(theirs[0], n));
    if (withTop1) {
      out.printf("%-48s %12s %12s%n", "   right first suggestion", rate(ours[1], n), rate(theirs[1], n));
    }
  }

  private static int[] score(List<Injector.Case> cases, List<List<Flag>> flags, PrintStream misses) {
    int detected = 0;
    int top1 = 0;
    for (int i = 0; i < cases.size(); i++) {
      Injector.Case c = cases.get(i);
      boolean d = false;
      boolean t = false;
      for (Flag f : flags.get(i)) {
        if (f.touches(c.start(), c.end())) {
          d = true;
          t |= c.fixedBy(f);
        }
      }
      detected += d ? 1 : 0;
      top1 += t ? 1 : 0;
      if (misses != null && !t) {
        misses.printf("   %s %s: %s | %s%n", d ? "wrong first" : "MISSED", c.kind(),
            c.text().substring(c.start(), c.end()), flags.get(i).stream()
                .filter(f -> f.touches(c.start(), c.end())).map(f -> f.ruleId() + "->" + f.first())
                .collect(Collectors.joining(", ")));
      }
    }
    return new int[] {detected, top1};
  }

  private static void names(PrintStream out, List<Injector.NameDoc> docs, Checkers.Checker copydesk,
      Checkers.Checker plain, boolean detail) {
    int[] ours = new int[2];
    int[] theirs = new int[2];
    for (Injector.NameDoc doc : docs) {
      score(doc, copydesk.check(doc.sentences()), ours, detail ? out : null);
      score(doc, plain.check(doc.sentences()), theirs, null);
    }
    int n = docs.size();
    out.printf("%-48s %12s %12s%n", "misspelt name in 3 sentences (n=" + n + "): flagged", rate(ours[0], n),
        rate(theirs[0], n));
    out.printf("%-48s %12s %12s%n", "   with the document's spelling first", rate(ours[1], n), rate(theirs[1], n));
  }

  private static void score(Injector.NameDoc doc, List<List<Flag>> flags, int[] tally, PrintStream misses) {
    boolean d = false;
    boolean t = false;
    for (Flag f : flags.get(doc.misspeltSentence())) {
      if (f.touches(doc.start(), doc.end())) {
        d = true;
        t |= doc.fixedBy(f);
      }
    }
    tally[0] += d ? 1 : 0;
    tally[1] += t ? 1 : 0;
    if (misses != null && !t) {
      misses.printf("   %s name: %s for %s%n", d ? "wrong first" : "MISSED", doc.misspelt(), doc.name());
    }
  }

  private static long count(List<List<Flag>> flags, java.util.function.Predicate<Flag> which) {
    return flags.stream().flatMap(List::stream).filter(which).count();
  }

  private static Map<String, Long> byRule(List<List<Flag>> flags) {
    Map<String, Long> counts = flags.stream().flatMap(List::stream).filter(f -> !f.isPairing())
        .collect(Collectors.groupingBy(Flag::ruleId, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
            java.util.LinkedHashMap::new));
  }

  private static String rate(int k, int n) {
    return n == 0 ? "-" : String.format("%.3f", (double) k / n);
  }

}
