package com.copydesk.engine;

import com.copydesk.core.Variant;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation carried over paragraphs is not an unpaired quote; one left open for good still is. */
class QuoteContinuationTest {
  final Proofreader proofreader = TestEngine.proofreader();
  final CheckSettings gb = CheckSettings.of(Variant.EN_GB);

  List<Issue> quoteIssues(String text) {
    return proofreader.check(new Draft(text), gb).issues().stream()
        .filter(i -> i.ruleId().contains("UNPAIRED")).toList();
  }

  @Test
  void aQuotationContinuedInTheNextParagraphIsNotFlagged() {
    String text = "The harbourmaster said: \"We lost two moorings in the storm and the slipway cracked.\n\n"
        + "\"We expect to reopen the pier by the spring,\" she added.";
    assertThat(quoteIssues(text)).isEmpty();
  }

  @Test
  void aQuotationContinuedWithCurlyMarksIsNotFlaggedEither() {
    String text = "The harbourmaster said: \u201CWe lost two moorings in the storm.\n\n"
        + "\u201CWe expect to reopen the pier by the spring,\u201D she added.";
    assertThat(quoteIssues(text)).isEmpty();
  }

  @Test
  void aQuotationLeftOpenBeforeAnOrdinaryParagraphIsStillFlagged() {
    String text = "The harbourmaster said: \"We lost two moorings in the storm.\n\n"
        + "The pier is expected to reopen by the spring.";
    List<Issue> issues = quoteIssues(text);
    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).start()).isEqualTo(text.indexOf('"'));
  }

  @Test
  void aStrayClosingMarkBeforeAQuotedParagraphIsStillFlagged() {
    String text = "The pier will reopen by the spring.\" officials said.\n\n"
        + "\"We are confident,\" the harbourmaster said.";
    assertThat(quoteIssues(text)).extracting(Issue::start).containsExactly(text.indexOf('"'));
  }
}
