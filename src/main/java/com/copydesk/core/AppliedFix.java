package com.copydesk.core;

import java.util.Objects;

/**
 * A suggestion that was applied: the issue (its span is in the text as it stood just before this
 * fix) and the text that replaced what the issue covered. Immutable; the record of what changed and
 * why, for change reports and tracked changes.
 */
public record AppliedFix(Issue issue, String replacement) {

  public AppliedFix {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(replacement, "replacement");
  }

  /** The edit this fix made. */
  public Edit edit() {
    return Fix.edit(issue, replacement);
  }

  /** The text the fix removed. */
  public String removed() {
    return issue.coveredText();
  }
}
