package com.copydesk.engine;

import com.copydesk.core.Issue;
import com.copydesk.core.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets a quotation run on over paragraphs the way news copy does it: a paragraph that leaves a
 * quotation open is followed by one that opens with a quotation mark again, and the first one has
 * no closing mark on purpose. LanguageTool, seeing one paragraph at a time, calls that opening
 * mark unpaired; this pass, which sees the whole draft, takes that issue back. An opening mark left
 * open before a paragraph that does not start with a quotation mark is still reported.
 */
final class QuoteContinuation {
  private static final String OPENING_DOUBLE = "\"\u201C\u201E\u00AB";
  private static final String OPENING_SINGLE = "'\u2018";

  private QuoteContinuation() {}

  /** {@code issues} in draft offsets and in paragraph order; returns them without the continued quotes. */
  static List<Issue> apply(String text, List<Paragraph> paragraphs, List<Issue> issues) {
    List<Issue> kept = new ArrayList<>(issues.size());
    int p = 0;
    for (Issue issue : issues) {
      while (p < paragraphs.size() - 1 && issue.start() >= paragraphs.get(p + 1).start()) {
        p++;
      }
      if (!(isUnpairedQuote(issue) && continuedIn(text, paragraphs, p, issue))) {
        kept.add(issue);
      }
    }
    return kept;
  }

  private static boolean isUnpairedQuote(Issue issue) {
    return issue.ruleId().endsWith("UNPAIRED_QUOTES") || issue.ruleId().endsWith("UNPAIRED_BRACKETS");
  }

  private static boolean continuedIn(String text, List<Paragraph> paragraphs, int p, Issue issue) {
    if (p + 1 >= paragraphs.size() || issue.end() - issue.start() != 1) {
      return false;
    }
    char mark = text.charAt(issue.start());
    String family = OPENING_DOUBLE.indexOf(mark) >= 0 ? OPENING_DOUBLE
        : OPENING_SINGLE.indexOf(mark) >= 0 ? OPENING_SINGLE : null;
    if (family == null || !opens(text, paragraphs.get(p).start(), issue.start())) {
      return false;
    }
    Paragraph next = paragraphs.get(p + 1);
    for (int i = next.start(); i < next.end(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '>') {
        return family.indexOf(c) >= 0;
      }
    }
    return false;
  }

  /** True when the mark at {@code at} stands where a quotation opens: after a space, a dash, a colon, or at the start. */
  private static boolean opens(String text, int paragraphStart, int at) {
    if (at == paragraphStart) {
      return true;
    }
    char before = text.charAt(at - 1);
    return Character.isWhitespace(before) || "([:\u2014\u2013-".indexOf(before) >= 0;
  }
}
