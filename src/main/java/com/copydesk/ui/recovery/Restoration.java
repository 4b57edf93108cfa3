package com.copydesk.ui.recovery;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.DocumentFormat;
import com.copydesk.formats.Documents;
import com.copydesk.formats.PlainTextFormat;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a recovery copy becomes on the desk. While the original file exists and opens, the copy's
 * text goes over it as unsaved changes (the file itself is untouched until Save). Otherwise the
 * draft comes back untitled, in the same format, charset, byte-order mark and line breaks where
 * those can be rebuilt (a Word document whose file is gone comes back as plain text). Plain Java.
 *
 * @param document    the document to put on the desk
 * @param displayName the name to show, or null for the document's own
 * @param untitled    true when the draft has no file any more (Save asks where)
 * @param note        what the copy editor should know, for the status bar
 */
public record Restoration(Document document, String displayName, boolean untitled, String note) {

  public static Restoration of(RecoveryCopy copy) {
    Path source = copy.source();
    String why;
    if (source == null) {
      why = "";
    } else if (!Files.exists(source)) {
      why = " The original file " + source + " no longer exists, so it is untitled.";
    } else {
      try {
        Document doc = Documents.open(source);
        return new Restoration(doc, null, false, "Restored your unsaved changes to " + doc.name()
            + " (from " + RecoveryOffer.when(copy.savedAt()) + "). The file itself is unchanged until you save.");
      } catch (DocumentException e) {
        why = " The original could not be opened (" + e.getMessage() + "), so it is untitled.";
      }
    }
    String name = baseName(copy.name()) + " (recovered)";
    return new Restoration(untitledDocument(copy), name, true,
        "Restored the draft from " + RecoveryOffer.when(copy.savedAt()) + "." + why);
  }

  /** "article.txt (sample)" → "article.txt". */
  static String baseName(String name) {
    return name.replace(" (sample)", "").replace(" (recovered)", "");
  }

  /** A document without a file, of the copy's format and encoding where possible, holding its text. */
  static Document untitledDocument(RecoveryCopy copy) {
    DocumentFormat format = textFormatNamed(copy.format());
    if (format != null) {
      byte[] bytes = encode(copy);
      if (bytes != null) {
        try {
          return format.read(null, bytes);
        } catch (DocumentException | RuntimeException e) {
          // fall back to plain UTF-8 below
        }
      }
    }
    try {
      return PlainTextFormat.INSTANCE.read(null,
          copy.text().replace("\n", copy.lineBreak()).getBytes(StandardCharsets.UTF_8));
    } catch (DocumentException e) {
      try {
        return PlainTextFormat.INSTANCE.read(null, new byte[0]); // the desk puts the text in itself
      } catch (DocumentException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }

  private static DocumentFormat textFormatNamed(String name) {
    for (DocumentFormat f : Documents.formats()) {
      if (f.name().equals(name) && f.isText()) {
        return f;
      }
    }
    return null;
  }

  /** The copy's text in its file's charset, BOM and line break; null if that charset cannot hold it. */
  private static byte[] encode(RecoveryCopy copy) {
    Charset cs;
    try {
      cs = copy.charset().isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(copy.charset());
    } catch (IllegalArgumentException e) {
      return null;
    }
    try {
      ByteBuffer body = cs.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(copy.text().replace("\n", copy.lineBreak())));
      ByteArrayOutputStream out = new ByteArrayOutputStream(body.remaining() + 4);
      out.writeBytes(copy.bom());
      byte[] b = new byte[body.remaining()];
      body.get(b);
      out.writeBytes(b);
      return out.toByteArray();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
