package com.copydesk.formats.docx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The visible text of one Word paragraph ({@code w:p}) as the pieces it is made of: the text of
 * each {@code w:t}, and single characters for tabs ({@code \t}), line breaks (U+2028), non-breaking
 * and soft hyphens (U+2011, U+00AD). Deleted text of earlier tracked changes, field codes, drawings,
 * text boxes and math are not part of it. The same scan is used when reading and when writing, so
 * positions always agree.
 */
final class RunText {
  /** A paragraph-internal line break ({@code w:br}, {@code w:cr}) in the text view. */
  static final char LINE_BREAK = '\u2028';
  static final char NO_BREAK_HYPHEN = '\u2011';
  static final char SOFT_HYPHEN = '\u00AD';

  /** Elements whose content is not visible paragraph text. */
  private static final Set<String> SKIPPED = Set.of("pPr", "rPr", "del", "moveFrom", "drawing", "pict",
      "object", "instrText", "delText", "delInstrText", "fldData", "rt", "txbxContent", "sectPr",
      "customXmlDelRangeStart", "commentReference", "footnoteReference", "endnoteReference");

  enum Kind { TEXT, ATOM }

  /** One piece of the text: a {@code w:t}'s text or one special character, at {@code start}. */
  record Piece(Element node, Element run, Kind kind, int start, String text) {
    int end() {
      return start + text.length();
    }
  }

  private RunText() {}

  static List<Piece> scan(Element paragraph) {
    List<Piece> pieces = new ArrayList<>();
    int pos = 0;
    Deque<Node> stack = new ArrayDeque<>();
    pushChildren(stack, paragraph);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (!(n instanceof Element e) || !DocxXml.W.equals(e.getNamespaceURI())) {
        continue; // other namespaces: markup compatibility blocks, math, extensions
      }
      String name = e.getLocalName();
      if (SKIPPED.contains(name)) {
        continue;
      }
      String atom = atom(name);
      Element run = n.getParentNode() instanceof Element p && DocxXml.isW(p, "r") ? p : null;
      if (name.equals("t") && run != null) {
        String t = e.getTextContent();
        if (!t.isEmpty()) {
          pieces.add(new Piece(e, run, Kind.TEXT, pos, t));
          pos += t.length();
        }
      } else if (atom != null && run != null) {
        pieces.add(new Piece(e, run, Kind.ATOM, pos, atom));
        pos += 1;
      } else {
        pushChildren(stack, e);
      }
    }
    return pieces;
  }

  private static void pushChildren(Deque<Node> stack, Node parent) {
    for (Node c = parent.getLastChild(); c != null; c = c.getPreviousSibling()) {
      stack.push(c);
    }
  }

  /** The character a special run element shows as, or null. */
  static String atom(String localName) {
    switch (localName) {
      case "tab", "ptab":
        return "\t";
      case "br", "cr":
        return String.valueOf(LINE_BREAK);
      case "noBreakHyphen":
        return String.valueOf(NO_BREAK_HYPHEN);
      case "softHyphen":
        return String.valueOf(SOFT_HYPHEN);
      default:
        return null;
    }
  }

  static String text(List<Piece> pieces) {
    StringBuilder sb = new StringBuilder();
    for (Piece p : pieces) {
      sb.append(p.text());
    }
    return sb.toString();
  }

  static String text(Element paragraph) {
    return text(scan(paragraph));
  }
}
