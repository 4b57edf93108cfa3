package com.copydesk.ui.editor;

import static com.copydesk.ui.TestIssues.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class UnderlinesTest {
  static final String TEXT = "Teh report was was late.";

  @Test
  void eachIssueGetsItsCategoryClassAndTheRestNone() {
    Issue teh = at(TEXT, "Teh", "SPELL", Category.SPELLING, "The");
    Issue was = at(TEXT, "was was", "REPEAT", Category.STYLE, "was");
    StyleSpans<Collection<String>> spans =
        Underlines.styles(0, TEXT.length(), Underlines.marks(List.of(teh, was), List.of(), null));
    assertThat(flatten(spans)).containsExactly(
        "0-3 [issue, issue-spelling]",
        "3-11 []",
        "11-18 [issue, issue-style]",
        "18-24 []");
    assertThat(spans.length()).isEqualTo(TEXT.length());
  }

  @Test
  void overlapsCarryBothClassesAndFindHitsLayerOnTop() {
    Issue wide = at(TEXT, "report was", "WIDE", Category.GRAMMAR);
    Issue narrow = at(TEXT, "was", "NARROW", Category.PUNCTUATION);
    List<Underlines.Mark> marks = Underlines.marks(List.of(wide, narrow), List.of(new Span(4, 6)), new Span(4, 6));
    assertThat(flatten(Underlines.styles(0, TEXT.length(), marks))).containsExactly(
        "0-4 []",
        "4-6 [find-current, find-hit, issue, issue-grammar]",
        "6-11 [issue, issue-grammar]",
        "11-14 [issue, issue-grammar, issue-punctuation]",
        "14-24 []");
  }

  @Test
  void aRangeIsStyledOnItsOwnWithMarksClipped() {
    Issue was = at(TEXT, "was was", "REPEAT", Category.STYLE, "was");
    StyleSpans<Collection<String>> spans = Underlines.styles(13, 20, Underlines.marks(List.of(was), List.of(), null));
    assertThat(flatten(spans)).containsExactly("0-5 [issue, issue-style]", "5-7 []");
  }

  private static List<String> flatten(StyleSpans<Collection<String>> spans) {
    List<String> out = new ArrayList<>();
    int pos = 0;
    for (StyleSpan<Collection<String>> s : spans) {
      out.add(pos + "-" + (pos + s.getLength()) + " " + s.getStyle());
      pos += s.getLength();
    }
    return out;
  }
}
