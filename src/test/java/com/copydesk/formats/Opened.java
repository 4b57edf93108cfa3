package com.copydesk.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: writes bytes to a file named {@code name} in {@code dir} and opens it as a document. */
public final class Opened {
  private Opened() {}

  public static Document file(Path dir, byte[] bytes, String name) throws IOException, DocumentException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return Documents.open(file);
  }
}
