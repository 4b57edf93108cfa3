package com.copydesk.ui.recovery;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The bytes of a recovery file. A first line {@code copydesk-recovery 1}, then {@code key=value}
 * lines (control characters and backslashes escaped), a blank line, and the draft's text in UTF-8.
 * The header holds the text's length and CRC-32, so a damaged file is recognised and skipped.
 * Files of a later version are refused, never guessed at.
 */
final class RecoveryFormat {
  static final String MAGIC = "copydesk-recovery";
  static final int VERSION = 1;

  /** A file that cannot be read as a recovery copy; the message says why, in one line. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private RecoveryFormat() {}

  static byte[] encode(RecoveryCopy c) {
    byte[] text = c.text().getBytes(StandardCharsets.UTF_8);
    StringBuilder h = new StringBuilder();
    h.append(MAGIC).append(' ').append(VERSION).append('\n');
    put(h, "id", c.id());
    put(h, "saved", c.savedAt().toString());
    if (c.source() != null) {
      put(h, "source", c.source().toString());
    }
    put(h, "name", c.name());
    put(h, "format", c.format());
    put(h, "charset", c.charset());
    put(h, "bom", HexFormat.of().formatHex(c.bom()));
    put(h, "lineBreak", c.lineBreak());
    put(h, "caret", String.valueOf(c.caret()));
    for (String spot : c.ignoredSpots()) {
      put(h, "ignored", spot);
    }
    put(h, "owner", c.owner());
    put(h, "textBytes", String.valueOf(text.length));
    put(h, "textCrc32", Long.toHexString(crc(text)));
    h.append('\n');
    byte[] head = h.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + text.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(text, 0, all, head.length, text.length);
    return all;
  }

  static RecoveryCopy decode(byte[] bytes) throws Unreadable {
    int end = headerEnd(bytes);
    String[] lines = new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n", -1);
    String first = lines[0];
    if (!first.startsWith(MAGIC + " ")) {
      throw new Unreadable("not a recovery copy");
    }
    int version;
    try {
      version = Integer.parseInt(first.substring(MAGIC.length() + 1).strip());
    } catch (NumberFormatException e) {
      throw new Unreadable("unknown version '" + first + "'");
    }
    if (version > VERSION) {
      throw new Unreadable("written by a newer Copydesk (format " + version + "; this one reads " + VERSION + ")");
    }
    String id = null;
    String saved = null;
    String source = null;
    String name = null;
    String format = "";
    String charset = "";
    String bom = "";
    String lineBreak = "\n";
    String caret = "0";
    String owner = "";
    String textBytes = null;
    String crc = null;
    Set<String> ignored = new LinkedHashSet<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new Unreadable("damaged header line " + (i + 1));
      }
      String value = unescape(line.substring(eq + 1));
      switch (line.substring(0, eq)) {
        case "id" -> id = value;
        case "saved" -> saved = value;
        case "source" -> source = value;
        case "name" -> name = value;
        case "format" -> format = value;
        case "charset" -> charset = value;
        case "bom" -> bom = value;
        case "lineBreak" -> lineBreak = value;
        case "caret" -> caret = value;
        case "ignored" -> ignored.add(value);
        case "owner" -> owner = value;
        case "textBytes" -> textBytes = value;
        case "textCrc32" -> crc = value;
        default -> {
          // a key added later in the same version: not needed to restore
        }
      }
    }
    if (id == null || saved == null || name == null || textBytes == null || crc == null) {
      throw new Unreadable("damaged header (a required line is missing)");
    }
    try {
      int textStart = end + 2;
      long length = Long.parseLong(textBytes);
      if (length != bytes.length - textStart) {
        throw new Unreadable("damaged: the text is " + (bytes.length - textStart) + " bytes, not " + length);
      }
      byte[] text = java.util.Arrays.copyOfRange(bytes, textStart, bytes.length);
      if (crc(text) != Long.parseLong(crc, 16)) {
        throw new Unreadable("damaged: the text's checksum does not match");
      }
      return new RecoveryCopy(id, Instant.parse(saved), source == null ? null : Path.of(source), name, format,
          charset, HexFormat.of().parseHex(bom), lineBreak, Integer.parseInt(caret), ignored, owner,
          new String(text, StandardCharsets.UTF_8));
    } catch (NumberFormatException | DateTimeParseException | InvalidPathException e) {
      throw new Unreadable("damaged header (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new Unreadable("damaged header (" + e.getMessage() + ")");
    }
  }

  /** Where the header's closing blank line starts (the index of "\n\n"). */
  private static int headerEnd(byte[] bytes) throws Unreadable {
    for (int i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new Unreadable(bytes.length == 0 ? "empty file" : "damaged: no end to the header");
  }

  private static void put(StringBuilder h, String key, String value) {
    h.append(key).append('=').append(escape(value)).append('\n');
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        sb.append("\\\\");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String unescape(String s) throws Unreadable {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        sb.append(c);
      } else if (i + 1 < s.length() && s.charAt(i + 1) == '\\') {
        sb.append('\\');
        i++;
      } else if (i + 5 < s.length() && s.charAt(i + 1) == 'u') {
        try {
          sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        } catch (NumberFormatException e) {
          throw new Unreadable("damaged escape in the header");
        }
        i += 5;
      } else {
        throw new Unreadable("damaged escape in the header");
      }
    }
    return sb.toString();
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }
}
