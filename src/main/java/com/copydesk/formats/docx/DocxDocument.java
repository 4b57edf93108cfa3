package com.copydesk.formats.docx;

import com.copydesk.core.Segmenter;
import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.DocumentFormat;
import com.copydesk.formats.Documents;
import com.copydesk.formats.ExportFormat;
import com.copydesk.formats.LineEndings;
import com.copydesk.formats.TrackedChanges;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * A Word document shown as its text, one paragraph per line: the body (with table cells), then
 * footnotes, endnotes, headers and footers. Saving puts the changed words back into the runs they
 * came from and writes every other part of the package unchanged; saving unchanged text gives back
 * the original file byte for byte. Immutable: each save parses the original parts afresh.
 */
final class DocxDocument implements Document {
  private static final Segmenter SEGMENTER = new DocxSegmenter();

  private final Path path;
  private final DocumentFormat format;
  private final byte[] original;
  private final DocxPackage pkg;
  private final List<WordParts.Part> found;
  private final String text;
  private final String description;
  private final List<String> warnings;

  DocxDocument(Path path, DocumentFormat format, byte[] original, DocxPackage pkg,
      List<WordParts.Part> found, List<TextPart> parts) {
    this.path = path;
    this.format = format;
    this.original = original.clone();
    this.pkg = pkg;
    this.found = List.copyOf(found);
    List<String> lines = new ArrayList<>();
    int body = 0;
    int other = 0;
    boolean tracked = false;
    boolean boxes = false;
    for (TextPart part : parts) {
      for (Element p : part.paragraphs()) {
        lines.add(RunText.text(p));
        if (part.part().kind() == WordParts.Kind.BODY) {
          body++;
        } else {
          other++;
        }
      }
      tracked |= part.dom().getElementsByTagNameNS(DocxXml.W, "del").getLength() > 0
          || part.dom().getElementsByTagNameNS(DocxXml.W, "ins").getLength() > 0;
      boxes |= part.dom().getElementsByTagNameNS(DocxXml.W, "txbxContent").getLength() > 0;
    }
    this.text = String.join("\n", lines);
    this.description = String.format(Locale.ROOT, "Word document, %d paragraph%s%s", body, body == 1 ? "" : "s",
        other == 0 ? "" : " (+" + other + " in notes, headers and footers, shown after the body)");
    List<String> w = new ArrayList<>();
    if (tracked) {
      w.add("'" + name() + "' already has tracked changes; Copydesk shows and checks the text as if "
          + "they were accepted, and leaves them in place.");
    }
    if (boxes) {
      w.add("'" + name() + "' has text boxes; their text is not checked.");
    }
    this.warnings = List.copyOf(w);
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public String name() {
    return Documents.displayName(path);
  }

  @Override
  public DocumentFormat format() {
    return format;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public Segmenter segmenter() {
    return SEGMENTER;
  }

  @Override
  public LineEndings lineEndings() {
    return LineEndings.of(text);
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public byte[] encode(String newText) throws DocumentException {
    if (unchanged(newText)) {
      return original.clone();
    }
    return DocxEdits.write(pkg, found, newText, null, null);
  }

  @Override
  public boolean supportsTrackedChanges() {
    return true;
  }

  @Override
  public byte[] encodeWithTrackedChanges(String newText, TrackedChanges marks) throws DocumentException {
    if (unchanged(newText)) {
      return original.clone();
    }
    return DocxEdits.write(pkg, found, newText, marks.author(), marks.date());
  }

  @Override
  public List<ExportFormat> exportFormats() {
    return List.of(ExportFormat.PLAIN_TEXT, ExportFormat.MARKDOWN);
  }

  @Override
  public byte[] export(String newText, ExportFormat target) throws DocumentException {
    List<TextPart> parts = DocxEdits.parts(pkg, found);
    if (!unchanged(newText)) {
      DocxEdits.apply(name(), parts, newText, null, null);
    }
    String out = target == ExportFormat.MARKDOWN ? DocxExport.markdown(parts) : DocxExport.plainText(parts);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private boolean unchanged(String newText) {
    return LineEndings.normalize(newText).equals(text);
  }
}
