package com.copydesk.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxBadInputTest {
  @TempDir
  Path dir;

  private DocumentException refusal(byte[] bytes, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentException.class,
        () -> Documents.open(file));
    assertThat(e.getMessage()).doesNotContain("\n").startsWith("'" + name + "'");
    return e;
  }

  private static String documentXml(String doctype, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + doctype
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>" + body + "</w:t></w:r></w:p></w:body></w:document>";
  }

  @Test
  void corruptPackageIsRefused() throws Exception {
    byte[] bytes = new byte[4000];
    new Random(7).nextBytes(bytes);
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = 3;
    bytes[3] = 4;
    assertThat(refusal(bytes, "broken.docx")).hasMessageContaining("damaged");
    byte[] good = DocxFixtures.bytes(DocxFixtures.story());
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    assertThat(refusal(truncated, "cut.docx").getMessage()).containsAnyOf("damaged", "not a Word document");
  }

  @Test
  void notAZipAtAllOrAnOldDocIsRefused() throws Exception {
    assertThat(refusal("Just some text".getBytes(StandardCharsets.UTF_8), "text.docx"))
        .hasMessageContaining("not a zip package");
    assertThat(refusal(new byte[0], "empty.docx")).hasMessageContaining("not a zip package");
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    assertThat(refusal(ole, "old.docx")).hasMessageContaining("Word 97-2003");
  }

  @Test
  void aZipBombIsRefusedQuicklyByPoisInflateRatio() throws Exception {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bo)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    long t0 = System.nanoTime();
    assertThat(refusal(bo.toByteArray(), "bomb.docx")).hasMessageContaining("zip bomb");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
  }

  @Test
  void packagesExpandingPastTheHardLimitAreRefusedBeforeBeingRead() throws Exception {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    Random random = new Random(3);
    try (ZipOutputStream z = new ZipOutputStream(bo)) {
      for (int k = 0; k < 3; k++) {
        z.putNextEntry(new ZipEntry("part" + k + ".xml"));
        byte[] text = new byte[1 << 20];
        for (int i = 0; i < text.length; i++) {
          text[i] = (byte) ('a' + random.nextInt(20));
        }
        z.write(text);
        z.closeEntry();
      }
    }
    assertThatThrownBy(() -> DocxPackage.read("big.docx", bo.toByteArray(), 2L << 20))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("expands to more than 2 MB");
  }

  @Test
  void externalEntitiesAreNeverResolvedNorFetched() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    try (ServerSocket server = new ServerSocket(0)) {
      server.setSoTimeout(300);
      String doctype = "<!DOCTYPE w:document [<!ENTITY local SYSTEM \"" + secret.toUri()
          + "\"><!ENTITY remote SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x\">]>";
      byte[] docx = DocxFixtures.replaceEntry(DocxFixtures.bytes(DocxFixtures.story()), "word/document.xml",
          documentXml(doctype, "&local; &remote;"));
      DocumentException e = refusal(docx, "xxe.docx");
      assertThat(e).hasMessageContaining("unsafe XML").hasMessageNotContaining("TOP-SECRET");
      assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void entityExpansionBombsInAnyPartAreRefused() throws Exception {
    String laughs = "<!DOCTYPE Types [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
    byte[] base = DocxFixtures.bytes(DocxFixtures.story());
    String types = DocxFixtures.entry(base, "[Content_Types].xml").replaceFirst("\\?>", "?>" + laughs);
    assertThat(refusal(DocxFixtures.replaceEntry(base, "[Content_Types].xml", types), "laughs.docx"))
        .hasMessageContaining("unsafe XML");
  }

  @Test
  void brokenXmlAndMissingPartsAreReportedAsDamage() throws Exception {
    byte[] base = DocxFixtures.bytes(DocxFixtures.story());
    assertThat(refusal(DocxFixtures.replaceEntry(base, "word/document.xml", "<w:document><w:body>"), "bad.docx"))
        .hasMessageContaining("not well-formed XML");
    Map<String, byte[]> entries = DocxFixtures.entries(base);
    entries.remove("word/document.xml");
    assertThat(refusal(DocxFixtures.zip(entries), "hollow.docx")).hasMessageContaining("main document part is missing");
    Map<String, byte[]> plainZip = Map.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(refusal(DocxFixtures.zip(plainZip), "archive.docx")).hasMessageContaining("not a Word document");
  }

  @Test
  void aWorkbookRenamedDocxIsNamedForWhatItIs() throws Exception {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Figures").createRow(0).createCell(0).setCellValue("Total");
      wb.write(bo);
    }
    assertThat(refusal(bo.toByteArray(), "figures.docx")).hasMessageContaining("Excel workbook");
  }

  @Test
  void aWordDocumentRenamedTxtIsRecognised() throws Exception {
    byte[] docx = DocxFixtures.bytes(DocxFixtures.story());
    assertThat(refusal(docx, "story.txt")).hasMessage(
        "'story.txt' is a Word document (.docx) with the wrong extension; rename it to .docx to open it.");
    assertThat(refusal(docx, "story.md")).hasMessageContaining("rename it to .docx");
    assertThat(refusal(docx, "story.html")).hasMessageContaining("rename it to .docx");
  }
}
