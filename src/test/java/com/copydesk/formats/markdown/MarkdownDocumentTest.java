package com.copydesk.formats.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.formats.Document;
import com.copydesk.formats.Opened;
import com.copydesk.formats.Documents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownDocumentTest {
  @TempDir
  Path dir;

  private Document open(byte[] bytes, String name) throws Exception {
    return Opened.file(dir, bytes, name);
  }

  @Test
  void openThenSaveIsByteIdenticalWithBomAndCrlf() throws Exception {
    byte[] body = "---\r\ntitle: Draft\r\n---\r\n# Harbour\r\n\r\nShips are *back*.\r\n\r\n```\r\ncode\r\n```\r\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Document doc = open(bytes, "draft.md");
    assertThat(doc.format().name()).isEqualTo("Markdown");
    assertThat(doc.encode(doc.text())).isEqualTo(bytes);
    assertThat(doc.draft().paragraphs()).hasSize(2);
    Path saved = dir.resolve("saved.markdown");
    Documents.save(doc, doc.text(), saved);
    assertThat(Files.readAllBytes(saved)).isEqualTo(bytes);
  }

  @Test
  void editsChangeTheSourceOnlyWhereMade() throws Exception {
    String md = "Read [the repot](https://example.org/repot) and `repot` now.\n";
    Document doc = open(md.getBytes(StandardCharsets.UTF_8), "x.md");
    int at = md.indexOf("repot]");
    String fixed = md.substring(0, at) + "report" + md.substring(at + 5);
    assertThat(new String(doc.encode(fixed), StandardCharsets.UTF_8))
        .isEqualTo("Read [the report](https://example.org/repot) and `repot` now.\n");
  }
}
