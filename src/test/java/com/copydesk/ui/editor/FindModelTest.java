package com.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Span;
import org.junit.jupiter.api.Test;

class FindModelTest {
  static final String TEXT = "Harbour dues rose. The harbour master said harbours need dredging.";

  @Test
  void findsEveryMatchIgnoringCaseFromTheCaret() {
    FindModel f = new FindModel();
    f.search(TEXT, "HARBOUR", 10);
    assertThat(f.hits()).containsExactly(new Span(0, 7), new Span(23, 30), new Span(43, 50));
    assertThat(f.current()).isEqualTo(new Span(23, 30));
    assertThat(f.describe()).isEqualTo("2 of 3");
  }

  @Test
  void stepsRoundInBothDirections() {
    FindModel f = new FindModel();
    f.search(TEXT, "harbour", 0);
    assertThat(f.next()).isEqualTo(new Span(23, 30));
    assertThat(f.next()).isEqualTo(new Span(43, 50));
    assertThat(f.next()).isEqualTo(new Span(0, 7));
    assertThat(f.previous()).isEqualTo(new Span(43, 50));
  }

  @Test
  void followsTheTextAndSaysWhenNothingMatches() {
    FindModel f = new FindModel();
    f.search(TEXT, "dredging", 0);
    f.refresh("Nothing here any more.");
    assertThat(f.hits()).isEmpty();
    assertThat(f.current()).isNull();
    assertThat(f.describe()).isEqualTo("No matches");
    f.search(TEXT, "", 0);
    assertThat(f.describe()).isEmpty();
  }
}
