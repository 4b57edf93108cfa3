package com.copydesk.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.formats.Documents;
import com.copydesk.formats.TextDocument;
import com.copydesk.formats.docx.DocxTestDocs;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestorationTest {
  @TempDir
  Path dir;

  static RecoveryCopy copy(Path source, String name, String format, String charset, byte[] bom, String lineBreak,
      String text) {
    return new RecoveryCopy("r1", Instant.parse("2026-03-01T10:15:30Z"), source, name, format, charset, bom,
        lineBreak, 3, Set.of(), RecoveryStoreTest.DEAD, text);
  }

  @Test
  void anExistingOriginalIsReopenedAndLeftAsItIs() throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, "As saved.\r\n");
    Restoration r = Restoration.of(copy(file, "article.txt", "Plain text", "UTF-8", null, "\r\n", "As edited.\n"));
    assertThat(r.untitled()).isFalse();
    assertThat(r.document().path()).isEqualTo(file);
    assertThat(r.document().text()).isEqualTo("As saved.\r\n");
    assertThat(r.displayName()).isNull();
    assertThat(r.note()).contains("article.txt").contains("unchanged until you save");
    assertThat(Files.readString(file)).isEqualTo("As saved.\r\n");
  }

  @Test
  void aMissingOriginalRestoresUntitledInItsOwnEncodingBomAndBreaks() throws Exception {
    Path gone = dir.resolve("gone.txt");
    Restoration r = Restoration.of(copy(gone, "gone.txt", "Plain text", "UTF-16LE",
        new byte[] {(byte) 0xFF, (byte) 0xFE}, "\r\n", "Crème brûlée.\nSecond line."));
    assertThat(r.untitled()).isTrue();
    assertThat(r.document().path()).isNull();
    assertThat(r.displayName()).isEqualTo("gone.txt (recovered)");
    assertThat(r.note()).contains("no longer exists");
    TextDocument doc = (TextDocument) r.document();
    assertThat(doc.encoding().charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(doc.encoding().hasBom()).isTrue();
    assertThat(doc.lineEndings().describe()).isEqualTo("CRLF");
    assertThat(doc.text()).isEqualTo("Crème brûlée.\r\nSecond line.");
  }

  @Test
  void windows1252TextComesBackAsWindows1252() {
    Restoration r = Restoration.of(copy(null, "old.txt", "Plain text", "windows-1252", null, "\n", "Café déjà vu."));
    assertThat(((TextDocument) r.document()).encoding().charset()).isEqualTo(Charset.forName("windows-1252"));
    assertThat(r.document().text()).isEqualTo("Café déjà vu.");
  }

  @Test
  void textTheOldCharsetCannotHoldFallsBackToUtf8() {
    Restoration r = Restoration.of(copy(null, "old.txt", "Plain text", "windows-1252", null, "\n", "Arrows → here."));
    assertThat(((TextDocument) r.document()).encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.document().text()).isEqualTo("Arrows → here.");
  }

  @Test
  void markdownStaysMarkdownAndAGoneWordDocumentComesBackAsPlainText() throws Exception {
    Restoration md = Restoration.of(copy(null, "notes.md", "Markdown", "UTF-8", null, "\n", "# Title\n\nBody."));
    assertThat(md.document().format().name()).isEqualTo("Markdown");
    Restoration word = Restoration.of(copy(dir.resolve("gone.docx"), "gone.docx", "Word document", "", null, "\n",
        "Harbour reopens."));
    assertThat(word.document().format()).isEqualTo(Documents.formatFor(Path.of("x.txt")));
    assertThat(word.document().text()).isEqualTo("Harbour reopens.");
    assertThat(word.displayName()).isEqualTo("gone.docx (recovered)");
  }

  @Test
  void anExistingWordOriginalIsReopened() throws Exception {
    Path file = dir.resolve("story.docx");
    Files.write(file, DocxTestDocs.story());
    Restoration r = Restoration.of(copy(file, "story.docx", "Word document", "", null, "\n", "Edited story."));
    assertThat(r.untitled()).isFalse();
    assertThat(r.document().format().isText()).isFalse();
  }

  @Test
  void anOriginalThatNoLongerOpensRestoresUntitledAndSaysWhy() throws Exception {
    Path file = dir.resolve("was-text.txt");
    Files.write(file, new byte[] {0, 0, 0, 1, 2, 3});
    Restoration r = Restoration.of(copy(file, "was-text.txt", "Plain text", "UTF-8", null, "\n", "Words."));
    assertThat(r.untitled()).isTrue();
    assertThat(r.note()).contains("could not be opened").contains("not a text document");
    assertThat(r.document().text()).isEqualTo("Words.");
  }

  @Test
  void theOfferSaysWhereTheDraftCameFromAndWhen() throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, "x");
    RecoveryOffer live = RecoveryOffer.of(copy(file, "article.txt", "Plain text", "UTF-8", null, "\n", "Two words."));
    assertThat(live.title()).isEqualTo("article.txt");
    assertThat(live.origin()).contains(file.toString()).contains("the file changed after this copy was saved");
    assertThat(live.saved()).startsWith("Saved ").contains("2026");
    assertThat(live.size()).isEqualTo("2 words");
    assertThat(RecoveryOffer.of(copy(dir.resolve("nope.txt"), "nope.txt", "", "", null, "\n", "")).origin())
        .contains("no longer exists");
    assertThat(RecoveryOffer.of(copy(null, "coastal.txt (sample)", "", "", null, "\n", "a")).origin())
        .contains("untitled");
    assertThat(RecoveryOffer.of(copy(null, "coastal.txt (sample)", "", "", null, "\n", "a")).title())
        .isEqualTo("coastal.txt");
  }
}
