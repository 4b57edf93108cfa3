package com.copydesk.formats;

import com.copydesk.core.Segmenter;
import java.nio.file.Path;
import java.util.List;

/**
 * A document whose text is the file's text: plain text, and the source view of Markdown and HTML.
 * Saving encodes the new text with the file's charset and BOM; line breaks are whatever the text
 * holds (the desk puts the file's own back through {@link #lineEndings()}).
 */
public final class TextDocument implements Document {
  private final Path path;
  private final DocumentFormat format;
  private final String text;
  private final TextEncoding encoding;
  private final Segmenter segmenter;
  private final LineEndings lineEndings;
  private final boolean characterReferences;

  public TextDocument(Path path, DocumentFormat format, String text, TextEncoding encoding,
      Segmenter segmenter) {
    this(path, format, text, encoding, segmenter, false);
  }

  /**
   * With {@code characterReferences} (HTML), a character the file's charset cannot hold is saved
   * as a numeric character reference instead of being refused.
   */
  public TextDocument(Path path, DocumentFormat format, String text, TextEncoding encoding,
      Segmenter segmenter, boolean characterReferences) {
    this.characterReferences = characterReferences;
    this.path = path;
    this.format = format;
    this.text = text;
    this.encoding = encoding;
    this.segmenter = segmenter;
    this.lineEndings = LineEndings.of(text);
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
    return segmenter;
  }

  @Override
  public LineEndings lineEndings() {
    return lineEndings;
  }

  public TextEncoding encoding() {
    return encoding;
  }

  @Override
  public List<String> warnings() {
    return encoding.warning() == null ? List.of() : List.of(encoding.warning());
  }

  @Override
  public String describe() {
    return format.name() + ", " + encoding.describe() + ", " + lineEndings.describe() + " line breaks";
  }

  @Override
  public byte[] encode(String newText) throws DocumentException {
    return characterReferences
        ? encoding.encodeWithCharacterReferences(name(), newText)
        : encoding.encode(name(), newText);
  }
}
