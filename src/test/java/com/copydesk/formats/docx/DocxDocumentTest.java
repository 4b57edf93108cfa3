package com.copydesk.formats.docx;

import static com.copydesk.formats.docx.DocxFixtures.b;
import static com.copydesk.formats.docx.DocxFixtures.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.formats.Document;
import com.copydesk.formats.Opened;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.ExportFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxDocumentTest {
  @TempDir
  Path dir;

  private Document open(byte[] bytes, String name) throws Exception {
    return Opened.file(dir, bytes, name);
  }

  @Test
  void showsBodyParagraphsAndTableCellsAsLines() throws Exception {
    Document doc = open(DocxFixtures.bytes(DocxFixtures.story()), "story.docx");
    assertThat(doc.format().name()).isEqualTo("Word document");
    assertThat(doc.text()).isEqualTo("Harbour reopens after storm\n"
        + "The ferry recieved a new leter from the council.\n"
        + "Leeds\nRain later\n"
        + "Officials said the the repairs cost less.");
    assertThat(doc.draft().paragraphs()).hasSize(5);
  }

  @Test
  void footnotesAndHeadersFollowTheBody() throws Exception {
    Document doc = open(DocxFixtures.bytes(DocxFixtures.withNotesAndHeader()), "notes.docx");
    assertThat(doc.text().split("\n")).containsExactly("The mayor spoke at noon.", "Speach given on Monday.",
        "Coastal Gazete");
    assertThat(doc.describe()).contains("1 paragraph").contains("+2 in notes");
  }

  @Test
  void savingUnchangedTextGivesTheOriginalBytes() throws Exception {
    byte[] original = DocxFixtures.bytes(DocxFixtures.story());
    Document doc = open(original, "story.docx");
    assertThat(doc.encode(doc.text())).isEqualTo(original);
    assertThat(doc.encode(doc.text().replace("\n", "\r\n"))).isEqualTo(original);
  }

  @Test
  void aFixKeepsTheFormattingOfTheRunsItTouches() throws Exception {
    Document doc = open(DocxFixtures.bytes(DocxFixtures.story()), "story.docx");
    String fixed = doc.text().replace("recieved", "received").replace("leter", "letter");
    byte[] out = doc.encode(fixed);
    try (XWPFDocument word = DocxFixtures.open(out)) {
      XWPFParagraph p = word.getParagraphs().get(1);
      assertThat(p.getText()).isEqualTo("The ferry received a new letter from the council.");
      List<XWPFRun> runs = p.getRuns();
      assertThat(runs).extracting(XWPFRun::text)
          .containsExactly("The ferry ", "recei", "ved", " a new ", "letter", " from the council.");
      assertThat(runs.get(1).isBold()).isTrue();
      assertThat(runs.get(1).getFontFamily()).isEqualTo("Georgia");
      assertThat(runs.get(2).isItalic()).isTrue();
      assertThat(runs.get(2).isBold()).isFalse();
      assertThat(runs.get(4).isItalic()).isTrue();
    }
    assertThat(open(out, "again.docx").text()).isEqualTo(fixed);
  }

  @Test
  void onlyTheEditedPartIsWrittenAnewEveryOtherEntryIsUnchanged() throws Exception {
    byte[] original = DocxFixtures.bytes(DocxFixtures.withNotesAndHeader());
    Document doc = open(original, "notes.docx");
    byte[] out = doc.encode(doc.text().replace("Speach", "Speech"));
    Map<String, byte[]> before = DocxFixtures.entries(original);
    Map<String, byte[]> after = DocxFixtures.entries(out);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    for (String name : before.keySet()) {
      if (name.equals("word/footnotes.xml")) {
        assertThat(after.get(name)).isNotEqualTo(before.get(name));
      } else {
        assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
      }
    }
    assertThat(open(out, "n2.docx").text()).contains("Speech given on Monday.");
  }

  @Test
  void tableCellsHeadersAndFootnotesCanBeFixed() throws Exception {
    Document story = open(DocxFixtures.bytes(DocxFixtures.story()), "story.docx");
    byte[] out = story.encode(story.text().replace("Rain later", "Rain, later"));
    try (XWPFDocument word = DocxFixtures.open(out)) {
      assertThat(word.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("Rain, later");
    }
    Document notes = open(DocxFixtures.bytes(DocxFixtures.withNotesAndHeader()), "notes.docx");
    byte[] out2 = notes.encode(notes.text().replace("Gazete", "Gazette"));
    try (XWPFDocument word = DocxFixtures.open(out2)) {
      assertThat(word.getHeaderList().get(0).getText().strip()).isEqualTo("Coastal Gazette");
      assertThat(word.getHeaderList().get(0).getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();
    }
  }

  @Test
  void deletionsAndInsertionsAtRunBoundaries() throws Exception {
    Document doc = open(DocxFixtures.bytes(DocxFixtures.story()), "story.docx");
    String fixed = doc.text().replace("the the repairs", "the repairs").replace("Harbour reopens", "Harbour reopens fully");
    byte[] out = doc.encode(fixed);
    Document again = open(out, "again.docx");
    assertThat(again.text()).isEqualTo(fixed);
    try (XWPFDocument word = DocxFixtures.open(out)) {
      List<XWPFRun> runs = word.getParagraphs().get(0).getRuns();
      assertThat(runs.get(1).text()).isEqualTo("reopens");
      assertThat(runs.get(2).text()).isEqualTo(" fully after storm");
      assertThat(runs.get(2).isBold()).isFalse();
    }
  }

  @Test
  void addingOrRemovingParagraphsIsRefusedWithAClearMessage() throws Exception {
    Document doc = open(DocxFixtures.bytes(DocxFixtures.story()), "story.docx");
    assertThatThrownBy(() -> doc.encode(doc.text().replace("after storm", "after\nstorm")))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("6 paragraphs (lines) where the document has 5")
        .hasMessageNotContaining("\n");
    assertThat(doc.encode(doc.text() + "\n")).isEqualTo(doc.encode(doc.text()));
  }

  @Test
  void tabsAndLineBreaksInsideAParagraphAreSingleCharacters() throws Exception {
    XWPFDocument word = new XWPFDocument();
    XWPFParagraph p = word.createParagraph();
    XWPFRun run = p.createRun();
    run.setText("Name:");
    run.addTab();
    run.setText("Jon Smiht");
    run.addBreak();
    run.setText("Leeds");
    Document doc = open(DocxFixtures.bytes(word), "tabs.docx");
    assertThat(doc.text()).isEqualTo("Name:\tJon Smiht\u2028Leeds");
    assertThat(doc.draft().paragraphs().get(0).markup()).hasSize(1);
    byte[] out = doc.encode("Name:\tJon Smith\u2028Leeds, UK");
    assertThat(open(out, "t2.docx").text()).isEqualTo("Name:\tJon Smith\u2028Leeds, UK");
    byte[] out2 = doc.encode("Name: Jon Smiht\u2028\tLeeds");
    assertThat(open(out2, "t3.docx").text()).isEqualTo("Name: Jon Smiht\u2028\tLeeds");
  }

  @Test
  void emptyParagraphsCanReceiveText() throws Exception {
    XWPFDocument word = new XWPFDocument();
    DocxFixtures.add(word.createParagraph(), r("First"));
    word.createParagraph();
    DocxFixtures.add(word.createParagraph(), b("Third"));
    Document doc = open(DocxFixtures.bytes(word), "empty.docx");
    assertThat(doc.text()).isEqualTo("First\n\nThird");
    byte[] out = doc.encode("First\nSecond\nThird");
    assertThat(open(out, "e2.docx").text()).isEqualTo("First\nSecond\nThird");
  }

  @Test
  void exportsToPlainTextAndMarkdown() throws Exception {
    XWPFDocument word = DocxFixtures.story();
    word.getParagraphs().get(0).setStyle("Heading1");
    Document doc = open(DocxFixtures.bytes(word), "story.docx");
    assertThat(doc.exportFormats()).containsExactly(ExportFormat.PLAIN_TEXT, ExportFormat.MARKDOWN);
    String fixed = doc.text().replace("recieved", "received");
    String txt = new String(doc.export(fixed, ExportFormat.PLAIN_TEXT), StandardCharsets.UTF_8);
    assertThat(txt).isEqualTo(fixed + "\n");
    String md = new String(doc.export(fixed, ExportFormat.MARKDOWN), StandardCharsets.UTF_8);
    assertThat(md).startsWith("# Harbour **reopens** after storm\n\n")
        .contains("The ferry **recei***ved* a new *leter* from the council.\n\n")
        .contains("Rain **later**\n");
  }

  @Test
  void paragraphsInsideHyperlinksAreTextToo() throws Exception {
    XWPFDocument word = new XWPFDocument();
    XWPFParagraph p = word.createParagraph();
    p.createRun().setText("See the ");
    XWPFRun link = p.createHyperlinkRun("https://example.org/");
    link.setText("councl site");
    p.createRun().setText(" today.");
    Document doc = open(DocxFixtures.bytes(word), "link.docx");
    assertThat(doc.text()).isEqualTo("See the councl site today.");
    byte[] out = doc.encode("See the council site today.");
    String xml = DocxFixtures.entry(out, "word/document.xml");
    assertThat(xml).containsPattern("<w:hyperlink[^>]*>.*council site.*</w:hyperlink>");
  }
}
