package com.copydesk.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import com.copydesk.formats.ExportFormat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportOptionsTest {
  @TempDir
  Path dir;

  private Document docx() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("The ferry recieved a letter.");
      doc.write(out);
      Path file = dir.resolve("story.docx");
      Files.write(file, out.toByteArray());
      return Documents.open(file);
    }
  }

  private Document text(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return Documents.open(file);
  }

  @Test
  void aWordDocumentOffersItselfWithTrackedChangesThenTextAndMarkdown() throws Exception {
    Document doc = docx();
    List<ExportOptions.Choice> choices = ExportOptions.choices(doc);
    assertThat(choices).extracting(ExportOptions.Choice::describe)
        .containsExactly("Word document (.docx)", "Plain text (.txt)", "Markdown (.md)");
    assertThat(ExportOptions.hasChoices(doc)).isTrue();
    assertThat(ExportOptions.canTrack(doc, choices.get(0))).isTrue();
    assertThat(ExportOptions.canTrack(doc, choices.get(2))).isFalse();
    assertThat(ExportOptions.suggestedName("story.docx", choices.get(0))).isEqualTo("story-edited.docx");
    assertThat(ExportOptions.suggestedName("story.docx", choices.get(2))).isEqualTo("story.md");
  }

  @Test
  void textDocumentsHaveNothingToExport() throws Exception {
    assertThat(ExportOptions.hasChoices(text("a.md", "# Title\n"))).isFalse();
    assertThat(ExportOptions.hasChoices(text("a.html", "<p>Hi</p>"))).isFalse();
    assertThat(ExportOptions.hasChoices(text("a.txt", "Hi"))).isFalse();
    assertThat(ExportOptions.hasChoices(null)).isFalse();
  }

  @Test
  void saveAsByFileName() throws Exception {
    Document doc = docx();
    assertThat(ExportOptions.saveAsExport(doc, dir.resolve("x.docx"))).isEmpty();
    assertThat(ExportOptions.saveAsExport(doc, dir.resolve("x.md"))).contains(ExportFormat.MARKDOWN);
    assertThat(ExportOptions.saveAsExport(doc, dir.resolve("x.TXT"))).contains(ExportFormat.PLAIN_TEXT);
    assertThatThrownBy(() -> ExportOptions.saveAsExport(doc, dir.resolve("x.html")))
        .isInstanceOf(DocumentException.class).hasMessageContaining("name it .docx, .txt or .md");
    Document plain = text("notes.txt", "Hello.");
    assertThat(ExportOptions.saveAsExport(plain, dir.resolve("notes.md"))).isEmpty();
    assertThatThrownBy(() -> ExportOptions.saveAsExport(plain, dir.resolve("notes.docx")))
        .isInstanceOf(DocumentException.class).hasMessageContaining("save it as .txt");
  }

  @Test
  void aMissingExtensionIsAddedAndAnyOtherKept() {
    assertThat(ExportOptions.withExtension(dir.resolve("copy"), "md")).isEqualTo(dir.resolve("copy.md"));
    assertThat(ExportOptions.withExtension(dir.resolve("copy.txt"), "md")).isEqualTo(dir.resolve("copy.txt"));
    assertThat(ExportOptions.baseName("report.final.docx")).isEqualTo("report.final");
    assertThat(ExportOptions.baseName("")).isEqualTo("untitled");
  }

  @Test
  void writingWithTrackedChangesSignsThemCopydesk() throws Exception {
    Document doc = docx();
    Path out = dir.resolve("tracked.docx");
    ExportOptions.write(doc, "The ferry received a letter.",
        new ExportOptions.Request(ExportOptions.choices(doc).get(0), true), out);
    String xml = DocxXmlPeek.documentXml(out);
    assertThat(xml).contains("<w:ins").contains("<w:del").contains("w:author=\"Copydesk\"");
    Path md = dir.resolve("story.md");
    ExportOptions.write(doc, "The ferry received a letter.",
        new ExportOptions.Request(ExportOptions.choices(doc).get(2), false), md);
    assertThat(Files.readString(md)).contains("The ferry received a letter.");
  }
}
