package com.copydesk.formats;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How a text file's bytes became characters: its charset and byte-order mark, so that saving writes
 * the same kind of bytes back. Detects UTF-8, UTF-16 with a BOM and, for bytes that are not valid
 * UTF-8, Windows-1252 (with a warning). Refuses binary data.
 */
public record TextEncoding(Charset charset, byte[] bom, String warning) {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

  public static TextEncoding utf8() {
    return new TextEncoding(StandardCharsets.UTF_8, new byte[0], null);
  }

  public boolean hasBom() {
    return bom.length > 0;
  }

  public String describe() {
    return charset.name() + (hasBom() ? " with BOM" : "");
  }

  /** The decoded text of a file whose name is {@code name}, and how it was encoded. */
  public static Decoded decode(String name, byte[] bytes) throws DocumentException {
    java.util.Optional<String> other = FileSignatures.notText(name, bytes);
    if (other.isPresent()) {
      throw new DocumentException(other.get());
    }
    if (startsWith(bytes, UTF8_BOM)) {
      return strict(name, bytes, UTF8_BOM, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 4 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE && bytes[2] == 0 && bytes[3] == 0) {
      throw new DocumentException("'" + name + "' is UTF-32 text, which Copydesk cannot open; save it as UTF-8.");
    }
    if (startsWith(bytes, UTF16BE_BOM)) {
      return strict(name, bytes, UTF16BE_BOM, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, UTF16LE_BOM)) {
      return strict(name, bytes, UTF16LE_BOM, StandardCharsets.UTF_16LE);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw notText(name);
      }
    }
    try {
      Decoded d = strict(name, bytes, new byte[0], StandardCharsets.UTF_8);
      checkControlCharacters(name, d.text());
      return d;
    } catch (DocumentException notUtf8) {
      try {
        String text = decoder(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
        checkControlCharacters(name, text);
        return new Decoded(text, new TextEncoding(WINDOWS_1252, new byte[0],
            "'" + name + "' is not valid UTF-8; it was read as Windows-1252 and will be saved that way."));
      } catch (CharacterCodingException e) {
        throw new DocumentException("'" + name + "' is neither UTF-8 nor Windows-1252 text; save it as UTF-8.", e);
      }
    }
  }

  /**
   * {@code bytes} (without a BOM) decoded strictly with {@code charset}, which the file declared
   * itself (an HTML meta charset); fails with a one-line message if they are not valid in it.
   */
  public static Decoded decodeDeclared(String name, byte[] bytes, Charset charset, String warning)
      throws DocumentException {
    java.util.Optional<String> other = FileSignatures.notText(name, bytes);
    if (other.isPresent()) {
      throw new DocumentException(other.get());
    }
    try {
      String text = decoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\u0000') >= 0) {
        throw notText(name);
      }
      checkControlCharacters(name, text);
      return new Decoded(text, new TextEncoding(charset, new byte[0], warning));
    } catch (CharacterCodingException e) {
      throw new DocumentException("'" + name + "' is not valid " + charset.name() + " text.", e);
    }
  }

  /**
   * Like {@link #encode}, but a character the charset cannot hold is written as a numeric character
   * reference ({@code &#x2014;}), which HTML and XML read back as that character.
   */
  public byte[] encodeWithCharacterReferences(String name, String text) throws DocumentException {
    CharsetEncoder enc = charset.newEncoder();
    if (enc.canEncode(text)) {
      return encode(name, text);
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      String ch = new String(Character.toChars(cp));
      if (enc.canEncode(ch)) {
        sb.append(ch);
      } else {
        sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
      }
    });
    return encode(name, sb.toString());
  }

  /** The bytes of {@code text} in this encoding, BOM first; refuses characters it cannot hold. */
  public byte[] encode(String name, String text) throws DocumentException {
    CharsetEncoder enc = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer body = enc.encode(CharBuffer.wrap(text));
      byte[] out = Arrays.copyOf(bom, bom.length + body.remaining());
      body.get(out, bom.length, body.remaining());
      return out;
    } catch (CharacterCodingException e) {
      throw new DocumentException("'" + name + "' is saved as " + charset.name()
          + ", which cannot hold some of the characters now in it; save it as UTF-8 instead.", e);
    }
  }

  private static Decoded strict(String name, byte[] bytes, byte[] bom, Charset cs) throws DocumentException {
    try {
      String text = decoder(cs).decode(ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length)).toString();
      return new Decoded(text, new TextEncoding(cs, bom, null));
    } catch (CharacterCodingException e) {
      throw new DocumentException("'" + name + "' is not valid " + cs.name() + " text.", e);
    }
  }

  private static CharsetDecoder decoder(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Text has few control characters besides tab, line breaks and form feed; binary data has many. */
  private static void checkControlCharacters(String name, String text) throws DocumentException {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
        controls++;
      }
    }
    if (controls > 0 && controls * 100 > text.length()) {
      throw notText(name);
    }
  }

  private static DocumentException notText(String name) {
    return new DocumentException("'" + name + "' is not a text document (it contains binary data).");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
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

  /** Decoded text with its encoding. */
  public record Decoded(String text, TextEncoding encoding) {}
}
