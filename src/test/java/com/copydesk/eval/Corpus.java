package com.copydesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A named set of clean sentences and the English variant to check them as. */
record Corpus(String name, String lang, List<String> sentences) {

  /**
   * {@code name=path:lang}. A {@code .tsv} file has a header line and the sentence in its last column;
   * any other file has one sentence (or paragraph) per block, blocks separated by blank lines.
   */
  static Corpus parse(String spec, int limit) throws IOException {
    int eq = spec.indexOf('=');
    int colon = spec.lastIndexOf(':');
    if (eq < 1 || colon < eq) {
      throw new IllegalArgumentException("expected NAME=PATH:LANG, got " + spec);
    }
    Path path = Path.of(spec.substring(eq + 1, colon));
    List<String> out = new ArrayList<>();
    String text = Files.readString(path, StandardCharsets.UTF_8);
    if (path.toString().endsWith(".tsv")) {
      List<String> lines = text.lines().toList();
      for (String line : lines.subList(1, lines.size())) {
        String[] cols = line.split("\t");
        if (!cols[cols.length - 1].isBlank()) {
          out.add(cols[cols.length - 1].strip());
        }
      }
    } else {
      for (String block : text.split("\\R\\s*\\R")) {
        if (!block.isBlank()) {
          out.add(block.strip().replaceAll("\\s*\\R\\s*", " "));
        }
      }
    }
    return new Corpus(spec.substring(0, eq), spec.substring(colon + 1),
        List.copyOf(out.subList(0, Math.min(limit, out.size()))));
  }
}
