package com.copydesk.engine;

import com.copydesk.core.Draft;
import com.copydesk.core.FurnitureLines;
import com.copydesk.core.Issue;
import com.copydesk.core.UnfamiliarName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of checking a draft: its issues in text order, the names the dictionary does not know
 * (to verify, not to correct), and how many paragraphs were actually checked rather than taken from
 * the cache. Issues that lie inside a line of page furniture keep their place in the list;
 * {@link #furnitureLineOf} says which line they go with.
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

  /** The page furniture line (a CLUTTER issue) {@code issue} lies in, if it lies in one. */
  public Optional<Issue> furnitureLineOf(Issue issue) {
    return FurnitureLines.lineOf(issue, issues);
  }

  /** Every issue that lies inside a page furniture line, with that line's issue. */
  public Map<Issue, Issue> furnitureLines() {
    return FurnitureLines.lineOf(issues);
  }

  public int reusedParagraphs() {
    return paragraphs - checkedParagraphs;
  }
}
