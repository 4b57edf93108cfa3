package com.copydesk.formats.docx;

import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * A Word document's body (and notes) as plain text or Markdown. Markdown keeps headings (Heading
 * 1-6 and Title styles), list paragraphs (as bullets), quotes, bold and italics; tables come out as
 * one paragraph per cell, and images, fields and comments are left out.
 */
final class DocxExport {
  private DocxExport() {}

  /** Body paragraphs one per line, then the notes after a blank line; breaks inside paragraphs as new lines. */
  static String plainText(List<TextPart> parts) {
    StringBuilder sb = new StringBuilder();
    boolean notesStarted = false;
    for (TextPart part : parts) {
      WordParts.Kind kind = part.part().kind();
      if (kind == WordParts.Kind.HEADER || kind == WordParts.Kind.FOOTER) {
        continue;
      }
      if (kind != WordParts.Kind.BODY && !notesStarted) {
        sb.append('\n');
        notesStarted = true;
      }
      for (Element p : part.paragraphs()) {
        sb.append(plain(RunText.text(p))).append('\n');
      }
    }
    return sb.toString();
  }

  private static String plain(String line) {
    return line.replace(RunText.LINE_BREAK, '\n').replace(String.valueOf(RunText.SOFT_HYPHEN), "");
  }

  /** The body as Markdown, paragraphs separated by blank lines. */
  static String markdown(List<TextPart> parts) {
    StringBuilder sb = new StringBuilder();
    for (TextPart part : parts) {
      if (part.part().kind() != WordParts.Kind.BODY) {
        continue;
      }
      for (Element p : part.paragraphs()) {
        String inline = inlines(p);
        if (inline.isBlank()) {
          continue;
        }
        sb.append(prefix(p)).append(guardLineStart(inline.strip())).append("\n\n");
      }
    }
    return sb.toString().stripTrailing() + "\n";
  }

  private static String prefix(Element p) {
    Element pPr = DocxXml.child(p, "pPr");
    if (pPr == null) {
      return "";
    }
    Element style = DocxXml.child(pPr, "pStyle");
    String id = style == null ? "" : DocxXml.wAttr(style, "val").toLowerCase(Locale.ROOT).replace(" ", "");
    if (id.equals("title")) {
      return "# ";
    }
    if (id.matches("heading[1-6]")) {
      return "#".repeat(id.charAt(7) - '0') + " ";
    }
    if (id.contains("quote")) {
      return "> ";
    }
    Element numPr = DocxXml.child(pPr, "numPr");
    if (numPr != null || id.startsWith("listparagraph") || id.startsWith("listbullet")) {
      Element ilvl = numPr == null ? null : DocxXml.child(numPr, "ilvl");
      int level = 0;
      try {
        level = ilvl == null ? 0 : Integer.parseInt(DocxXml.wAttr(ilvl, "val"));
      } catch (NumberFormatException e) {
        level = 0;
      }
      return "  ".repeat(Math.max(0, Math.min(level, 8))) + "- ";
    }
    return "";
  }

  /** The paragraph's text with bold and italic runs marked, Markdown's special characters escaped. */
  private static String inlines(Element p) {
    StringBuilder out = new StringBuilder();
    StringBuilder span = new StringBuilder();
    String open = "";
    for (RunText.Piece piece : RunText.scan(p)) {
      String marks = marks(piece.run());
      if (!marks.equals(open)) {
        close(out, span, open);
        open = marks;
      }
      span.append(piece.kind() == RunText.Kind.ATOM ? atom(piece.text()) : escape(piece.text()));
    }
    close(out, span, open);
    return out.toString();
  }

  private static void close(StringBuilder out, StringBuilder span, String marks) {
    String s = span.toString();
    span.setLength(0);
    if (marks.isEmpty() || s.isBlank()) {
      out.append(s);
      return;
    }
    int lead = 0;
    while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) {
      lead++;
    }
    int trail = s.length();
    while (trail > lead && Character.isWhitespace(s.charAt(trail - 1))) {
      trail--;
    }
    out.append(s, 0, lead).append(marks).append(s, lead, trail).append(marks).append(s.substring(trail));
  }

  private static String marks(Element run) {
    Element rPr = DocxXml.child(run, "rPr");
    if (rPr == null) {
      return "";
    }
    boolean bold = on(DocxXml.child(rPr, "b"));
    boolean italic = on(DocxXml.child(rPr, "i"));
    return bold && italic ? "***" : bold ? "**" : italic ? "*" : "";
  }

  private static boolean on(Element toggle) {
    if (toggle == null) {
      return false;
    }
    String v = DocxXml.wAttr(toggle, "val");
    return v.isEmpty() || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
  }

  private static String atom(String c) {
    return switch (c.charAt(0)) {
      case RunText.LINE_BREAK -> "\\\n";
      case RunText.SOFT_HYPHEN -> "";
      case '\t' -> " ";
      default -> c;
    };
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** A paragraph starting "- ", "+ " or "1. " would turn into a list item; escape its marker. */
  private static String guardLineStart(String line) {
    if (line.matches("[-+=](\\s.*|)") || line.matches("(?s)[-+=]\\s.*")) {
      return "\\" + line;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{1,9})([.)])(\\s|$)").matcher(line);
    if (m.find()) {
      return m.group(1) + "\\" + line.substring(m.group(1).length());
    }
    return line;
  }
}
