package com.copydesk.report;

import com.copydesk.core.Category;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The change report as one self-contained HTML page (styles inline, no scripts, nothing loaded from
 * elsewhere): counts per category, then every change in order with its sentence, the removed text
 * struck through and the inserted text underlined, and the rule's message.
 */
final class HtmlChangeReport {
  private static final String STYLE = String.join("\n",
      "body{font-family:Georgia,'Times New Roman',serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222;line-height:1.5}",
      "h1{font-size:1.5em;margin-bottom:.2em}",
      ".meta{color:#666;margin-top:0}",
      "table.counts{border-collapse:collapse;margin:1em 0}",
      "table.counts th,table.counts td{border:1px solid #ccc;padding:.2em .8em;text-align:left}",
      "table.counts td.n{text-align:right}",
      "ol.changes li{margin:.8em 0;padding-bottom:.6em;border-bottom:1px solid #eee}",
      ".context{margin:0}",
      "del{color:#a40000;background:#fde8e8;text-decoration:line-through}",
      "ins{color:#005a00;background:#e6f6e6;text-decoration:underline}",
      ".why{margin:.2em 0 0;font-family:system-ui,sans-serif;font-size:.9em;color:#444}",
      ".cat{display:inline-block;border-radius:.3em;padding:0 .4em;background:#eef;margin-right:.4em}",
      ".rule{color:#777;font-family:monospace}",
      ".where{color:#777}");

  private HtmlChangeReport() {}

  static String render(ChangeReport report) {
    StringBuilder h = new StringBuilder(4096);
    String title = "Changes to " + report.documentName();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"generator\" content=\"Copydesk\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
        .append(report.size()).append(report.size() == 1 ? " change" : " changes").append(", made by Copydesk on ")
        .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(report.created().atOffset(ZoneOffset.UTC)))
        .append(".</p>\n");
    if (report.size() == 0) {
      h.append("<p>No changes were made.</p>\n");
    } else {
      h.append("<table class=\"counts\">\n<tr><th>Category</th><th>Changes</th></tr>\n");
      for (Map.Entry<Category, Integer> e : report.counts().entrySet()) {
        h.append("<tr><td>").append(esc(e.getKey().label())).append("</td><td class=\"n\">")
            .append(e.getValue()).append("</td></tr>\n");
      }
      h.append("<tr><th>Total</th><th>").append(report.size()).append("</th></tr>\n</table>\n");
      h.append("<ol class=\"changes\">\n");
      for (ChangeReport.Change c : report.changes()) {
        h.append("<li id=\"change-").append(c.number()).append("\">\n<p class=\"context\">");
        if (c.line() > 0) {
          h.append("<span class=\"where\">Line ").append(c.line()).append(":</span> ");
        }
        h.append(esc(shown(c.before())));
        if (!c.removed().isEmpty()) {
          h.append("<del>").append(esc(visible(c.removed()))).append("</del>");
        }
        if (!c.inserted().isEmpty()) {
          h.append("<ins>").append(esc(visible(c.inserted()))).append("</ins>");
        }
        h.append(esc(shown(c.after()))).append("</p>\n<p class=\"why\"><span class=\"cat\">")
            .append(esc(c.category().label())).append("</span>").append(esc(c.issue().message()))
            .append(" <span class=\"rule\">").append(esc(c.issue().ruleId())).append("</span></p>\n</li>\n");
      }
      h.append("</ol>\n");
    }
    return h.append("</body>\n</html>\n").toString();
  }

  /** Line breaks and tabs of the context as they read in one line. */
  static String shown(String s) {
    return s.replace("\r\n", " \u21b5 ").replace('\n', '\u21b5').replace('\u2028', '\u21b5').replace('\t', ' ');
  }

  /** Removed or inserted text that is only white space is shown with visible marks. */
  static String visible(String s) {
    if (!s.isBlank()) {
      return shown(s);
    }
    return s.replace(' ', '\u2423').replace('\t', '\u21e5').replace('\n', '\u21b5').replace('\u2028', '\u21b5')
        .replace('\u00a0', '\u2423');
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
