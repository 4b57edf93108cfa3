package com.copydesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupGuardTest {
  private static Issue issue(int start, int end) {
    return new Issue(new Span(start, end), "R", Category.GRAMMAR, "m", "", List.of("x"), "a".repeat(end - start),
        new SentenceContext("a".repeat(20), 0, 0));
  }

  @Test
  void issuesInsideMarkupGoAndIssuesAcrossItLoseTheirFixes() {
    List<Markup> markup = List.of(new Markup(new Span(5, 10), "Dummy"));
    List<Issue> out = MarkupGuard.apply(List.of(issue(0, 4), issue(6, 8), issue(3, 7), issue(10, 12)), markup);
    assertThat(out).extracting(Issue::span).containsExactly(new Span(0, 4), new Span(3, 7), new Span(10, 12));
    assertThat(out.get(1).replacements()).isEmpty();
    assertThat(out.get(0).replacements()).containsExactly("x");
    assertThat(out.get(2).replacements()).containsExactly("x");
  }
}
