package com.copydesk.formats.docx;

import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small operations on runs ({@code w:r}) and their content, shared by the paragraph editor. */
final class Runs {
  private Runs() {}

  /** How many characters of the text view a run child shows. */
  static int width(Node n) {
    if (DocxXml.isW(n, "t")) {
      return n.getTextContent().length();
    }
    return n instanceof Element e && DocxXml.W.equals(e.getNamespaceURI()) && RunText.atom(e.getLocalName()) != null ? 1 : 0;
  }

  /** How many characters of the text view a run shows. */
  static int length(Element run) {
    int n = 0;
    for (Node c = firstContent(run); c != null; c = c.getNextSibling()) {
      n += width(c);
    }
    return n;
  }

  /** The run's first child after its properties, or null. */
  static Node firstContent(Element run) {
    Node c = run.getFirstChild();
    while (c != null && DocxXml.isW(c, "rPr")) {
      c = c.getNextSibling();
    }
    return c;
  }

  /** True when the text has no character that needs an element of its own (tab, break, hyphens). */
  static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == RunText.LINE_BREAK || c == RunText.NO_BREAK_HYPHEN || c == RunText.SOFT_HYPHEN) {
        return false;
      }
    }
    return true;
  }

  /** Sets a {@code w:t}'s text, keeping its spaces. */
  static void setText(Element t, String text) {
    t.setTextContent(text);
    t.setAttributeNS(DocxXml.XML, "xml:space", "preserve");
  }

  static void insertAfter(Node anchor, List<? extends Node> nodes) {
    Node parent = anchor.getParentNode();
    Node next = anchor.getNextSibling();
    for (Node n : nodes) {
      parent.insertBefore(n, next);
    }
  }

  static void insertBefore(Node anchor, List<? extends Node> nodes) {
    for (Node n : nodes) {
      anchor.getParentNode().insertBefore(n, anchor);
    }
  }

  /** Drops {@code w:t} left empty, and the run itself if nothing but its properties is left. */
  static void tidy(Element run) {
    for (Node c = run.getFirstChild(); c != null; ) {
      Node next = c.getNextSibling();
      if (DocxXml.isW(c, "t") && c.getTextContent().isEmpty()) {
        run.removeChild(c);
      }
      c = next;
    }
    if (firstContent(run) == null && run.getParentNode() != null) {
      run.getParentNode().removeChild(run);
    }
  }
}
