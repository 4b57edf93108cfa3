package com.copydesk.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Variant;
import com.copydesk.engine.variant.VariantGuess;
import com.copydesk.engine.variant.VariantGuesser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variant is read from a document's prose only: American spellings in markup (style attributes,
 * code, link targets, scripts) do not make a British draft American, in any format.
 */
class VariantOfDocumentsTest {
  private static final String[] BRITISH = {
      "Council leaders have criticised plans to close the library, saying the damage to neighbourhoods would last.",
      "Mr Hughes said the figures had not been analysed and that the centre of town would suffer most.",
      "The programme of closures would save £4.2m by 14 March, a spokeswoman said."};

  @TempDir
  Path dir;

  private VariantGuess guess(byte[] bytes, String name) throws Exception {
    Document doc = Opened.file(dir, bytes, name);
    return VariantGuesser.standard().guess(doc.draft(), Variant.EN_US);
  }

  @Test
  void html() throws Exception {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Library</title>"
        + "<style>p.center { color: gray; text-align: center; }</style>"
        + "<script>var color = 'gray'; var center = true; var behavior = 'smooth';</script></head><body>");
    for (String p : BRITISH) {
      html.append("<p class=\"center\" style=\"color: gray\" data-behavior=\"analyze\">").append(p).append("</p>");
    }
    html.append("<p><a href=\"https://example.com/color/center/program\">More</a></p></body></html>");
    VariantGuess g = guess(html.toString().getBytes(StandardCharsets.UTF_8), "story.html");
    assertThat(g.variant()).isEqualTo(Variant.EN_GB);
    assertThat(g.evidence().americanForms()).isZero();
  }

  @Test
  void markdown() throws Exception {
    String md = "# Library closures\n\n" + String.join("\n\n", BRITISH)
        + "\n\nSee `color: gray; behavior: center` and [the plan](https://example.com/color-center).\n\n"
        + "```css\np { color: gray; text-align: center; }\n```\n";
    VariantGuess g = guess(md.getBytes(StandardCharsets.UTF_8), "story.md");
    assertThat(g.variant()).isEqualTo(Variant.EN_GB);
    assertThat(g.evidence().americanForms()).isZero();
  }

  @Test
  void word() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    for (String p : BRITISH) {
      doc.createParagraph().createRun().setText(p);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    VariantGuess g = guess(out.toByteArray(), "story.docx");
    assertThat(g.variant()).isEqualTo(Variant.EN_GB);
    assertThat(g.evidence().britishForms()).isEqualTo(5);
  }

  @Test
  void plainText() throws Exception {
    VariantGuess g = guess(String.join("\n\n", BRITISH).getBytes(StandardCharsets.UTF_8), "story.txt");
    assertThat(g.describe()).startsWith("English (UK) — from the spelling: 5 British forms, 0 American");
  }
}
