package com.copydesk.cli;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.TextIndex;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for people and editors' error parsers: one line per issue,
 * {@code path:line:column: CATEGORY: message [RULE_ID] -> first suggestion}, then a summary line.
 */
final class TextReport {
  private TextReport() {}

  static void write(List<FileReport> files, PrintWriter out) {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    int total = 0;
    for (FileReport f : files) {
      TextIndex index = f.index();
      for (Issue issue : f.issues()) {
        StringBuilder line = new StringBuilder();
        line.append(f.path()).append(':').append(index.line(issue.start())).append(':')
            .append(index.column(issue.start())).append(": ").append(issue.category().name())
            .append(": ").append(Cli.oneLine(issue.message())).append(" [").append(issue.ruleId())
            .append(']');
        issue.firstReplacement().ifPresent(r -> line.append(" -> ").append(visible(r)));
        out.println(line);
        counts.merge(issue.category(), 1, Integer::sum);
        total++;
      }
    }
    out.println(summary(total, files.size(), counts));
    out.flush();
  }

  static String summary(int total, int fileCount, Map<Category, Integer> counts) {
    String files = fileCount == 1 ? "1 file" : fileCount + " files";
    if (total == 0) {
      return "No issues in " + files + ".";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(total).append(total == 1 ? " issue in " : " issues in ").append(files).append(" (");
    boolean first = true;
    for (Map.Entry<Category, Integer> e : counts.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      sb.append(e.getValue()).append(' ').append(e.getKey().label().toLowerCase(Locale.ROOT));
      first = false;
    }
    return sb.append(").").toString();
  }

  /** An empty replacement means "delete"; say so rather than print nothing. */
  private static String visible(String replacement) {
    return replacement.isEmpty() ? "(delete)" : replacement.replace("\n", "\\n");
  }
}
