package com.copydesk.rules.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/** Developer tool: prints LanguageTool's analysis (POS readings, chunks) of each line of a file or argument. */
public final class AnalysisDump {
  private AnalysisDump() {}

  public static void main(String[] args) throws IOException {
    JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-GB"));
    List<String> lines = args.length == 1 && Files.exists(Path.of(args[0]))
        ? Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8) : List.of(args);
    for (String line : lines) {
      if (line.isBlank()) continue;
      System.out.println("## " + line);
      for (AnalyzedSentence s : lt.analyzeText(line)) {
        AnalyzedTokenReadings[] pre = s.getPreDisambigTokensWithoutWhitespace();
        AnalyzedTokenReadings[] toks = s.getTokensWithoutWhitespace();
        for (int i = 0; i < toks.length; i++) {
          AnalyzedTokenReadings t = toks[i];
          StringBuilder sb = new StringBuilder();
          for (AnalyzedToken r : t.getReadings()) {
            sb.append(r.getPOSTag()).append('/').append(r.getLemma()).append(' ');
          }
          StringBuilder lex = new StringBuilder();
          if (pre.length == toks.length) {
            for (AnalyzedToken r : pre[i].getReadings()) {
              lex.append(r.getPOSTag()).append(' ');
            }
          }
          System.out.printf("  %-18s %-40s %s  lex: %s%n", t.getToken(), sb.toString().trim(), t.getChunkTags(),
              lex.toString().trim());
        }
      }
    }
  }
}
