package com.copydesk.formats;

import java.nio.file.Path;
import java.util.List;

/** One kind of file Copydesk reads and writes. */
public interface DocumentFormat {

  /** The name shown to the copy editor, e.g. "Plain text". */
  String name();

  /** File name extensions without the dot, lower case, e.g. "txt". */
  List<String> extensions();

  /**
   * True when the file is text the copy editor edits as is (plain text, Markdown, HTML source);
   * false for packages such as Word documents, which only their own format can write.
   */
  default boolean isText() {
    return true;
  }

  /** Reads a document from its bytes; {@code path} is where they came from (may be null). */
  Document read(Path path, byte[] bytes) throws DocumentException;
}
