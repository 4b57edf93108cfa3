package com.copydesk.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The ways a change report can be written; chosen by the report file's extension. */
public enum ChangeReportFormat {
  /** A self-contained page: deletions struck through, insertions underlined, counts per category. */
  HTML("html"),
  /** One row per change, for spreadsheets and archives (UTF-8, RFC 4180). */
  CSV("csv"),
  /** A numbered list, for archives and repositories. */
  MARKDOWN("md");

  private final String extension;

  ChangeReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** By extension: .html/.htm, .csv, .md/.markdown; empty for anything else. */
  public static Optional<ChangeReportFormat> forFileName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (n.endsWith(".md") || n.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    return Optional.empty();
  }

  public String render(ChangeReport report) {
    return switch (this) {
      case HTML -> HtmlChangeReport.render(report);
      case CSV -> CsvChangeReport.render(report);
      case MARKDOWN -> MarkdownChangeReport.render(report);
    };
  }

  /** The report as the bytes of a file (UTF-8). */
  public byte[] bytes(ChangeReport report) {
    return render(report).getBytes(StandardCharsets.UTF_8);
  }
}
