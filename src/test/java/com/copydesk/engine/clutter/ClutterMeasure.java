package com.copydesk.engine.clutter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how well the page furniture check does on web pages built at run time from articles and
 * the invented site templates of {@link SiteTemplates}. Measurement code: test scope only, never in
 * the product.
 *
 * <pre>
 * mvn -B -o -q test-compile
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
 *     com.copydesk.engine.clutter.ClutterMeasure [--stories FILE]... [--wire FILE]... \
 *     [--sentences TSV --headlines FILE] [--own] [-v]
 * </pre>
 */
public final class ClutterMeasure {
  private ClutterMeasure() {}

  public static void main(String[] args) throws Exception {
    List<Article> articles = new ArrayList<>();
    List<String> headlineSource = new ArrayList<>();
    Path sentences = null;
    boolean verbose = false;
    String dump = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--stories" -> {
          List<Article> s = Articles.stories(Files.readString(Path.of(args[++i]), StandardCharsets.UTF_8), false);
          System.out.println("stories: " + s.size() + " from " + args[i]);
          articles.addAll(s);
          s.forEach(a -> headlineSource.add(a.headline()));
        }
        case "--wire" -> {
          List<Article> s = Articles.stories(Files.readString(Path.of(args[++i]), StandardCharsets.UTF_8), true);
          System.out.println("wire stories: " + s.size() + " from " + args[i]);
          articles.addAll(s);
        }
        case "--sentences" -> sentences = Path.of(args[++i]);
        case "--own" -> {
          articles.addAll(Articles.stories(Articles.resource("/clutter/british-stories.txt"), false));
          articles.addAll(Articles.stories(Articles.resource("/clutter/wire-stories.txt"), true));
        }
        case "-v" -> verbose = true;
        case "--dump" -> dump = args[++i];
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (sentences != null) {
      List<Article> made = Articles.fromSentences(Articles.sentences(sentences), headlineSource, 7);
      System.out.println("articles made from sentences: " + made.size());
      articles.addAll(made);
    }
    if (dump != null) {
      dump(articles, dump);
      return;
    }
    FurnitureScore score = FurnitureScore.run(articles, SiteTemplates.all(), 42);
    score.bySite().forEach((site, t) -> System.out.println(t.line(site)));
    System.out.println(score.total(false).line("ALL seen templates"));
    System.out.println(score.total(true).line("ALL unseen (*)"));
    System.out.println(score.total(null).line("ALL"));
    if (verbose) {
      FurnitureScore.Tally all = score.total(null);
      print("missed furniture", all.misses);
      print("article lines flagged", all.falseRemovals);
      print("pages not exactly the article", all.inexact);
    }
  }

  /** Prints the pages of one site whose furniture was not all found or whose article lines were flagged. */
  private static void dump(List<Article> articles, String site) {
    List<String> headlines = articles.stream().map(Article::headline).toList();
    int shown = 0;
    for (SiteTemplates.Site s : SiteTemplates.all()) {
      if (!s.name().equals(site)) {
        continue;
      }
      for (int n = 0; n < articles.size(); n++) {
        WebPage page = FurnitureScore.page(s, articles, n, headlines, 42);
        FurnitureScore.Tally t = new FurnitureScore.Tally();
        FurnitureScore.score(page, t);
        if (t.exact == 1 || shown >= 3) {
          continue;
        }
        shown++;
        List<Integer> flagged = PageFurniture.lines(page.text());
        List<Boolean> labels = page.labels();
        String[] lines = page.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
          Boolean f = i < labels.size() ? labels.get(i) : null;
          String mark = (f == null ? " " : f ? "F" : "A") + (flagged.contains(i) ? "x" : " ");
          System.out.println(mark + " " + lines[i]);
        }
        System.out.println("-- " + t.inexact);
      }
    }
  }

  /** The most frequent lines of each site, a dozen a site, with counts. */
  private static void print(String title, List<String> lines) {
    System.out.println("== " + title + " (" + lines.size() + ")");
    java.util.Map<String, java.util.Map<String, Integer>> bySite = new java.util.TreeMap<>();
    for (String l : lines) {
      int colon = l.indexOf(": ");
      String line = l.substring(colon + 2).replaceAll("[0-9]", "#");
      bySite.computeIfAbsent(l.substring(0, colon), k -> new java.util.HashMap<>()).merge(line, 1, Integer::sum);
    }
    bySite.forEach((site, counts) -> counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
        .forEach(e -> System.out.printf("  %-20s %4d  %s%n", site, e.getValue(),
            e.getKey().length() > 110 ? e.getKey().substring(0, 110) : e.getKey())));
  }
}
