package com.copydesk.formats.docx;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Makes {@code w:ins} and {@code w:del} marks for one export: one author, one date, fresh ids. */
final class Revisions {
  private final String author;
  private final String date;
  private int nextId;

  Revisions(String author, Instant date, int firstId) {
    this.author = author;
    this.date = DateTimeFormatter.ISO_INSTANT.format(date.truncatedTo(ChronoUnit.SECONDS));
    this.nextId = firstId;
  }

  /** One past the largest {@code w:id} in any of the documents, so new ids clash with none. */
  static int firstFreeId(Iterable<Document> docs) {
    int max = 0;
    for (Document d : docs) {
      NodeList all = d.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        NamedNodeMap attrs = all.item(i).getAttributes();
        Node id = attrs == null ? null : attrs.getNamedItemNS(DocxXml.W, "id");
        if (id != null) {
          try {
            max = Math.max(max, Integer.parseInt(id.getNodeValue().trim()));
          } catch (NumberFormatException e) {
            // ids of other kinds (e.g. GUIDs) do not matter here
          }
        }
      }
    }
    return max + 1;
  }

  /** A new, empty {@code w:ins} or {@code w:del} element. */
  Element mark(Document doc, String kind) {
    Element e = DocxXml.w(doc, kind);
    e.setAttributeNS(DocxXml.W, "w:id", Integer.toString(nextId++));
    e.setAttributeNS(DocxXml.W, "w:author", author);
    e.setAttributeNS(DocxXml.W, "w:date", date);
    return e;
  }
}
