package com.copydesk.rules.eval;

import com.copydesk.rules.AuxRuleTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;

/** Developer tool: prints the Copydesk matches for each argument (or each line of a file). */
public final class AuxDebug {
  private AuxDebug() {}

  public static void main(String[] args) throws IOException {
    JLanguageTool lt = AuxRuleTestSupport.languageTool();
    List<String> lines = args.length == 1 && Files.exists(Path.of(args[0]))
        ? Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8) : List.of(args);
    for (String line : lines) {
      System.out.println("## " + line);
      for (RuleMatch m : lt.check(line)) {
        System.out.println("   " + m.getRule().getId() + " '" + line.substring(m.getFromPos(), m.getToPos()) + "' -> "
            + m.getSuggestedReplacements() + "  " + m.getMessage());
      }
    }
  }
}
