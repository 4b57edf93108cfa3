package com.copydesk.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.formats.Document;
import com.copydesk.formats.TrackedChanges;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Constructs Word writes that POI's simple API does not: bookmarks, proofing marks, fields, earlier
 * tracked changes, content controls, smart tags, page-break marks and text boxes. They are either
 * text (and editable) or left exactly as they were.
 */
class WordConstructsTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final String BODY = ""
      + "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"intro\"/><w:r><w:t xml:space=\"preserve\">The </w:t></w:r>"
      + "<w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:i/></w:rPr><w:t>councel</w:t></w:r>"
      + "<w:proofErr w:type=\"spellEnd\"/><w:bookmarkEnd w:id=\"0\"/><w:r><w:t xml:space=\"preserve\"> met.</w:t></w:r></w:p>"
      + "<w:p><w:r><w:t xml:space=\"preserve\">Old </w:t></w:r>"
      + "<w:del w:id=\"7\" w:author=\"Ann\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:delText xml:space=\"preserve\">gone words </w:delText></w:r></w:del>"
      + "<w:ins w:id=\"8\" w:author=\"Ann\" w:date=\"2024-01-01T00:00:00Z\"><w:r><w:t>new words</w:t></w:r></w:ins>"
      + "<w:r><w:t xml:space=\"preserve\"> here.</w:t></w:r></w:p>"
      + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      + "<w:r><w:t xml:space=\"preserve\"> pages totl.</w:t></w:r></w:p>"
      + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Page break text.</w:t></w:r>"
      + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>Text box teh</w:t></w:r></w:p>"
      + "</w:txbxContent></w:drawing></mc:Choice></mc:AlternateContent></w:r></w:p>"
      + "<w:sdt><w:sdtPr><w:alias w:val=\"Box\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Content control txt.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
      + "<w:p><w:smartTag w:uri=\"urn:x\" w:element=\"place\"><w:r><w:t>Smart tag text</w:t></w:r></w:smartTag></w:p>"
      + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr>";

  static byte[] docx() {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>").getBytes(StandardCharsets.UTF_8));
    e.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    e.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<w:document xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
        + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\"><w:body>"
        + BODY + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    return DocxFixtures.zip(e);
  }

  private static Document read(byte[] bytes) throws Exception {
    return new DocxFormat().read(Path.of("constructs.docx"), bytes);
  }

  private static int count(String xml, String what) {
    return xml.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  @Test
  void visibleTextOnlyAndWarningsAboutWhatIsNotChecked() throws Exception {
    Document doc = read(docx());
    assertThat(doc.text().split("\n")).containsExactly("The councel met.", "Old new words here.", "3 pages totl.",
        "Page break text.", "Content control txt.", "Smart tag text");
    assertThat(doc.warnings()).hasSize(2);
  }

  @Test
  void editsLeaveFieldsBookmarksEarlierChangesAndTextBoxesAlone() throws Exception {
    Document doc = read(docx());
    String fixed = doc.text().replace("councel", "council").replace("totl", "total").replace("txt.", "text.")
        .replace("new words", "newer words").replace("Smart tag", "Smart-tag");
    for (boolean tracked : new boolean[] {false, true}) {
      byte[] out = tracked ? doc.encodeWithTrackedChanges(fixed, new TrackedChanges("Copydesk", Instant.EPOCH))
          : doc.encode(fixed);
      String before = DocxFixtures.entry(docx(), "word/document.xml");
      String xml = DocxFixtures.entry(out, "word/document.xml");
      assertThat(read(out).text()).isEqualTo(fixed);
      for (String kept : new String[] {"fldChar", "instrText", "bookmarkStart", "bookmarkEnd", "proofErr",
          "lastRenderedPageBreak", "Text box teh", "mc:Ignorable=\"w14\"", "w:author=\"Ann\"", "gone words",
          "<w:sectPr>", "w:alias"}) {
        assertThat(count(xml, kept)).as(kept + (tracked ? " (tracked)" : "")).isEqualTo(count(before, kept));
      }
      assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
      if (!tracked) {
        assertThat(xml).contains("<w:i/></w:rPr><w:t xml:space=\"preserve\">council</w:t>");
      } else {
        assertThat(xml).contains("w:author=\"Copydesk\"");
      }
    }
  }
}
