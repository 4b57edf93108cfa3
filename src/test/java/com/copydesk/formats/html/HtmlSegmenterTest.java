package com.copydesk.formats.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Paragraph;
import com.copydesk.formats.Reading;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlSegmenterTest {
  private final HtmlSegmenter segmenter = new HtmlSegmenter();

  private List<String> read(String html) {
    return Reading.of(segmenter, html);
  }

  @Test
  void blockElementsEndParagraphsAndInlineTagsAreMarkup() {
    String html = "<!DOCTYPE html><html><head><title>Teh title</title><style>p { color: red }</style></head>"
        + "<body><h1>Harbour news</h1><p>The ferry <b>was</b> <i>late</i> again.</p>"
        + "<ul><li>First point<li>Second point</ul></body></html>";
    assertThat(read(html)).containsExactly("Harbour news", "The ferry was late again.", "First point",
        "Second point");
  }

  @Test
  void scriptStyleAndPreformattedTextAreNeverChecked() {
    String html = "<p>Before</p><script>var teh = '<p>not prose</p>';</script><pre>teh code</pre>"
        + "<p>After <code>x = 1</code> it.</p>";
    assertThat(read(html)).containsExactly("Before", "After Dummy it.");
  }

  @Test
  void entitiesReadAsTheirCharactersAndOffsetsPointIntoTheSource() {
    String html = "<p>Fish &amp; chips &copy; 2024 &#8220;fresh&#x201D;</p>";
    assertThat(read(html)).containsExactly("Fish & chips \u00a9 2024 \u201cfresh\u201d");
    Paragraph p = segmenter.paragraphs(html).get(0);
    assertThat(p.textIn(html)).isEqualTo("Fish &amp; chips &copy; 2024 &#8220;fresh&#x201D;");
  }

  @Test
  void whiteSpaceRunsReadAsOneSpaceAndBreaksAsLineBreaks() {
    String html = "<p>The council\n    met on\tMonday.<br>New line</p>";
    assertThat(read(html)).containsExactly("The council met on Monday.\nNew line");
  }

  @Test
  void textAroundNestedBlocksFormsSeparateParagraphs() {
    assertThat(read("<div>Intro text <p>Inner para</p> closing words</div>"))
        .containsExactly("Intro text", "Inner para", "closing words");
  }

  @Test
  void tableCellsAreParagraphs() {
    assertThat(read("<table><tr><td>Leeds</td><td>Rain later</td></tr></table>"))
        .containsExactly("Leeds", "Rain later");
  }

  @Test
  void commentsAndFragmentsWithoutBodyWork() {
    assertThat(read("Just <!-- note --> some text\r\n")).containsExactly("Just  some text");
  }

  @Test
  void malformedMarkupStillGivesDisjointParagraphsInOrder() {
    String html = "<table>stray text<tr><td>cell</td></tr></table><p>Para<p>Next";
    List<Paragraph> ps = segmenter.paragraphs(html);
    int end = -1;
    for (Paragraph p : ps) {
      assertThat(p.start()).isGreaterThanOrEqualTo(end);
      end = p.end();
    }
    assertThat(read(html)).contains("cell", "Para", "Next");
  }
}
