package com.copydesk.ui.report;

import com.copydesk.formats.AtomicFiles;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import com.copydesk.report.ChangeReport;
import com.copydesk.report.ChangeReportFormat;
import com.copydesk.ui.files.Alerts;
import com.copydesk.ui.files.DocumentSession;
import com.copydesk.ui.files.ExportOptions;
import com.copydesk.ui.files.FileDialogs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * File ▸ Export Change Report: every suggestion applied in this session, in text order with its
 * sentence, as an HTML page, or as CSV or Markdown when the file name says so (.csv, .md).
 */
public final class ChangeReportAction {
  private final ChangeRecorder recorder;
  private final DocumentSession session;
  private final FileDialogs dialogs;
  private final Supplier<Window> window;
  private final Supplier<String> editorText;
  private final Consumer<String> say;

  public ChangeReportAction(ChangeRecorder recorder, DocumentSession session, FileDialogs dialogs,
      Supplier<Window> window, Supplier<String> editorText, Consumer<String> say) {
    this.recorder = recorder;
    this.session = session;
    this.dialogs = dialogs;
    this.window = window;
    this.editorText = editorText;
    this.say = say;
  }

  /** The report's file name for a document: "draft-changes.html". */
  public static String suggestedName(String documentFileName) {
    return ExportOptions.baseName(documentFileName) + "-changes.html";
  }

  /**
   * Where to write the report and in which form: a name without an extension gets ".html"; one
   * with an extension other than .html/.htm/.csv/.md/.markdown is refused.
   */
  public static Optional<Path> reportFile(Path chosen) {
    Path target = ExportOptions.withExtension(chosen, "html");
    return ChangeReportFormat.forFileName(Documents.displayName(target)).map(f -> target);
  }

  /** Asks where, then writes the report. True when written. */
  public boolean export() {
    if (session.document() == null) {
      return false;
    }
    Optional<Path> chosen = dialogs.chooseSaveTarget(window.get(), session.folder(), suggestedName(session.suggestedFileName()));
    if (chosen.isEmpty()) {
      return false;
    }
    Optional<Path> target = reportFile(chosen.get());
    if (target.isEmpty()) {
      Alerts.showError(window.get(), "The change report was not written.", "Copydesk cannot tell the report type of '"
          + Documents.displayName(chosen.get()) + "'; name it .html, .csv or .md.");
      return false;
    }
    return write(target.get());
  }

  /** Writes the report to {@code target} (its form by extension). True when written. */
  public boolean write(Path target) {
    if (session.path() != null && target.toAbsolutePath().normalize().equals(session.path().toAbsolutePath().normalize())) {
      Alerts.showError(window.get(), "The change report was not written.",
          "It would overwrite the document '" + session.displayName() + "'; choose another name.");
      return false;
    }
    ChangeReportFormat format = ChangeReportFormat.forFileName(Documents.displayName(target)).orElse(ChangeReportFormat.HTML);
    ChangeReport report = ChangeReport.of(session.displayName(), recorder.log(), editorText.get());
    try {
      AtomicFiles.write(target, format.bytes(report));
    } catch (DocumentException e) {
      Alerts.showError(window.get(), "The change report was not written.", e.getMessage());
      return false;
    }
    int n = report.size();
    say.accept("Change report written to " + Documents.displayName(target) + " ("
        + (n == 0 ? "no changes yet" : n == 1 ? "1 change" : n + " changes") + ").");
    return true;
  }
}
