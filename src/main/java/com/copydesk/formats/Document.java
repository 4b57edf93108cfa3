package com.copydesk.formats;

import com.copydesk.core.Draft;
import com.copydesk.core.Segmenter;
import java.nio.file.Path;
import java.util.List;

/**
 * An opened file, whatever its format: the text that is shown and checked, how that text splits
 * into paragraphs (and which parts are markup), and how to turn corrected text back into the
 * file's bytes without disturbing anything else in it.
 */
public interface Document {

  /** Where the document came from; null for a document that was never saved. */
  Path path();

  /** The file name shown to the copy editor. */
  String name();

  /** The format it was read in and will be saved in. */
  DocumentFormat format();

  /** The text as read (issue offsets point into it). */
  String text();

  /** How the text splits into paragraphs and which parts are not prose. */
  Segmenter segmenter();

  /** The line breaks the file had. */
  LineEndings lineEndings();

  /** Things the copy editor should know about how the file was read (e.g. a legacy encoding). */
  List<String> warnings();

  /** A one-line description, e.g. "Plain text, UTF-8, CRLF". */
  String describe();

  /** The file's bytes with {@code newText} in place of {@link #text()}. */
  byte[] encode(String newText) throws DocumentException;

  /** True when {@link #encodeWithTrackedChanges} can record changes (Word documents). */
  default boolean supportsTrackedChanges() {
    return false;
  }

  /**
   * The file's bytes with {@code newText} in place of {@link #text()}, every difference recorded as
   * a tracked change (deletion and insertion, signed by {@code marks}) that the writer can accept or
   * reject in Word or LibreOffice. Formats without tracked changes refuse with a one-line message.
   */
  default byte[] encodeWithTrackedChanges(String newText, TrackedChanges marks) throws DocumentException {
    throw new DocumentException("Tracked changes can be recorded only in Word documents (.docx); '"
        + name() + "' is " + format().name() + ".");
  }

  /** Formats this document can also be exported to (e.g. plain text and Markdown for a Word document). */
  default List<ExportFormat> exportFormats() {
    return List.of();
  }

  /** The bytes of this document, with {@code newText} in place of its text, in another format. */
  default byte[] export(String newText, ExportFormat target) throws DocumentException {
    throw new DocumentException("'" + name() + "' (" + format().name() + ") cannot be exported as "
        + target.label() + ".");
  }

  default Draft draft() {
    return new Draft(text(), segmenter());
  }
}
