package com.copydesk.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileRoundTripTest {
  static final String TEXT = "Café owners said the naïve plan “worked”.\r\nThe mayor agreed.\r\n";

  @TempDir
  Path dir;

  static byte[] bytes(byte[] bom, String text, Charset cs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(text.getBytes(cs));
    return out.toByteArray();
  }

  Document open(byte[] content) throws Exception {
    Path f = dir.resolve("draft.txt");
    Files.write(f, content);
    return Documents.open(f);
  }

  /** Opening, editing one word in the editor's LF text and saving changes only that word. */
  void assertEditRoundTrip(byte[] original, Charset cs, byte[] bom) throws Exception {
    Document doc = open(original);
    assertThat(doc.encode(doc.text())).isEqualTo(original);
    String lf = LineEndings.normalize(doc.text());
    String edited = doc.lineEndings().restore(lf.replace("agreed", "disagreed"));
    Path out = dir.resolve("saved.txt");
    Documents.save(doc, edited, out);
    assertThat(Files.readAllBytes(out)).isEqualTo(bytes(bom, TEXT.replace("agreed", "disagreed"), cs));
  }

  @Test
  void utf8WithoutBom() throws Exception {
    assertEditRoundTrip(bytes(new byte[0], TEXT, StandardCharsets.UTF_8), StandardCharsets.UTF_8, new byte[0]);
  }

  @Test
  void utf8WithBom() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Document doc = open(bytes(bom, TEXT, StandardCharsets.UTF_8));
    assertThat(doc.text()).startsWith("Café");
    assertEditRoundTrip(bytes(bom, TEXT, StandardCharsets.UTF_8), StandardCharsets.UTF_8, bom);
  }

  @Test
  void utf16LittleAndBigEndianWithBom() throws Exception {
    byte[] le = {(byte) 0xFF, (byte) 0xFE};
    byte[] be = {(byte) 0xFE, (byte) 0xFF};
    assertEditRoundTrip(bytes(le, TEXT, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, le);
    assertEditRoundTrip(bytes(be, TEXT, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, be);
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() throws Exception {
    byte[] legacy = bytes(new byte[0], TEXT, TextEncoding.WINDOWS_1252);
    Document doc = open(legacy);
    assertThat(doc.text()).isEqualTo(TEXT);
    assertThat(doc.warnings()).singleElement().asString().contains("Windows-1252");
    assertEditRoundTrip(legacy, TextEncoding.WINDOWS_1252, new byte[0]);
  }

  @Test
  void mixedLineBreaksAreKeptAsFound() throws Exception {
    String mixed = "First line.\r\nSecond line.\nThird line.\rFourth.\n";
    Document doc = open(mixed.getBytes(StandardCharsets.UTF_8));
    assertThat(doc.lineEndings().isMixed()).isTrue();
    String lf = LineEndings.normalize(doc.text());
    assertThat(lf).isEqualTo("First line.\nSecond line.\nThird line.\nFourth.\n");
    assertThat(doc.lineEndings().restore(lf.replace("Second", "2nd")))
        .isEqualTo(mixed.replace("Second", "2nd"));
  }

  @Test
  void binaryDataIsNotADocument() {
    byte[] binary = {'P', 'N', 'G', 0, 1, 2, 3, 'x'};
    assertThatThrownBy(() -> open(binary)).isInstanceOf(DocumentException.class)
        .hasMessage("'draft.txt' is not a text document (it contains binary data).");
  }

  @Test
  void aCharacterTheLegacyEncodingCannotHoldIsRefusedOnSaveAndTheFileStaysIntact() throws Exception {
    byte[] legacy = bytes(new byte[0], TEXT, TextEncoding.WINDOWS_1252);
    Document doc = open(legacy);
    Path f = dir.resolve("draft.txt");
    assertThatThrownBy(() -> Documents.save(doc, doc.text() + "→ next", f))
        .isInstanceOf(DocumentException.class).hasMessageContaining("UTF-8");
    assertThat(Files.readAllBytes(f)).isEqualTo(legacy);
  }

  @Test
  void missingFilesAndFoldersGetOneLineMessages() throws Exception {
    assertThatThrownBy(() -> Documents.open(dir.resolve("nowhere.txt")))
        .hasMessage("Cannot open 'nowhere.txt': no such file.");
    Path folder = Files.createDirectory(dir.resolve("drafts"));
    assertThatThrownBy(() -> Documents.open(folder))
        .hasMessage("Cannot open 'drafts': it is a folder, not a document.");
  }
}
