package com.copydesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlainTextSegmenterTest {

  static List<String> paragraphs(String text, Segmenter s) {
    return s.paragraphs(text).stream().map(p -> p.textIn(text)).collect(Collectors.toList());
  }

  @Test
  void eachLineIsAParagraphAndBlankLinesAreSkipped() {
    String text = "Harbour reopens\n\nThe harbour reopened on Monday.\nShips returned at dawn.\n\n\n";
    assertThat(paragraphs(text, new PlainTextSegmenter()))
        .containsExactly("Harbour reopens", "The harbour reopened on Monday.", "Ships returned at dawn.");
  }

  @Test
  void aHardWrappedParagraphStaysWhole() {
    String text = "The council said the new bridge\nwould open in the spring.\r\nIt did not say when.";
    assertThat(paragraphs(text, new PlainTextSegmenter()))
        .containsExactly("The council said the new bridge\nwould open in the spring.", "It did not say when.");
  }

  @Test
  void aTitleIsNotJoinedToTheParagraphBelowIt() {
    String upper = "Kim Meets The Mayor\nThe visit was short.";
    assertThat(paragraphs(upper, new PlainTextSegmenter())).hasSize(2);
  }

  @Test
  void aVeryLongParagraphIsCutAtSentenceEnds() {
    String sentence = "The ferry left the harbour on time. ";
    String text = sentence.repeat(100).trim();
    List<Paragraph> ps = new PlainTextSegmenter(200).paragraphs(text);
    assertThat(ps.size()).isGreaterThan(10);
    for (Paragraph p : ps) {
      assertThat(p.span().length()).isLessThanOrEqualTo(200);
      assertThat(p.textIn(text)).startsWith("The ferry").endsWith(".");
    }
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  Indented line.\r\n\r\nNext one.";
    List<Paragraph> ps = new PlainTextSegmenter().paragraphs(text);
    assertThat(ps).hasSize(2);
    assertThat(ps.get(1).start()).isEqualTo(text.indexOf("Next"));
  }
}
