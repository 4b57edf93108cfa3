package com.copydesk.ui.files;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import com.copydesk.formats.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * File ▸ Export: writes a copy of the draft in another format, or a Word copy with tracked changes,
 * and leaves the desk on the document it is working on (the copy is for the writer). Save As to a
 * file name of another format comes here too.
 */
public final class ExportAction {
  private final DocumentSession session;
  private final FileDialogs dialogs;
  private final Supplier<Window> window;
  private final Supplier<String> editorText;
  private final Consumer<String> say;

  public ExportAction(DocumentSession session, FileDialogs dialogs, Supplier<Window> window,
      Supplier<String> editorText, Consumer<String> say) {
    this.session = session;
    this.dialogs = dialogs;
    this.window = window;
    this.editorText = editorText;
    this.say = say;
  }

  /** File ▸ Export…: the format dialog, then where to write. True when a copy was written. */
  public boolean export() {
    Document doc = session.document();
    if (doc == null) {
      return false;
    }
    if (!ExportOptions.hasChoices(doc)) {
      say.accept(doc.format().name() + " is written only as itself; use Save As for a copy.");
      return false;
    }
    Optional<ExportOptions.Request> request = ExportDialog.ask(window.get(), doc, session.displayName());
    if (request.isEmpty()) {
      return false;
    }
    ExportOptions.Choice choice = request.get().choice();
    Optional<Path> target = dialogs.chooseSaveTarget(window.get(), session.folder(),
        ExportOptions.suggestedName(session.suggestedFileName(), choice));
    if (target.isEmpty()) {
      return false;
    }
    return write(request.get(), ExportOptions.withExtension(target.get(), choice.extension()));
  }

  /** Save As to a file name that asks for an export format (a Word document as .txt or .md). */
  public boolean exportAs(ExportFormat format, Path target) {
    ExportOptions.Choice choice = ExportOptions.choices(session.document()).stream()
        .filter(c -> c.export() == format).findFirst().orElseThrow();
    return write(new ExportOptions.Request(choice, false), target);
  }

  private boolean write(ExportOptions.Request request, Path target) {
    Document doc = session.document();
    if (session.path() != null && sameFile(target, session.path())) {
      Alerts.showError(window.get(), "The copy was not written.", "'" + Documents.displayName(target)
          + "' is the document open on the desk; choose another name (File ▸ Save writes the document itself).");
      return false;
    }
    try {
      ExportOptions.write(doc, doc.lineEndings().restore(editorText.get()), request, target);
    } catch (DocumentException e) {
      Alerts.showError(window.get(), "The copy was not written.", e.getMessage());
      return false;
    }
    ExportOptions.Choice c = request.choice();
    String how = request.trackChanges() ? " with tracked changes" : c.isOwnFormat() ? "" : " (" + c.label() + ")";
    say.accept("Exported a copy to " + Documents.displayName(target) + how + "; the desk stays on "
        + session.displayName() + ".");
    return true;
  }

  static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
