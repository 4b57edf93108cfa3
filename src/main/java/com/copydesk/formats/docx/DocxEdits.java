package com.copydesk.formats.docx;

import com.copydesk.core.Edit;
import com.copydesk.core.TextDiff;
import com.copydesk.formats.DocumentException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Puts edited text back into a Word package. The text view has one line per paragraph; each line
 * that changed is compared with its old version and the differences are applied inside that
 * paragraph's runs ({@link ParagraphEditor}), directly or as tracked changes. Only the parts whose
 * text changed are written anew; every other entry of the package is copied unchanged. Adding or
 * removing paragraphs (line breaks) is refused with a clear message.
 */
final class DocxEdits {
  private DocxEdits() {}

  /** A fresh parse of the package's text parts, in view order (parts without text left out). */
  static List<TextPart> parts(DocxPackage pkg, List<WordParts.Part> found) throws DocumentException {
    List<TextPart> parts = new ArrayList<>();
    for (WordParts.Part p : found) {
      TextPart part = TextPart.parse(pkg, p);
      if (p.kind() == WordParts.Kind.BODY || part.hasText()) {
        parts.add(part);
      }
    }
    return parts;
  }

  static List<Element> paragraphs(List<TextPart> parts) {
    List<Element> all = new ArrayList<>();
    for (TextPart p : parts) {
      all.addAll(p.paragraphs());
    }
    return all;
  }

  /**
   * The package's bytes with {@code newText} in place of its text; {@code author} and {@code date}
   * non-null record each change as a tracked change.
   */
  static byte[] write(DocxPackage pkg, List<WordParts.Part> found, String newText, String author, Instant date)
      throws DocumentException {
    List<TextPart> parts = parts(pkg, found);
    List<TextPart> changed = apply(pkg.fileName(), parts, newText, author, date);
    Map<String, byte[]> replaced = new LinkedHashMap<>();
    for (TextPart part : changed) {
      replaced.put(part.part().name(), part.serialize());
    }
    return pkg.write(replaced);
  }

  /**
   * Applies {@code newText} to the parsed {@code parts} (one line per paragraph, in order) and
   * returns the parts that changed.
   */
  static List<TextPart> apply(String fileName, List<TextPart> parts, String newText, String author,
      Instant date) throws DocumentException {
    List<Element> paragraphs = paragraphs(parts);
    List<String> lines = lines(fileName, newText, paragraphs.size());
    checkCharacters(fileName, newText);
    Revisions revisions = null;
    if (author != null) {
      List<Document> doms = new ArrayList<>();
      parts.forEach(p -> doms.add(p.dom()));
      revisions = new Revisions(author, date, Revisions.firstFreeId(doms));
    }
    TextDiff.Granularity granularity = revisions == null ? TextDiff.Granularity.CHARACTERS : TextDiff.Granularity.WORDS;
    List<TextPart> changed = new ArrayList<>();
    int index = 0;
    for (TextPart part : parts) {
      boolean partChanged = false;
      for (Element p : part.paragraphs()) {
        String before = RunText.text(p);
        String after = lines.get(index++);
        if (before.equals(after)) {
          continue;
        }
        List<Edit> edits = TextDiff.edits(before, after, granularity);
        ParagraphEditor editor = new ParagraphEditor(p, revisions);
        for (int k = edits.size() - 1; k >= 0; k--) {
          Edit e = edits.get(k);
          editor.replace(e.start(), e.removed(), e.inserted());
        }
        if (!RunText.text(p).equals(after)) {
          throw new DocumentException("Cannot save '" + fileName + "': a change could not be "
              + "put back into the Word paragraph \"" + shorten(after) + "\"; nothing was written.");
        }
        partChanged = true;
      }
      if (partChanged) {
        changed.add(part);
      }
    }
    return changed;
  }

  /** One line per paragraph; trailing empty lines beyond the paragraphs are forgiven. */
  static List<String> lines(String fileName, String text, int paragraphs) throws DocumentException {
    List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    while (lines.size() > paragraphs && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    if (lines.size() != paragraphs) {
      throw new DocumentException("Cannot save '" + fileName + "' as a Word document: the text now has "
          + lines.size() + " paragraphs (lines) where the document has " + paragraphs + ". Copydesk changes "
          + "the words inside paragraphs but does not add or remove paragraphs; join or split them in Word.");
    }
    return lines;
  }

  /** XML cannot hold most control characters; refuse them rather than write a file Word rejects. */
  private static void checkCharacters(String fileName, String text) throws DocumentException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1)) || Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(text.charAt(i - 1)));
      if (bad) {
        throw new DocumentException("Cannot save '" + fileName + "': the text holds a control character "
            + String.format("(U+%04X)", (int) c) + " that a Word document cannot store.");
      }
    }
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
