package com.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Edit;
import com.copydesk.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownMarksTest {
  private static Underlines.Mark mark(int start, int end) {
    return new Underlines.Mark(new Span(start, end), List.of("issue", "issue-spelling"));
  }

  @Test
  void onlyMarksThatChangedAreRestyled() {
    ShownMarks shown = new ShownMarks();
    assertThat(shown.restyle(List.of(mark(0, 3), mark(100, 108), mark(500, 505))))
        .containsExactly(new Span(0, 3), new Span(100, 108), new Span(500, 505));
    assertThat(shown.restyle(List.of(mark(0, 3), mark(100, 108), mark(500, 505)))).as("nothing changed").isEmpty();
    assertThat(shown.restyle(List.of(mark(0, 3), mark(500, 505), mark(510, 512))))
        .containsExactly(new Span(100, 108), new Span(510, 512));
  }

  @Test
  void typingMovesWhatIsShownAndLeavesOnlyTheTypedStretchInDoubt() {
    ShownMarks shown = new ShownMarks();
    shown.restyle(List.of(mark(0, 3), mark(100, 108)));
    shown.edited(new Edit(50, "", "abc"));
    // the issues moved with the text, as the review model moves them: only the typed text is restyled
    assertThat(shown.restyle(List.of(mark(0, 3), mark(103, 111)))).containsExactly(new Span(50, 53));
  }

  @Test
  void anEditInsideAMarkPutsTheWholeMarkInDoubt() {
    ShownMarks shown = new ShownMarks();
    shown.restyle(List.of(mark(10, 20), mark(40, 45)));
    shown.edited(new Edit(15, "xx", ""));
    // the underline the edit cut into is gone from the wanted marks: its remains are restyled
    assertThat(shown.restyle(List.of(mark(38, 43)))).containsExactly(new Span(10, 18));
  }

  @Test
  void doubtfulStretchesMoveWithLaterEdits() {
    ShownMarks shown = new ShownMarks();
    shown.restyle(List.of());
    shown.edited(new Edit(30, "", "abc"));
    shown.edited(new Edit(0, "", "12345"));
    assertThat(shown.restyle(List.of())).containsExactly(new Span(0, 5), new Span(35, 38));
  }

  @Test
  void mergeJoinsOverlappingAndTouchingSpans() {
    assertThat(ShownMarks.merge(List.of(new Span(5, 9), new Span(0, 3), new Span(3, 4), new Span(8, 12))))
        .containsExactly(new Span(0, 4), new Span(5, 12));
  }
}
