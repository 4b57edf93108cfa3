package com.copydesk.formats;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises files by their first bytes, so that a Word document renamed to .txt, an old .doc or a
 * PDF is refused with a message that says what the file really is instead of "binary data".
 */
public final class FileSignatures {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};

  private FileSignatures() {}

  public static boolean isZip(byte[] bytes) {
    return startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP);
  }

  public static boolean isOle2(byte[] bytes) {
    return startsWith(bytes, OLE2);
  }

  /**
   * Why a file expected to hold text cannot be read as text, when its first bytes show it is some
   * other kind of document; empty when it looks like it might be text.
   */
  public static Optional<String> notText(String name, byte[] bytes) {
    if (isZip(bytes)) {
      String kind = zipKind(bytes);
      if (kind.equals("docx")) {
        return Optional.of("'" + name + "' is a Word document (.docx) with the wrong extension; "
            + "rename it to .docx to open it.");
      }
      return Optional.of("'" + name + "' is " + kind + ", not a text document.");
    }
    if (isOle2(bytes)) {
      return Optional.of("'" + name + "' is an old-style Office file (such as a Word 97-2003 .doc) "
          + "or a password-protected document; save it as .docx or plain text.");
    }
    if (startsWith(bytes, PDF)) {
      return Optional.of("'" + name + "' is a PDF, which Copydesk cannot open; export it as .docx or plain text.");
    }
    if (startsWith(bytes, RTF)) {
      return Optional.of("'" + name + "' is an RTF document, which Copydesk cannot open; save it as .docx or plain text.");
    }
    return Optional.empty();
  }

  /** What kind of zip package this is, judged by the names of its entries. */
  static String zipKind(byte[] bytes) {
    if (contains(bytes, "word/document") || contains(bytes, "word/_rels")) {
      return "docx";
    }
    if (contains(bytes, "xl/workbook")) {
      return "an Excel workbook";
    }
    if (contains(bytes, "ppt/presentation")) {
      return "a PowerPoint presentation";
    }
    if (contains(bytes, "mimetypeapplication/vnd.oasis.opendocument")) {
      return "an OpenDocument file";
    }
    if (contains(bytes, "mimetypeapplication/epub")) {
      return "an EPUB book";
    }
    return "a zip archive";
  }

  private static boolean contains(byte[] bytes, String ascii) {
    byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (bytes[i + k] != needle[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
