package com.copydesk.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.TrackedChanges;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Random documents, random edits: the text always comes back exactly, characters outside an edit
 * keep their formatting, and a tracked export rejected in full gives back the original text.
 */
class DocxEditPropertyTest {
  private static final String[] WORDS = {"the", "harbour", "ferry", "council", "recieved", "storm", "a",
      "leter", "Monday", "said", "-", ",", "\u00e9t\u00e9", "\u201cquote\u201d", "\ud83d\ude00"};
  private static final String[] INSERTS = {"", "x", "the ", "received", ", ", "\t", "\u2028", " new words ",
      "\u00e9", "\ud83d\ude00"};

  @Test
  void randomEditsKeepEverythingOutsideThemUntouched() throws Exception {
    Random random = new Random(20240501L);
    for (int round = 0; round < 60; round++) {
      byte[] bytes = DocxFixtures.bytes(randomDocument(random));
      DocxDocument doc = read(bytes);
      String[] lines = doc.text().split("\n", -1);
      int line = random.nextInt(lines.length);
      String old = lines[line];
      int s = random.nextInt(old.length() + 1);
      int e = Math.min(old.length(), s + random.nextInt(8));
      if (s < old.length() && Character.isLowSurrogate(old.charAt(s))) {
        s--;
      }
      if (e < old.length() && Character.isLowSurrogate(old.charAt(e))) {
        e++;
      }
      String inserted = INSERTS[random.nextInt(INSERTS.length)];
      lines[line] = old.substring(0, s) + inserted + old.substring(e);
      String expected = String.join("\n", lines);
      String context = "round " + round + ": [" + old + "] " + s + ".." + e + " -> [" + inserted + "]";

      DocxDocument plain = read(doc.encode(expected));
      assertThat(plain.text()).as(context).isEqualTo(expected);
      List<String> before = formats(doc, line);
      List<String> after = formats(plain, line);
      assertThat(after.subList(0, s)).as(context).isEqualTo(before.subList(0, s));
      assertThat(after.subList(s + inserted.length(), after.size())).as(context)
          .isEqualTo(before.subList(e, before.size()));

      byte[] tracked = doc.encodeWithTrackedChanges(expected, new TrackedChanges("Copydesk", Instant.EPOCH));
      assertThat(read(tracked).text()).as(context).isEqualTo(expected);
      assertThat(rejectAll(tracked)).as(context).isEqualTo(doc.text());
    }
  }

  private static XWPFDocument randomDocument(Random random) {
    XWPFDocument doc = new XWPFDocument();
    int paragraphs = 1 + random.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      XWPFParagraph para = doc.createParagraph();
      int runs = 1 + random.nextInt(5);
      for (int r = 0; r < runs; r++) {
        XWPFRun run = para.createRun();
        StringBuilder sb = new StringBuilder();
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
          sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        run.setText(sb.toString());
        if (random.nextInt(5) == 0) {
          run.addTab();
        }
        run.setBold(random.nextBoolean());
        run.setItalic(random.nextInt(3) == 0);
      }
    }
    return doc;
  }

  private static DocxDocument read(byte[] bytes) throws DocumentException {
    return (DocxDocument) new DocxFormat().read(java.nio.file.Path.of("random.docx"), bytes);
  }

  /** The formatting of each character of one line: its run's properties. */
  private static List<String> formats(DocxDocument doc, int line) throws DocumentException {
    byte[] bytes = doc.encode(doc.text());
    DocxPackage pkg = DocxPackage.read("f.docx", bytes);
    List<TextPart> parts = DocxEdits.parts(pkg, WordParts.find(pkg));
    Element p = DocxEdits.paragraphs(parts).get(line);
    List<String> out = new ArrayList<>();
    for (RunText.Piece piece : RunText.scan(p)) {
      String f = describe(DocxXml.child(piece.run(), "rPr"));
      for (int i = 0; i < piece.text().length(); i++) {
        out.add(f);
      }
    }
    return out;
  }

  private static String describe(Element rPr) {
    if (rPr == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (Node c = rPr.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        sb.append(e.getLocalName()).append('=').append(e.getAttributeNS(DocxXml.W, "val")).append(';');
      }
    }
    return sb.toString();
  }

  /** The text after rejecting every tracked change: insertions dropped, deletions restored. */
  private static String rejectAll(byte[] bytes) throws DocumentException {
    DocxPackage pkg = DocxPackage.read("t.docx", bytes);
    List<TextPart> parts = DocxEdits.parts(pkg, WordParts.find(pkg));
    for (TextPart part : parts) {
      NodeList ins = part.dom().getElementsByTagNameNS(DocxXml.W, "ins");
      while (ins.getLength() > 0) {
        ins.item(0).getParentNode().removeChild(ins.item(0));
      }
      NodeList delTexts = part.dom().getElementsByTagNameNS(DocxXml.W, "delText");
      while (delTexts.getLength() > 0) {
        Node d = delTexts.item(0);
        Element t = DocxXml.w(part.dom(), "t");
        t.setTextContent(d.getTextContent());
        d.getParentNode().replaceChild(t, d);
      }
      NodeList dels = part.dom().getElementsByTagNameNS(DocxXml.W, "del");
      while (dels.getLength() > 0) {
        Node del = dels.item(0);
        while (del.getFirstChild() != null) {
          del.getParentNode().insertBefore(del.getFirstChild(), del);
        }
        del.getParentNode().removeChild(del);
      }
    }
    List<String> lines = new ArrayList<>();
    for (Element p : DocxEdits.paragraphs(parts)) {
      lines.add(RunText.text(p));
    }
    return String.join("\n", lines);
  }
}
