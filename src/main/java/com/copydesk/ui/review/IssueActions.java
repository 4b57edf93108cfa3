package com.copydesk.ui.review;

import com.copydesk.core.Issue;

/** What a copy editor can do with an issue, from its card or the editor's context menu. */
public interface IssueActions {
  /** Puts {@code replacement} in place of the issue's text (refused if that text changed). */
  void apply(Issue issue, String replacement);

  /** Fixes every issue that would be corrected the same way, as one undo step. */
  void fixAll(Issue issue);

  /** Ignores this spot. */
  void ignore(Issue issue);

  /** Ignores the issue's rule for this session, or for good. */
  void ignoreRule(Issue issue, boolean always);

  /** Adds the issue's word to the personal dictionary. */
  void addToDictionary(Issue issue);

  /** How many issues a "Fix all" on this one would fix (1 when it stands alone). */
  int sameCorrectionCount(Issue issue);

  /** Removes every line of page furniture at once, as one undo step ("Clean up pasted page"). */
  void cleanUpPage();
}
