package com.copydesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextIndexTest {

  @Test
  void countsCodePointsNotUtf16Units() {
    String text = "a😀b😀c";
    TextIndex index = new TextIndex(text);
    assertThat(index.codePoints(text.indexOf('b'))).isEqualTo(2);
    assertThat(index.codePoints(text.indexOf('c'))).isEqualTo(4);
    assertThat(index.utf16(4)).isEqualTo(text.indexOf('c'));
    assertThat(index.codePoints(text.length())).isEqualTo(5);
  }

  @Test
  void linesAndColumnsForEveryKindOfLineBreak() {
    String text = "one\r\ntwo\nthr😀ee\rfour";
    TextIndex index = new TextIndex(text);
    assertThat(index.line(0)).isEqualTo(1);
    assertThat(index.line(text.indexOf("two"))).isEqualTo(2);
    assertThat(index.column(text.indexOf("two") + 1)).isEqualTo(2);
    assertThat(index.line(text.indexOf("ee"))).isEqualTo(3);
    assertThat(index.column(text.indexOf("ee"))).isEqualTo(5);
    assertThat(index.line(text.indexOf("four"))).isEqualTo(4);
    assertThat(index.column(text.indexOf("four"))).isEqualTo(1);
  }
}
