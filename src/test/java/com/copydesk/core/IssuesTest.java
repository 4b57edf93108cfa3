package com.copydesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssuesTest {
  static final String TEXT = "Teh cat sat on teh mat near teh door.";

  static Issue issue(String text, int start, int end, String rule, String... replacements) {
    return new Issue(new Span(start, end), rule, Category.SPELLING, "m", "s", List.of(replacements),
        text.substring(start, end), new SentenceContext(text, start, end - start));
  }

  @Test
  void issuesAfterAnEditMoveAndThoseBeforeStay() {
    Issue first = issue(TEXT, 0, 3, "R", "The");
    Issue second = issue(TEXT, 15, 18, "R", "the");
    Issue third = issue(TEXT, 28, 31, "R", "the");
    // the copy editor types "big " before "mat"
    Edit typing = new Edit(19, "", "big ");
    List<Issue> after = Issues.afterEdit(List.of(first, second, third), typing);
    String newText = typing.applyTo(TEXT);
    assertThat(after).hasSize(3);
    assertThat(after.get(0).span()).isEqualTo(new Span(0, 3));
    assertThat(after.get(1).span()).isEqualTo(new Span(15, 18));
    assertThat(after.get(2).span()).isEqualTo(new Span(32, 35));
    for (Issue i : after) {
      assertThat(i.span().of(newText)).isEqualTo(i.coveredText());
    }
  }

  @Test
  void anEditInsideOrAgainstAnIssueDropsIt() {
    Issue second = issue(TEXT, 15, 18, "R", "the");
    assertThat(Issues.afterEdit(List.of(second), new Edit(16, "e", "h"))).isEmpty();
    assertThat(Issues.afterEdit(List.of(second), new Edit(18, "", "e"))).isEmpty();
    assertThat(Issues.afterEdit(List.of(second), new Edit(15, "", "x"))).isEmpty();
    assertThat(Issues.afterEdit(List.of(second), new Edit(14, "", "x")))
        .extracting(Issue::span).containsExactly(new Span(16, 19));
  }

  @Test
  void nonOverlappingKeepsTheFirstOfOverlappingIssuesAndSkipsThoseWithoutSuggestions() {
    Issue a = issue(TEXT, 0, 7, "A", "x");
    Issue b = issue(TEXT, 4, 7, "B", "y");
    Issue c = issue(TEXT, 15, 18, "C");
    Issue d = issue(TEXT, 28, 31, "D", "the");
    assertThat(Issues.nonOverlapping(List.of(d, b, c, a))).containsExactly(a, d);
  }
}
