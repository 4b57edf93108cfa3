package com.copydesk.engine.variant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test drafts written for the variant guess (test resources beside this class). */
public final class Drafts {
  private Drafts() {}

  public static String read(String name) {
    try (InputStream in = Drafts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test draft " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
