package com.copydesk.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.formats.Document;
import com.copydesk.formats.Opened;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.TrackedChanges;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TrackedChangesTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Instant WHEN = Instant.parse("2025-03-04T10:15:30.123Z");

  @TempDir
  Path dir;

  private Document open(byte[] bytes, String name) throws Exception {
    return Opened.file(dir, bytes, name);
  }

  private byte[] trackedStory() throws Exception {
    Document doc = open(DocxFixtures.bytes(DocxFixtures.story()), "story.docx");
    String fixed = doc.text().replace("recieved", "received").replace("leter", "letter")
        .replace("the the repairs", "the repairs");
    assertThat(doc.supportsTrackedChanges()).isTrue();
    return doc.encodeWithTrackedChanges(fixed, new TrackedChanges("Copydesk", WHEN));
  }

  @Test
  void everyChangeIsAnInsertionAndADeletionByCopydeskThatPoiCanRead() throws Exception {
    byte[] out = trackedStory();
    try (XWPFDocument word = DocxFixtures.open(out)) {
      CTP p = word.getParagraphs().get(1).getCTP();
      List<CTRunTrackChange> dels = p.getDelList();
      List<CTRunTrackChange> ins = p.getInsList();
      assertThat(dels).hasSize(2);
      assertThat(ins).hasSize(2);
      for (CTRunTrackChange c : concat(dels, ins)) {
        assertThat(c.getAuthor()).isEqualTo("Copydesk");
        assertThat(c.getDate().getTime().toInstant()).isEqualTo(Instant.parse("2025-03-04T10:15:30Z"));
      }
      assertThat(deletedText(dels.get(0))).isEqualTo("recieved");
      assertThat(dels.get(0).getRList().get(0).getRPr().getBList()).isNotEmpty();
      assertThat(insertedText(ins.get(0))).isEqualTo("received");
      assertThat(ins.get(0).getRList().get(0).getRPr().getBList()).isNotEmpty();
      assertThat(deletedText(dels.get(1))).isEqualTo("leter");
      assertThat(insertedText(ins.get(1))).isEqualTo("letter");
      assertThat(ins.get(1).getRList().get(0).getRPr().getIList()).isNotEmpty();
      CTP last = word.getParagraphs().get(2).getCTP();
      assertThat(last.getDelList()).hasSize(1);
      assertThat(last.getInsList()).isEmpty();
    }
  }

  @Test
  void readingTheTrackedFileShowsTheTextAsIfAccepted() throws Exception {
    Document again = open(trackedStory(), "tracked.docx");
    assertThat(again.text()).contains("The ferry received a new letter from the council.")
        .contains("Officials said the repairs cost less.");
    assertThat(again.warnings()).anyMatch(w -> w.contains("tracked changes"));
  }

  @Test
  void revisionIdsAreUniqueAndTheMarkupIsWellFormed() throws Exception {
    byte[] out = trackedStory();
    String xml = DocxFixtures.entry(out, "word/document.xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    org.w3c.dom.Document dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    List<String> ids = new ArrayList<>();
    for (String kind : List.of("ins", "del")) {
      NodeList list = dom.getElementsByTagNameNS(W, kind);
      for (int i = 0; i < list.getLength(); i++) {
        ids.add(((Element) list.item(i)).getAttributeNS(W, "id"));
      }
    }
    assertThat(ids).hasSize(5).doesNotHaveDuplicates();
    NodeList delTexts = dom.getElementsByTagNameNS(W, "delText");
    for (int i = 0; i < delTexts.getLength(); i++) {
      assertThat(delTexts.item(i).getParentNode().getParentNode().getLocalName()).isEqualTo("del");
    }
  }

  @Test
  void aPureInsertionIsTrackedInTheRightPlace() throws Exception {
    Document doc = open(DocxFixtures.bytes(DocxFixtures.story()), "story.docx");
    byte[] out = doc.encodeWithTrackedChanges(doc.text().replace("after storm", "after the storm"),
        new TrackedChanges(null, WHEN));
    try (XWPFDocument word = DocxFixtures.open(out)) {
      CTP p = word.getParagraphs().get(0).getCTP();
      assertThat(p.getDelList()).isEmpty();
      assertThat(p.getInsList()).hasSize(1);
      assertThat(insertedText(p.getInsList().get(0))).isEqualTo("the ");
    }
    assertThat(open(out, "t.docx").text()).startsWith("Harbour reopens after the storm\n");
  }

  @Test
  void footnoteReferencesInsideADeletionAreKept() throws Exception {
    Document doc = open(DocxFixtures.bytes(DocxFixtures.withNotesAndHeader()), "notes.docx");
    byte[] out = doc.encodeWithTrackedChanges(doc.text().replace("spoke at noon", "spoke at midday"),
        new TrackedChanges("Copydesk", WHEN));
    String xml = DocxFixtures.entry(out, "word/document.xml");
    assertThat(xml).contains("footnoteReference");
    try (XWPFDocument word = DocxFixtures.open(out)) {
      for (CTRunTrackChange del : word.getParagraphs().get(0).getCTP().getDelList()) {
        for (CTR r : del.getRList()) {
          assertThat(r.getFootnoteReferenceList()).isEmpty();
        }
      }
    }
  }

  @Test
  void unchangedTextGivesTheOriginalAndOtherFormatsRefuseWithOneLine() throws Exception {
    byte[] original = DocxFixtures.bytes(DocxFixtures.story());
    Document doc = open(original, "story.docx");
    assertThat(doc.encodeWithTrackedChanges(doc.text(), TrackedChanges.byCopydesk())).isEqualTo(original);
    Document txt = open("Some text.\n".getBytes(StandardCharsets.UTF_8), "plain.txt");
    assertThat(txt.supportsTrackedChanges()).isFalse();
    assertThatThrownBy(() -> txt.encodeWithTrackedChanges("Other text.\n", TrackedChanges.byCopydesk()))
        .isInstanceOf(DocumentException.class)
        .hasMessage("Tracked changes can be recorded only in Word documents (.docx); 'plain.txt' is Plain text.");
  }

  private static List<CTRunTrackChange> concat(List<CTRunTrackChange> a, List<CTRunTrackChange> b) {
    List<CTRunTrackChange> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String deletedText(CTRunTrackChange del) {
    StringBuilder sb = new StringBuilder();
    for (CTR r : del.getRList()) {
      r.getDelTextList().forEach(t -> sb.append(t.getStringValue()));
    }
    return sb.toString();
  }

  private static String insertedText(CTRunTrackChange ins) {
    StringBuilder sb = new StringBuilder();
    for (CTR r : ins.getRList()) {
      r.getTList().forEach(t -> sb.append(t.getStringValue()));
    }
    return sb.toString();
  }
}
