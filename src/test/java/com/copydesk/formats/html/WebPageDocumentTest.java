package com.copydesk.formats.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.ExportFormat;
import com.copydesk.formats.Opened;
import com.copydesk.formats.TextDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved web page of an invented site: read as its article, saved back as the whole page. */
class WebPageDocumentTest {
  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Night buses return to Wexham | The Wexham Lantern</title>
      <script>window.track = true;</script></head>
      <body>
      <header><div class="logo">The Wexham Lantern</div>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
      <main>
      <h1>Night buses return to Wexham</h1>
      <article>
      <p class="byline">By Ivo Marchetti</p>
      <p>Night buses will run again between Wexham and the city from Friday, the transport authority said on Tuesday, after a gap of two years.</p>
      <p>The service was cut when the operator lost drivers, and shift workers have since relied on taxis or lifts from friends.</p>
      <div class="ad-slot">Advertisement</div>
      <p>&ldquo;It means I can get home after a late shift without spending half my wages,&rdquo; said hospital porter Dana Fell.</p>
      <p>Buses will leave the city centre every forty minutes between midnight and five in the morning.</p>
      </article>
      <aside><h3>Most Read</h3><ul><li><a href="/a">Bridge repairs to finish early</a></li></ul></aside>
      </main>
      <footer><p>&copy; 2025 The Wexham Lantern</p></footer>
      </body></html>
      """;

  @TempDir
  Path dir;

  Document open(String html) throws Exception {
    return Opened.file(dir, html.getBytes(StandardCharsets.UTF_8), "buses.html");
  }

  static String saved(Document doc, String text) throws DocumentException {
    return new String(doc.encode(text), StandardCharsets.UTF_8);
  }

  @Test
  void aPageWithChromeIsReadAsItsArticle() throws Exception {
    Document doc = open(PAGE);
    assertThat(doc.format().name()).isEqualTo("Web page");
    assertThat(doc.text().lines().toList()).containsExactly(
        "Night buses return to Wexham",
        "By Ivo Marchetti",
        "Night buses will run again between Wexham and the city from Friday, the transport authority said on "
            + "Tuesday, after a gap of two years.",
        "The service was cut when the operator lost drivers, and shift workers have since relied on taxis or "
            + "lifts from friends.",
        "Advertisement",
        "\u201CIt means I can get home after a late shift without spending half my wages,\u201D said hospital "
            + "porter Dana Fell.",
        "Buses will leave the city centre every forty minutes between midnight and five in the morning.");
    assertThat(doc.warnings()).singleElement().asString().contains("saved web page");
  }

  @Test
  void aPlainArticlePageIsReadAsItsSourceAsBefore() throws Exception {
    String plain = "<html><body><h1>Night buses return</h1><p>Night buses will run again from Friday.</p></body></html>";
    Document doc = open(plain);
    assertThat(doc).isInstanceOf(TextDocument.class);
    assertThat(doc.format().name()).isEqualTo("HTML");
    assertThat(doc.text()).isEqualTo(plain);
  }

  @Test
  void savingUnchangedTextGivesTheSameBytes() throws Exception {
    Document doc = open(PAGE);
    assertThat(doc.encode(doc.text())).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aChangedWordIsPutBackInPlaceAndTheRestOfThePageStays() throws Exception {
    Document doc = open(PAGE);
    String edited = doc.text().replace("porter Dana Fell", "porter Dana Fells").replace("half my", "half of my");
    String page = saved(doc, edited);
    assertThat(page).isEqualTo(PAGE.replace("porter Dana Fell", "porter Dana Fells").replace("half my", "half of my"));
    assertThat(page).contains("&ldquo;It means", "<nav>", "&copy; 2025", "<script>window.track");
  }

  @Test
  void aRemovedLineTakesItsElementWithIt() throws Exception {
    Document doc = open(PAGE);
    String edited = doc.text().replace("Advertisement\n", "");
    assertThat(saved(doc, edited)).isEqualTo(PAGE.replace("<div class=\"ad-slot\">Advertisement</div>\n", ""));
  }

  @Test
  void addingAParagraphIsRefusedWithAReason() throws Exception {
    Document doc = open(PAGE);
    assertThatThrownBy(() -> doc.encode(doc.text() + "\nA new closing paragraph."))
        .isInstanceOf(DocumentException.class).hasMessageContaining("does not add them to a page");
  }

  @Test
  void exportWritesTheArticleAlone() throws Exception {
    Document doc = open(PAGE);
    assertThat(doc.exportFormats()).containsExactly(ExportFormat.PLAIN_TEXT, ExportFormat.MARKDOWN);
    String md = new String(doc.export(doc.text(), ExportFormat.MARKDOWN), StandardCharsets.UTF_8);
    assertThat(md).startsWith("# Night buses return to Wexham\n\nBy Ivo Marchetti\n\n").doesNotContain("Most Read", "Home");
    String txt = new String(doc.export(doc.text(), ExportFormat.PLAIN_TEXT), StandardCharsets.UTF_8);
    assertThat(List.of(txt.split("\n\n"))).hasSize(7);
  }
}
