package com.copydesk.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStatsTest {
  @Test
  void countsWordsKeepingContractionsAndHyphenatedWordsWhole() {
    TextStats s = TextStats.of("The mayor's well-known plan — all 12 stops — won't change.\n\nEnd.");
    assertThat(s.words()).isEqualTo(10);
    assertThat(s.characters()).isEqualTo(62);
    assertThat(s.describe()).isEqualTo("10 words · 62 characters");
  }

  @Test
  void saysOneWordAndEmptyText() {
    assertThat(TextStats.of("Hello").describe()).isEqualTo("1 word · 5 characters");
    assertThat(TextStats.of("").describe()).isEqualTo("0 words · 0 characters");
    assertThat(TextStats.of("x".repeat(1234)).describe()).isEqualTo("1 word · 1,234 characters");
  }
}
