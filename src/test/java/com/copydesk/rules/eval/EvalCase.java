package com.copydesk.rules.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a dropped-auxiliary evaluation file: a sentence with one auxiliary removed (columns: id,
 * pattern, label, restorations a|b, erroneous, offset in code points, removed word, original).
 */
public record EvalCase(String id, String pattern, String label, List<String> restorations,
    String erroneous, int offset, String removed, String original) {

  /** Reads the ERR rows of a case file (header line skipped, blank lines ignored). */
  public static List<EvalCase> readErrors(Path file) throws IOException {
    List<EvalCase> out = new ArrayList<>();
    for (String[] c : rows(file)) {
      if (c.length >= 8 && c[2].equals("ERR")) {
        out.add(new EvalCase(c[0], c[1], c[2], List.of(c[3].split("\\|")), c[4],
            Integer.parseInt(c[5]), c[6], c[7]));
      }
    }
    return out;
  }

  /** Reads the sentence column of a clean-sentence file (id, sentence). */
  public static List<String> readClean(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String[] c : rows(file)) {
      out.add(c[1]);
    }
    return out;
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.strip().isEmpty()) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
