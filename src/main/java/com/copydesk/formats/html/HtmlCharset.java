package com.copydesk.formats.html;

import com.copydesk.formats.DocumentException;
import com.copydesk.formats.TextEncoding;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML file the way a browser would: a byte-order mark first, then the charset the page
 * declares in its first bytes ({@code <meta charset>} or {@code http-equiv}), else UTF-8 with a
 * Windows-1252 fallback. Labels browsers treat as Windows-1252 (ISO-8859-1, ASCII) are read as such.
 */
final class HtmlCharset {
  /** Browsers look for the declaration in the first 1024 bytes; a little more tolerates long heads. */
  static final int PRESCAN_BYTES = 4096;

  private static final Pattern META = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  static TextEncoding.Decoded decode(String name, byte[] bytes) throws DocumentException {
    if (hasBom(bytes)) {
      return TextEncoding.decode(name, bytes);
    }
    String label = declared(bytes);
    if (label == null) {
      return TextEncoding.decode(name, bytes);
    }
    Charset cs = charsetFor(name, label);
    if (cs.equals(StandardCharsets.UTF_8)) {
      return TextEncoding.decode(name, bytes); // also covers a page that declares UTF-8 but is not
    }
    try {
      return TextEncoding.decodeDeclared(name, bytes, cs, null);
    } catch (DocumentException notThatCharset) {
      if (cs.name().equals("windows-1252")) {
        return TextEncoding.decodeDeclared(name, bytes, StandardCharsets.ISO_8859_1, null);
      }
      throw notThatCharset;
    }
  }

  /** The charset label the page declares near its start, or null. */
  static String declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    head = head.replaceAll("(?s)<!--.*?-->", "");
    Matcher m = META.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  static Charset charsetFor(String name, String label) throws DocumentException {
    String l = label.toLowerCase(Locale.ROOT);
    switch (l) {
      case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
        return StandardCharsets.UTF_8; // a UTF-16 page without a BOM is read as UTF-8, as browsers do
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
          "x-cp1252", "iso_8859-1", "cp819", "ibm819", "iso-ir-100":
        return TextEncoding.WINDOWS_1252;
      default:
        try {
          return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          throw new DocumentException("'" + name + "' declares the character set '" + label
              + "', which Copydesk cannot read; save it as UTF-8.", e);
        }
    }
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF
        || b.length >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE);
  }
}
