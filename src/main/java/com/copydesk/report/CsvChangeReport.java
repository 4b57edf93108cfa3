package com.copydesk.report;

/**
 * The change report as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF line ends,
 * UTF-8): number, line, category, rule, removed, inserted, message, context before, context after.
 */
final class CsvChangeReport {
  static final String HEADER = "number,line,category,rule,removed,inserted,message,before,after";

  private CsvChangeReport() {}

  static String render(ChangeReport report) {
    StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
    for (ChangeReport.Change c : report.changes()) {
      sb.append(c.number()).append(',')
          .append(c.line()).append(',')
          .append(field(c.category().name())).append(',')
          .append(field(c.issue().ruleId())).append(',')
          .append(field(c.removed())).append(',')
          .append(field(c.inserted())).append(',')
          .append(field(c.issue().message())).append(',')
          .append(field(c.before())).append(',')
          .append(field(c.after())).append("\r\n");
    }
    return sb.toString();
  }

  /**
   * A field quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed with a
   * quote mark so spreadsheets never run it as a formula.
   */
  static String field(String s) {
    String v = s.replace('\u2028', '\n');
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
        || !v.strip().equals(v)) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
