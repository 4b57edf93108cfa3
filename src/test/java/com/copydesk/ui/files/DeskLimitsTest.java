package com.copydesk.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.formats.Document;
import com.copydesk.formats.Documents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DeskLimitsTest {
  static Document text(String s) throws Exception {
    return Documents.formatFor(Path.of("big.txt")).read(Path.of("big.txt"), s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void longestLineCountsAnyBreak() {
    assertThat(DeskLimits.longestLine("")).isZero();
    assertThat(DeskLimits.longestLine("abc")).isEqualTo(3);
    assertThat(DeskLimits.longestLine("ab\r\nabcd\rabc\n")).isEqualTo(4);
  }

  @Test
  void draftsWithinTheLimitsAreShown() throws Exception {
    String line = "x".repeat(DeskLimits.MAX_LINE);
    assertThat(DeskLimits.refusal(text(line + "\n" + line))).isEmpty();
  }

  @Test
  void tooLongALineOrTooMuchTextIsRefusedWithTheSizes() throws Exception {
    assertThat(DeskLimits.refusal(text("y".repeat(DeskLimits.MAX_LINE + 1)))).get().asString()
        .contains("'big.txt' has a line of 20,001 characters").contains("up to 20,000").contains("copydesk check");
    String many = ("z".repeat(999) + "\n").repeat(DeskLimits.MAX_CHARS / 1000 + 1);
    assertThat(DeskLimits.refusal(text(many))).get().asString()
        .contains("holds 5,001,000 characters").contains("up to 5,000,000");
  }
}
