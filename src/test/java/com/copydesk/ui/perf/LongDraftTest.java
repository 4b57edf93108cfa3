package com.copydesk.ui.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongDraftTest {
  @Test
  void tenThousandWordsOfUniqueParagraphsTheSameEveryRun() {
    String text = LongDraft.generate(10_000, 7);
    assertThat(text.split("\\s+").length).isBetween(10_000, 10_200);
    List<String> paragraphs = Arrays.asList(text.split("\n\n"));
    assertThat(paragraphs.size()).isGreaterThan(80);
    assertThat(new HashSet<>(paragraphs)).hasSameSizeAs(paragraphs);
    assertThat(text).contains("recieved").contains("the the").contains(" , and");
    assertThat(LongDraft.generate(10_000, 7)).isEqualTo(text);
  }
}
