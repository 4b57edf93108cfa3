package com.copydesk.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps fixes off markup. An issue lying wholly inside markup (a code span, a tag, a link target)
 * concerns text the copy editor does not check, so it is dropped; an issue that reaches across
 * markup (words on both sides of a tag) is kept for the copy editor to see but loses its
 * replacements, because applying one would overwrite the markup.
 */
public final class MarkupGuard {
  private MarkupGuard() {}

  /** {@code issues} and {@code markup} share one coordinate system (usually the paragraph's). */
  public static List<Issue> apply(List<Issue> issues, List<Markup> markup) {
    if (markup.isEmpty()) {
      return issues;
    }
    List<Issue> out = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      Verdict v = verdict(issue.span(), markup);
      if (v == Verdict.CLEAR) {
        out.add(issue);
      } else if (v == Verdict.ACROSS) {
        out.add(withoutReplacements(issue));
      }
    }
    return out;
  }

  private enum Verdict { CLEAR, ACROSS, INSIDE }

  private static Verdict verdict(Span span, List<Markup> markup) {
    for (Markup m : markup) {
      Span ms = m.span();
      if (ms.isEmpty()) {
        continue;
      }
      if (span.start() >= ms.start() && span.end() <= ms.end() && !span.isEmpty()) {
        return Verdict.INSIDE;
      }
      boolean overlaps = span.isEmpty()
          ? span.start() > ms.start() && span.start() < ms.end()
          : span.start() < ms.end() && ms.start() < span.end();
      if (overlaps) {
        return Verdict.ACROSS;
      }
    }
    return Verdict.CLEAR;
  }

  private static Issue withoutReplacements(Issue i) {
    return new Issue(i.span(), i.ruleId(), i.category(), i.message(), i.shortMessage(), List.of(),
        i.coveredText(), i.context());
  }
}
