package com.copydesk.core;

/**
 * Applying a suggestion: the edit that replaces an issue's text with one of its replacements,
 * guarded so it lands only where the checked text still stands.
 */
public final class Fix {
  private Fix() {}

  /** The edit that puts {@code replacement} in place of the issue's covered text. */
  public static Edit edit(Issue issue, String replacement) {
    return new Edit(issue.start(), issue.coveredText(), replacement);
  }

  /** True while the text under the issue is still exactly what was checked. */
  public static boolean isCurrent(CharSequence text, Issue issue) {
    return edit(issue, "").appliesTo(text);
  }

  /** The draft with the replacement applied; throws {@link StaleTextException} if the text moved on. */
  public static Draft apply(Draft draft, Issue issue, String replacement) {
    return draft.apply(edit(issue, replacement));
  }
}
