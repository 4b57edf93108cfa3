package com.copydesk.ui.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads word/document.xml out of a .docx written by a test. */
public final class DocxXmlPeek {
  private DocxXmlPeek() {}

  public static String documentXml(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new IOException("no word/document.xml in " + docx);
  }
}
