package com.copydesk.engine;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.languagetool.rules.Rule;

/**
 * What is known about the rules that have found issues: their description and LanguageTool's issue
 * type (for LanguageTool's HTTP answers, which carry both). Filled as checks find issues, so it costs
 * nothing for rules that never fire; thread-safe.
 */
public final class RuleCatalog {

  /** A rule's one-line description ("Possible spelling mistake") and issue type ("misspelling"). */
  public record RuleInfo(String description, String issueType) {}

  private final ConcurrentMap<String, RuleInfo> known = new ConcurrentHashMap<>();

  void remember(Rule rule) {
    known.computeIfAbsent(rule.getId(), id -> new RuleInfo(
        rule.getDescription() == null ? "" : rule.getDescription(),
        rule.getLocQualityIssueType() == null ? "uncategorized" : rule.getLocQualityIssueType().toString()));
  }

  /** The rule, if it has found an issue since this catalog was made. */
  public Optional<RuleInfo> get(String ruleId) {
    return Optional.ofNullable(known.get(ruleId));
  }
}
