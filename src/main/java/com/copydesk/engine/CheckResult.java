package com.copydesk.engine;

import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import java.util.List;

/**
 * The outcome of checking a draft: its issues in text order, and how many paragraphs were actually
 * checked rather than taken from the cache.
 */
public record CheckResult(Draft draft, CheckSettings settings, List<Issue> issues, int paragraphs,
    int checkedParagraphs) {

  public CheckResult {
    issues = List.copyOf(issues);
  }

  public int reusedParagraphs() {
    return paragraphs - checkedParagraphs;
  }
}
