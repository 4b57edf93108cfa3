package com.copydesk.engine.variant;

import com.copydesk.core.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints what the variant guess makes of files and evaluation sets, and what it costs; not part of
 * the product.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) com.copydesk.engine.variant.VariantGuessMeasurement \
 *     [--per N] [--show K] [--expect CODE] [--file FILE]... [--sentences TSV]... [--conllu DIR]...
 * </pre>
 *
 * {@code --file}: the guess, its explanation, and its cost (first call, with the lexicon loading, and
 * the median of 21 more). {@code --sentences}: the sentence column of a TSV (id, sentence) joined into
 * documents of N sentences, each a paragraph; prints how many documents come out as each variant, and
 * the first K that do not come out as CODE (default en-GB). Options apply to the sets after them.
 * {@code --conllu}: the documents of a Universal Dependencies folder ({@code # newdoc}, {@code # text =}).
 */
public final class VariantGuessMeasurement {
  private VariantGuessMeasurement() {}

  public static void main(String[] args) throws IOException {
    int per = 15;
    int show = 0;
    Variant expect = Variant.EN_GB;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--per" -> per = Integer.parseInt(args[++i]);
        case "--show" -> show = Integer.parseInt(args[++i]);
        case "--expect" -> expect = Variant.fromCode(args[++i]).orElseThrow();
        case "--file" -> file(Path.of(args[++i]));
        case "--sentences" -> documents("sentences " + args[i + 1] + " (" + per + " a document)",
            sentenceDocuments(Path.of(args[++i]), per), show, expect);
        case "--conllu" -> documents("documents of " + args[i + 1], conlluDocuments(Path.of(args[++i])), show, expect);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
  }

  private static void file(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    VariantGuess first = VariantGuesser.standard().guess(text);
    double firstMs = (System.nanoTime() - t0) / 1e6;
    double[] runs = new double[21];
    double[] cpuRuns = new double[runs.length];
    VariantGuess g = first;
    for (int i = 0; i < runs.length; i++) {
      long c = cpu.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      g = VariantGuesser.standard().guess(text);
      runs[i] = (System.nanoTime() - t) / 1e6;
      cpuRuns[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(runs);
    Arrays.sort(cpuRuns);
    long words = text.split("\\s+").length;
    System.out.printf("%s: %,d words: %s (%s)%n", file.getFileName(), words, g.variant().code(),
        g.fromText() ? "from the text" : "default");
    System.out.printf("  %s%n  evidence: %s%n", g.describe(), g.evidence());
    System.out.printf("  cost: first call %.1f ms (loads the lexicon), then median %.1f ms (CPU %.1f ms), "
        + "max %.1f ms over %d runs%n", firstMs, runs[runs.length / 2], cpuRuns[cpuRuns.length / 2],
        runs[runs.length - 1], runs.length);
  }

  /** How the documents come out; the first {@code show} that do not come out {@code expect} are printed. */
  private static void documents(String name, List<String> docs, int show, Variant expect) {
    Map<Variant, Integer> fromText = new EnumMap<>(Variant.class);
    int defaults = 0;
    int shown = 0;
    for (String doc : docs) {
      VariantGuess g = VariantGuesser.standard().guess(doc);
      if (g.fromText()) {
        fromText.merge(g.variant(), 1, Integer::sum);
      } else {
        defaults++;
      }
      if (shown < show && g.variant() != expect) {
        shown++;
        System.out.printf("  -> %s %s [%s]%n     %s%n", g.variant().code(), g.explanation(), g.evidence(),
            doc.substring(0, Math.min(160, doc.length())).replace('\n', ' '));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Variant v : Variant.values()) {
      sb.append(String.format(" %s %d", v.code(), fromText.getOrDefault(v, 0)));
    }
    System.out.printf("%s: %d documents; from the text:%s; default (no guess) %d%n", name, docs.size(), sb, defaults);
  }

  private static List<String> sentenceDocuments(Path tsv, int per) throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2 && !f[0].equals("id")) {
        sentences.add(f[f.length - 1]);
      }
    }
    List<String> docs = new ArrayList<>();
    for (int i = 0; i + per <= sentences.size(); i += per) {
      docs.add(String.join("\n\n", sentences.subList(i, i + per)));
    }
    return docs;
  }

  private static List<String> conlluDocuments(Path dir) throws IOException {
    List<String> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
    }
    for (Path f : files) {
      StringBuilder doc = new StringBuilder();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith("# newdoc") && doc.length() > 0) {
          docs.add(doc.toString());
          doc.setLength(0);
        } else if (line.startsWith("# text = ")) {
          doc.append(line.substring(9)).append("\n\n");
        }
      }
      if (doc.length() > 0) {
        docs.add(doc.toString());
      }
    }
    return docs;
  }
}
