package com.copydesk.ui.files;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import com.copydesk.formats.ExportFormat;
import com.copydesk.formats.TrackedChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a document on the desk can be written as besides Save: its own format as a copy (for a Word
 * document, optionally with every change recorded as a tracked change), and the formats it exports
 * to (plain text and Markdown for a Word document). Also decides what Save As does with a file name
 * of another format. Plain Java; no window needed.
 */
public final class ExportOptions {
  private ExportOptions() {}

  /** One way to write the document: its own format ({@code export} null) or an export format. */
  public record Choice(String label, String extension, ExportFormat export) {
    public boolean isOwnFormat() {
      return export == null;
    }

    /** "Word document (.docx)". */
    public String describe() {
      return label + " (." + extension + ")";
    }
  }

  /** What the copy editor asked for in the Export dialog. */
  public record Request(Choice choice, boolean trackChanges) {}

  /** The document's own format first, then the formats it exports to. */
  public static List<Choice> choices(Document doc) {
    List<Choice> out = new ArrayList<>();
    out.add(new Choice(doc.format().name(), doc.format().extensions().get(0), null));
    for (ExportFormat f : doc.exportFormats()) {
      out.add(new Choice(f.label(), f.extension(), f));
    }
    return out;
  }

  /** True when Export has more to offer than Save As (another format, or tracked changes). */
  public static boolean hasChoices(Document doc) {
    return doc != null && (!doc.exportFormats().isEmpty() || doc.supportsTrackedChanges());
  }

  /** Tracked changes can be recorded for this choice (the Word document's own format). */
  public static boolean canTrack(Document doc, Choice choice) {
    return choice.isOwnFormat() && doc.supportsTrackedChanges();
  }

  /** The file name to offer: the document's name with the choice's extension ("-edited" for a copy in its own format). */
  public static String suggestedName(String fileName, Choice choice) {
    String base = baseName(fileName);
    return (choice.isOwnFormat() ? base + "-edited" : base) + "." + choice.extension();
  }

  /** The name without its extension; "untitled" for none. */
  public static String baseName(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "untitled" : fileName.strip();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** {@code target}, with the choice's extension added when the name has none. */
  public static Path withExtension(Path target, String extension) {
    String name = Documents.displayName(target);
    if (name.indexOf('.') > 0) {
      return target;
    }
    return target.resolveSibling(name + "." + extension);
  }

  /**
   * Writes {@code text} (the document's text, its own line breaks restored) to {@code target} as
   * {@code request} asks, atomically.
   */
  public static void write(Document doc, String text, Request request, Path target) throws DocumentException {
    Choice c = request.choice();
    if (!c.isOwnFormat()) {
      Documents.export(doc, text, c.export(), target);
    } else if (request.trackChanges()) {
      if (!doc.supportsTrackedChanges()) {
        throw new DocumentException("Tracked changes can be recorded only in Word documents (.docx).");
      }
      Documents.saveWithTrackedChanges(doc, text, target, TrackedChanges.byCopydesk());
    } else {
      Documents.save(doc, text, target);
    }
  }

  /**
   * What Save As to {@code target} means for {@code doc}: empty to save in the document's own
   * format, or the export format the file name asks for (a Word document saved as .txt or .md).
   * A combination that cannot work (a text draft as .docx, a Word document as .html) is refused
   * with a one-line message.
   */
  public static Optional<ExportFormat> saveAsExport(Document doc, Path target) throws DocumentException {
    String ext = Documents.extension(target).toLowerCase(Locale.ROOT);
    if (!doc.format().isText()) {
      if (doc.format().extensions().contains(ext)) {
        return Optional.empty();
      }
      Optional<ExportFormat> asked = ExportFormat.forFileName(Documents.displayName(target));
      if (asked.isPresent() && doc.exportFormats().contains(asked.get())) {
        return asked;
      }
      throw new DocumentException("Copydesk cannot write " + doc.format().name() + " '" + doc.name()
          + "' as '" + Documents.displayName(target) + "'; name it ." + doc.format().extensions().get(0)
          + exportExtensions(doc) + ".");
    }
    if (!Documents.formatFor(target).isText()) {
      throw new DocumentException("Copydesk cannot turn " + doc.format().name().toLowerCase(Locale.ROOT)
          + " '" + doc.name() + "' into a " + Documents.formatFor(target).name() + " ('"
          + Documents.displayName(target) + "'); save it as ." + doc.format().extensions().get(0) + ".");
    }
    return Optional.empty();
  }

  private static String exportExtensions(Document doc) {
    StringBuilder sb = new StringBuilder();
    List<ExportFormat> formats = doc.exportFormats();
    for (int i = 0; i < formats.size(); i++) {
      sb.append(i == formats.size() - 1 ? " or ." : ", .").append(formats.get(i).extension());
    }
    return sb.toString();
  }
}
