package com.copydesk.engine;

import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.core.UnfamiliarName;
import java.util.List;

/**
 * The outcome of checking a draft: its issues in text order, the names the dictionary does not know
 * (to verify, not to correct), and how many paragraphs were actually checked rather than taken from
 * the cache.
 */
public record CheckResult(Draft draft, CheckSettings settings, List<Issue> issues, int paragraphs,
    int checkedParagraphs, List<UnfamiliarName> names) {

  public CheckResult {
    issues = List.copyOf(issues);
    names = List.copyOf(names);
  }

  public CheckResult(Draft draft, CheckSettings settings, List<Issue> issues, int paragraphs,
      int checkedParagraphs) {
    this(draft, settings, issues, paragraphs, checkedParagraphs, List.of());
  }

  public int reusedParagraphs() {
    return paragraphs - checkedParagraphs;
  }
}
