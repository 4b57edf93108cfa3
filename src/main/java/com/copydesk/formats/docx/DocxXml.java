package com.copydesk.formats.docx;

import com.copydesk.formats.DocumentException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reading and writing the XML parts of a Word package. Parsing uses POI's hardened parser: a
 * document type declaration is refused outright, so external entities are never resolved and
 * nothing is fetched; entity expansion is limited.
 */
final class DocxXml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String XML = "http://www.w3.org/XML/1998/namespace";
  static final String REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private DocxXml() {}

  static Document parse(String fileName, String partName, byte[] bytes) throws DocumentException {
    try {
      DocumentBuilder builder = XMLHelper.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(bytes));
    } catch (SAXParseException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("DOCTYPE") || m.toLowerCase(java.util.Locale.ROOT).contains("entity")) {
        throw new DocumentException("'" + fileName + "' was refused: its part " + partName
            + " declares a document type or entities, which Word documents never do (unsafe XML).", e);
      }
      throw new DocumentException("'" + fileName + "' is damaged: its part " + partName
          + " is not well-formed XML (line " + e.getLineNumber() + ").", e);
    } catch (SAXException | IOException e) {
      throw new DocumentException("'" + fileName + "' is damaged: its part " + partName
          + " cannot be read as XML.", e);
    }
  }

  /** The part's bytes: UTF-8, with the XML declaration it had (standalone or not). */
  static byte[] serialize(Document doc, boolean standalone) throws DocumentException {
    try {
      Transformer t = XMLHelper.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      if (standalone) {
        doc.setXmlStandalone(true);
        t.setOutputProperty(OutputKeys.STANDALONE, "yes");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new DocumentException("Cannot write the Word document: " + e.getMessage(), e);
    }
  }

  /** True when the part's XML declaration says standalone="yes" (Word's own parts do). */
  static boolean declaresStandalone(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
    int end = head.indexOf("?>");
    return head.startsWith("<?xml") && end > 0 && head.substring(0, end).matches("(?s).*standalone\\s*=\\s*[\"']yes[\"'].*");
  }

  static boolean isW(Node n, String localName) {
    return n instanceof Element && W.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName());
  }

  static String wAttr(Element e, String localName) {
    return e.getAttributeNS(W, localName);
  }

  static Element w(Document doc, String localName) {
    return doc.createElementNS(W, "w:" + localName);
  }

  /** The first child element of {@code parent} that is {@code w:localName}, or null. */
  static Element child(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isW(n, localName)) {
        return (Element) n;
      }
    }
    return null;
  }

  /** The nearest ancestor of {@code n} that is {@code w:localName}, or null. */
  static Element ancestor(Node n, String localName) {
    for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
      if (isW(p, localName)) {
        return (Element) p;
      }
    }
    return null;
  }
}
