package com.copydesk.engine.clutter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Articles for the furniture measurement: read from a file of stories (a headline line, then its
 * paragraphs, one per line or hard-wrapped, blank lines between; a headline is a short line with no
 * closing full stop), or made up at run time from a file of clean sentences grouped into paragraphs
 * under borrowed headlines. Nothing read here is kept.
 */
final class Articles {
  private Articles() {}

  /**
   * The stories of a file: separated by lines holding only "%%" (the headline is each story's first
   * line, paragraphs are separated by blank lines, or, in wire copy, begin with an indented line),
   * or, without such lines, in the format above.
   */
  static List<Article> stories(String text, boolean wire) {
    if (text.contains("\n%%\n")) {
      List<Article> out = new ArrayList<>();
      for (String story : text.split("\r?\n%%\r?\n")) {
        Article a = story(story.strip().isEmpty() ? "" : story.replaceAll("^\\s*\\n", ""), wire);
        if (a != null) {
          out.add(a);
        }
      }
      return out;
    }
    return headlineSplit(text);
  }

  /** One story: its first line the headline, then paragraphs. */
  static Article story(String text, boolean wire) {
    String[] lines = text.stripTrailing().split("\r?\n", -1);
    if (lines.length < 2) {
      return null;
    }
    List<List<String>> paras = new ArrayList<>();
    List<String> para = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      boolean starts = line.isBlank() || wire && line.startsWith(" ");
      if (starts && !para.isEmpty()) {
        paras.add(para);
        para = new ArrayList<>();
      }
      if (!line.isBlank()) {
        para.add(line);
      }
    }
    if (!para.isEmpty()) {
      paras.add(para);
    }
    return new Article(lines[0].strip(), paras, wire ? 0 : 1);
  }

  private static List<Article> headlineSplit(String text) {
    List<Article> out = new ArrayList<>();
    String headline = null;
    List<List<String>> paras = new ArrayList<>();
    List<String> para = new ArrayList<>();
    for (String raw : text.split("\r?\n", -1)) {
      String line = raw.stripTrailing();
      if (line.isBlank()) {
        if (!para.isEmpty()) {
          paras.add(para);
          para = new ArrayList<>();
        }
        continue;
      }
      if (para.isEmpty() && isHeadline(line)) {
        if (headline != null && !paras.isEmpty()) {
          out.add(new Article(headline, paras, 1));
        }
        headline = line.strip();
        paras = new ArrayList<>();
        continue;
      }
      para.add(line);
    }
    if (!para.isEmpty()) {
      paras.add(para);
    }
    if (headline != null && !paras.isEmpty()) {
      out.add(new Article(headline, paras, 1));
    }
    return out;
  }

  private static boolean isHeadline(String line) {
    String t = line.strip();
    return Shape.words(t) <= 14 && !Shape.endsSentence(t) && !t.startsWith(" ") && !line.startsWith(" ")
        && !t.equals("Reuter") && Character.isLetterOrDigit(t.charAt(0)) || t.startsWith("$") || t.startsWith("\u00A3");
  }

  /** Articles made of clean sentences (one per line, or id TAB sentence), 1-3 sentences a paragraph. */
  static List<Article> fromSentences(List<String> sentences, List<String> headlines, long seed) {
    Random r = new Random(seed);
    List<String> pool = new ArrayList<>(sentences);
    Collections.shuffle(pool, r);
    List<Article> out = new ArrayList<>();
    int i = 0;
    int h = 0;
    while (i < pool.size() - 8 && !headlines.isEmpty()) {
      int n = 4 + r.nextInt(7);
      List<List<String>> paras = new ArrayList<>();
      for (int p = 0; p < n && i < pool.size(); p++) {
        int k = 1 + r.nextInt(3);
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < k && i < pool.size(); s++) {
          if (b.length() > 0) {
            b.append(' ');
          }
          b.append(pool.get(i++));
        }
        paras.add(List.of(b.toString()));
      }
      out.add(new Article(headlines.get(h++ % headlines.size()), paras, 1));
    }
    return out;
  }

  static List<String> sentences(Path tsv) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String s = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
      if (!s.isBlank() && !s.equals("sentence")) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** A resource of the test classpath, as text. */
  static String resource(String name) throws IOException {
    try (InputStream in = Articles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
