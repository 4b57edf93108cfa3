package com.copydesk.report;

import com.copydesk.core.Category;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The change report as Markdown: counts per category as a table, then a numbered list of changes,
 * each with its sentence, the removed text struck through ({@code ~~old~~}), the inserted text
 * underlined ({@code <ins>new</ins>}) and the rule's message.
 */
final class MarkdownChangeReport {
  private MarkdownChangeReport() {}

  static String render(ChangeReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Changes to ").append(escape(report.documentName())).append("\n\n")
        .append(report.size()).append(report.size() == 1 ? " change" : " changes").append(", made by Copydesk on ")
        .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(report.created().atOffset(ZoneOffset.UTC)))
        .append(".\n\n");
    if (report.size() == 0) {
      return sb.append("No changes were made.\n").toString();
    }
    sb.append("| Category | Changes |\n|---|---:|\n");
    for (Map.Entry<Category, Integer> e : report.counts().entrySet()) {
      sb.append("| ").append(e.getKey().label()).append(" | ").append(e.getValue()).append(" |\n");
    }
    sb.append("| **Total** | **").append(report.size()).append("** |\n\n");
    for (ChangeReport.Change c : report.changes()) {
      sb.append(c.number()).append(". ");
      if (c.line() > 0) {
        sb.append("Line ").append(c.line()).append(": ");
      }
      sb.append(escape(HtmlChangeReport.shown(c.before())));
      if (!c.removed().isEmpty()) {
        sb.append("~~").append(escape(HtmlChangeReport.visible(c.removed()))).append("~~");
      }
      if (!c.inserted().isEmpty()) {
        sb.append("<ins>").append(escape(HtmlChangeReport.visible(c.inserted()))).append("</ins>");
      }
      sb.append(escape(HtmlChangeReport.shown(c.after()))).append("  \n   *").append(c.category().label())
          .append(":* ").append(escape(c.issue().message())).append(" (`").append(c.issue().ruleId().replace("`", ""))
          .append("`)\n");
    }
    return sb.toString();
  }

  /** Markdown and HTML special characters shown literally. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]#|~".indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else if (c == '<') {
        sb.append("&lt;");
      } else if (c == '>') {
        sb.append("&gt;");
      } else if (c == '&') {
        sb.append("&amp;");
      } else if (c == '\n' || c == '\r') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
