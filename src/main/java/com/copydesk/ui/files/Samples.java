package com.copydesk.ui.files;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The article bundled in the jar, opened as an untitled copy (Save asks where; the jar is never
 * written), and the empty draft.
 */
public final class Samples {
  public static final String SAMPLE_FILE = "coastal-rail-reopening.txt";
  private static final String SAMPLE_RESOURCE = "/com/copydesk/samples/" + SAMPLE_FILE;

  private Samples() {}

  /** The bundled sample, as a document without a file. */
  public static Document sample() {
    try (InputStream in = Samples.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled sample " + SAMPLE_RESOURCE + " is missing from the jar");
      }
      return Documents.formatFor(Path.of(SAMPLE_FILE)).read(null, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The name the desk shows for the sample. */
  public static String sampleName() {
    return SAMPLE_FILE + " (sample)";
  }

  /** An empty plain-text draft without a file. */
  public static Document empty() {
    try {
      return Documents.formatFor(Path.of("untitled.txt")).read(null, new byte[0]);
    } catch (DocumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
