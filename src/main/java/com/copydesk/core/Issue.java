package com.copydesk.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a draft: where it is, which rule found it, what is wrong and what could
 * replace it (best first). Immutable. {@code coveredText} is the text under the span when it was
 * checked; a fix is applied only while the draft still has exactly that text there.
 */
public record Issue(
    Span span,
    String ruleId,
    Category category,
    String message,
    String shortMessage,
    List<String> replacements,
    String coveredText,
    SentenceContext context) {

  public Issue {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    message = message == null ? "" : message;
    shortMessage = shortMessage == null ? "" : shortMessage;
    replacements = List.copyOf(replacements == null ? List.of() : replacements);
    Objects.requireNonNull(coveredText, "coveredText");
    if (coveredText.length() != span.length()) {
      throw new IllegalArgumentException("covered text does not fit the span");
    }
    Objects.requireNonNull(context, "context");
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public Optional<String> firstReplacement() {
    return replacements.isEmpty() ? Optional.empty() : Optional.of(replacements.get(0));
  }

  /** The same issue, moved by {@code delta} positions (the text before it grew or shrank). */
  public Issue shift(int delta) {
    return delta == 0 ? this : new Issue(span.shift(delta), ruleId, category, message, shortMessage,
        replacements, coveredText, context);
  }

  /**
   * Identifies this spot independently of where the sentence sits in the draft, so "Ignore" keeps
   * working while the copy editor edits elsewhere.
   */
  public String fingerprint() {
    return ruleId + '\u0000' + coveredText + '\u0000' + context.text() + '\u0000' + context.offset();
  }

  /** True when a "fix all like this" would treat both the same: same rule, text and first suggestion. */
  public boolean sameCorrectionAs(Issue other) {
    return ruleId.equals(other.ruleId)
        && coveredText.equals(other.coveredText)
        && firstReplacement().equals(other.firstReplacement())
        && firstReplacement().isPresent();
  }
}
