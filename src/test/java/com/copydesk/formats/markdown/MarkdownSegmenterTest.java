package com.copydesk.formats.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Markup;
import com.copydesk.core.Paragraph;
import com.copydesk.formats.Reading;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSegmenterTest {
  private final MarkdownSegmenter segmenter = new MarkdownSegmenter();

  private List<String> read(String md) {
    return Reading.of(segmenter, md);
  }

  @Test
  void headingsAndParagraphsAreProseWithoutTheirMarkers() {
    assertThat(read("# The harbour *reopens* #\n\nShips **were** back on Monday.\n"))
        .containsExactly("The harbour reopens", "Ships were back on Monday.");
  }

  @Test
  void codeSpansAndAutolinksReadAsANeutralWordAndCodeBlocksAreSkipped() {
    String md = "Run `make` or `install` now, see <https://example.org/a>.\n\n```\nteh code\n```\n\n    indented teh\n";
    assertThat(read(md)).containsExactly("Run Dummy or Item now, see Dummy.");
  }

  @Test
  void linkTextIsProseButItsTargetIsNot() {
    assertThat(read("Read [the council report](https://example.org/r \"Title here\") today.\n"))
        .containsExactly("Read the council report today.");
  }

  @Test
  void inlineHtmlImagesEscapesAndEntitiesAreMarkup() {
    List<String> r = read("Fish <b>and</b> chips \\*not\\* &amp; ![a map](map.png) peas &copy; here.\n");
    assertThat(r).containsExactly("Fish and chips *not* & Dummy peas \u00a9 here.");
  }

  @Test
  void quotesListsAndWrappedLinesKeepOffsetsIntoTheSource() {
    String md = "> The mayor said\n> the plan works.\n\n- first item\n  goes on\n- second\n";
    assertThat(read(md)).containsExactly("The mayor said the plan works.", "first item goes on", "second");
    Paragraph quote = segmenter.paragraphs(md).get(0);
    assertThat(quote.textIn(md)).isEqualTo("The mayor said\n> the plan works.");
    assertThat(quote.markup()).containsExactly(new Markup(new com.copydesk.core.Span(14, 17), " "));
  }

  @Test
  void plainLineBreakInsideAParagraphStaysProse() {
    String md = "A hard\nwrapped line.\n";
    Paragraph p = segmenter.paragraphs(md).get(0);
    assertThat(p.textIn(md)).isEqualTo("A hard\nwrapped line.");
    assertThat(p.markup()).isEmpty();
  }

  @Test
  void frontMatterIsNeverChecked() {
    String md = "---\ntitle: teh draft\ntags: [a, b]\n---\n\nBody text here.\n";
    assertThat(read(md)).containsExactly("Body text here.");
    assertThat(segmenter.paragraphs(md).get(0).start()).isEqualTo(md.indexOf("Body"));
  }

  @Test
  void tableCellsAreParagraphsOfTheirOwn() {
    String md = "| Town | Note |\n|---|:---:|\n| Leeds | rain `x` |\n";
    assertThat(read(md)).containsExactly("Town", "Note", "Leeds", "rain Dummy");
    Paragraph leeds = segmenter.paragraphs(md).get(2);
    assertThat(leeds.textIn(md)).isEqualTo("Leeds");
  }

  @Test
  void bareUrlsInProseAreMarkup() {
    assertThat(read("Visit www.example.org/path or http://x.example/y, today.\n"))
        .containsExactly("Visit Dummy or Dummy, today.");
  }

  @Test
  void crlfSourcesWork() {
    String md = "# Title\r\n\r\nOne line\r\nand more.\r\n";
    assertThat(read(md)).containsExactly("Title", "One line\r\nand more.");
  }
}
