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

  default Draft draft() {
    return new Draft(text(), segmenter());
  }
}
