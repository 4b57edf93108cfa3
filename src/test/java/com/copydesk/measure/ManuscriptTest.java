package com.copydesk.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManuscriptTest {
  @Test
  void aLongDraftIsTenThousandWordsOfUniqueParagraphsWithSlipsTheSameEveryRun() {
    String text = Manuscript.withSlips(10_000, 7);
    assertThat(text.split("\\s+").length).isBetween(10_000, 10_200);
    List<String> paragraphs = Arrays.asList(text.split("\n\n"));
    assertThat(paragraphs.size()).isGreaterThan(80);
    assertThat(new HashSet<>(paragraphs)).hasSameSizeAs(paragraphs);
    assertThat(text).contains("recieved").contains("the the").contains(" , and");
    assertThat(Manuscript.withSlips(10_000, 7)).isEqualTo(text);
  }

  @Test
  void theBenchmarkManuscriptIsCleanAndItsFirstWordsEndOnAParagraph() {
    String text = Manuscript.generate(5_000, 42);
    assertThat(Manuscript.countWords(text)).isBetween(5_000, 5_100);
    assertThat(text).doesNotContain("recieved").doesNotContain("the the");
    String first = Manuscript.firstWords(text, 1_000);
    assertThat(Manuscript.countWords(first)).isBetween(1_000, 1_100);
    assertThat(first).endsWith(".\n");
    assertThat(Manuscript.generate(5_000, 42)).isEqualTo(text);
  }
}
