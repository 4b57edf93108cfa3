package com.copydesk.cli;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import com.copydesk.formats.ExportFormat;
import com.copydesk.formats.TrackedChanges;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@code fix} writes the corrected copy: in the document's own format, with tracked changes
 * (Word documents), or, when a Word document goes to OUT.txt / OUT.md or to standard output, as
 * exported text. Decided before any checking, so a bad combination fails at once.
 */
final class CorrectedCopy {
  private final Document doc;
  private final ExportFormat export;
  private final boolean tracked;

  private CorrectedCopy(Document doc, ExportFormat export, boolean tracked) {
    this.doc = doc;
    this.export = export;
    this.tracked = tracked;
  }

  /** {@code target} null means standard output. */
  static CorrectedCopy plan(Document doc, Path target, boolean trackChanges) throws DocumentException {
    boolean exports = !doc.exportFormats().isEmpty();
    ExportFormat export = null;
    if (exports && target == null) {
      export = ExportFormat.PLAIN_TEXT; // a Word document prints as its text
    } else if (exports) {
      String ext = Documents.extension(target).toLowerCase(Locale.ROOT);
      Optional<ExportFormat> asked = ExportFormat.forFileName(target.toString());
      if (asked.isPresent() && doc.exportFormats().contains(asked.get())) {
        export = asked.get();
      } else if (!doc.format().extensions().contains(ext)) {
        throw new DocumentException("Cannot write " + doc.format().name() + " '" + doc.name() + "' as '"
            + Documents.displayName(target) + "'; name the output ." + doc.format().extensions().get(0)
            + ", .txt or .md.");
      }
    }
    if (target != null && export == null && !Documents.formatFor(target).isText() && doc.format().isText()) {
      throw new DocumentException("Cannot write " + doc.format().name() + " '" + doc.name() + "' as "
          + Documents.formatFor(target).name() + " '" + Documents.displayName(target) + "'; name the output ."
          + doc.format().extensions().get(0) + ".");
    }
    if (trackChanges) {
      if (!doc.supportsTrackedChanges()) {
        throw new DocumentException("--track-changes works only for Word documents (.docx); '" + doc.name()
            + "' is " + doc.format().name() + ".");
      }
      if (target == null || export != null) {
        throw new DocumentException("--track-changes writes a Word document; give -o OUT.docx or --in-place.");
      }
    }
    return new CorrectedCopy(doc, export, trackChanges);
  }

  byte[] bytes(String corrected) throws DocumentException {
    if (export != null) {
      return doc.export(corrected, export);
    }
    return tracked ? doc.encodeWithTrackedChanges(corrected, TrackedChanges.byCopydesk()) : doc.encode(corrected);
  }

  /** Added to the summary line: how the copy was written. */
  String describe() {
    return tracked ? " with tracked changes" : export != null ? " as " + export.label().toLowerCase(Locale.ROOT) : "";
  }
}
