package com.copydesk.formats.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.formats.Document;
import com.copydesk.formats.Opened;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.TextDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlDocumentTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  @TempDir
  Path dir;

  private Document open(byte[] bytes, String name) throws Exception {
    return Opened.file(dir, bytes, name);
  }

  @Test
  void utf8PageRoundTripsByteForByte() throws Exception {
    byte[] bytes = ("<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"><title>T</title></head>\r\n"
        + "<body><p>Caf\u00e9 &amp; cr\u00e8me \u2014 fine.</p></body></html>\r\n").getBytes(StandardCharsets.UTF_8);
    Document doc = open(bytes, "page.html");
    assertThat(doc.format().name()).isEqualTo("HTML");
    assertThat(doc.encode(doc.text())).isEqualTo(bytes);
    assertThat(doc.draft().paragraphs()).hasSize(1);
  }

  @Test
  void legacyEncodedPageIsReadInItsDeclaredCharsetAndRoundTrips() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        + "</head><body><p>\u201cSm\u00f6rg\u00e5sbord\u201d costs \u00a35 \u2013 cheap.</p></body></html>";
    byte[] bytes = html.getBytes(CP1252);
    Document doc = open(bytes, "legacy.htm");
    assertThat(doc.text()).isEqualTo(html);
    assertThat(doc.warnings()).isEmpty();
    assertThat(((TextDocument) doc).encoding().charset().name()).isEqualTo("windows-1252");
    assertThat(doc.encode(doc.text())).isEqualTo(bytes);
  }

  @Test
  void charactersTheLegacyCharsetCannotHoldAreSavedAsCharacterReferences() throws Exception {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Price: 5 euros</p></body></html>";
    Document doc = open(html.getBytes(CP1252), "price.html");
    byte[] out = doc.encode(doc.text().replace("5 euros", "5 \u20ac \u2192 \u0101"));
    assertThat(new String(out, CP1252)).contains("5 \u20ac &#x2192; &#x101;");
  }

  @Test
  void aPageWithoutADeclarationThatIsNotUtf8IsReadAsWindows1252WithAWarning() throws Exception {
    byte[] bytes = "<p>na\u00efve caf\u00e9</p>".getBytes(CP1252);
    Document doc = open(bytes, "old.html");
    assertThat(doc.text()).isEqualTo("<p>na\u00efve caf\u00e9</p>");
    assertThat(doc.warnings()).singleElement().asString().contains("Windows-1252");
    assertThat(doc.encode(doc.text())).isEqualTo(bytes);
  }

  @Test
  void anUnknownDeclaredCharsetIsAClearError() throws Exception {
    byte[] bytes = "<meta charset=\"x-klingon-7\"><p>Hi</p>".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> open(bytes, "odd.html"))
        .isInstanceOf(DocumentException.class)
        .hasMessage("'odd.html' declares the character set 'x-klingon-7', which Copydesk cannot read; save it as UTF-8.");
  }

  @Test
  void shiftJisPageRoundTrips() throws Exception {
    String html = "<meta charset=\"shift_jis\"><p>\u65e5\u672c\u8a9e\u306e\u6587\u7ae0 and English.</p>";
    byte[] bytes = html.getBytes("Shift_JIS");
    Document doc = open(bytes, "jp.html");
    assertThat(doc.text()).isEqualTo(html);
    assertThat(doc.encode(doc.text())).isEqualTo(bytes);
  }
}
