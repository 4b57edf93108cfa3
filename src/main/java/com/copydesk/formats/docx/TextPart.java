package com.copydesk.formats.docx;

import com.copydesk.formats.DocumentException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One parsed XML part with text (the body, footnotes, a header...) and its paragraphs in reading
 * order. Paragraphs of text boxes and the separators of the notes part are left out.
 */
final class TextPart {
  private static final String STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
  private final WordParts.Part part;
  private final Document dom;
  private final boolean standalone;
  private final List<Element> paragraphs;

  private TextPart(WordParts.Part part, Document dom, boolean standalone, List<Element> paragraphs) {
    this.part = part;
    this.dom = dom;
    this.standalone = standalone;
    this.paragraphs = paragraphs;
  }

  static TextPart parse(DocxPackage pkg, WordParts.Part part) throws DocumentException {
    byte[] bytes = pkg.bytes(part.name());
    Document dom = DocxXml.parse(pkg.fileName(), part.name(), bytes);
    Element root = dom.getDocumentElement();
    if (STRICT.equals(root.getNamespaceURI())) {
      throw new DocumentException("'" + pkg.fileName() + "' is saved as Strict Open XML, which Copydesk "
          + "cannot read; save it as an ordinary Word Document (.docx).");
    }
    List<Element> paragraphs = new ArrayList<>();
    if (part.kind() == WordParts.Kind.BODY) {
      Element body = DocxXml.child(root, "body");
      if (body == null) {
        throw new DocumentException("'" + pkg.fileName() + "' is damaged: its document has no body.");
      }
      collect(body, paragraphs);
    } else if (part.kind() == WordParts.Kind.FOOTNOTES || part.kind() == WordParts.Kind.ENDNOTES) {
      String note = part.kind() == WordParts.Kind.FOOTNOTES ? "footnote" : "endnote";
      for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (DocxXml.isW(n, note)) {
          String type = DocxXml.wAttr((Element) n, "type");
          if (type.isEmpty() || type.equals("normal")) {
            collect((Element) n, paragraphs);
          }
        }
      }
    } else {
      collect(root, paragraphs);
    }
    return new TextPart(part, dom, DocxXml.declaresStandalone(bytes), paragraphs);
  }

  /** Paragraphs under {@code root} in document order, not looking inside paragraphs. */
  private static void collect(Element root, List<Element> out) {
    Deque<Node> stack = new ArrayDeque<>();
    for (Node c = root.getLastChild(); c != null; c = c.getPreviousSibling()) {
      stack.push(c);
    }
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (!(n instanceof Element e) || !DocxXml.W.equals(e.getNamespaceURI())) {
        continue;
      }
      if (e.getLocalName().equals("p")) {
        out.add(e);
      } else if (!e.getLocalName().equals("sectPr") && !e.getLocalName().endsWith("Pr")) {
        for (Node c = e.getLastChild(); c != null; c = c.getPreviousSibling()) {
          stack.push(c);
        }
      }
    }
  }

  WordParts.Part part() {
    return part;
  }

  Document dom() {
    return dom;
  }

  List<Element> paragraphs() {
    return paragraphs;
  }

  boolean hasText() {
    for (Element p : paragraphs) {
      if (!RunText.text(p).isBlank()) {
        return true;
      }
    }
    return false;
  }

  byte[] serialize() throws DocumentException {
    return DocxXml.serialize(dom, standalone);
  }
}
