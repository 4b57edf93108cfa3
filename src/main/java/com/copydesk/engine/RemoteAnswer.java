package com.copydesk.engine;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.SentenceContext;
import com.copydesk.core.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code /v2/check} answer in LanguageTool's JSON shape into issues of the paragraph that was
 * sent. Offsets are UTF-16 units, as in LanguageTool's API and in {@link com.copydesk.core.Draft}.
 * Categories are Copydesk's when the server is a Copydesk server, and LanguageTool's sorted into
 * Copydesk's when it is LanguageTool's own; a match that does not fit the paragraph is dropped.
 */
final class RemoteAnswer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RemoteAnswer() {}

  /** Throws {@link IOException} when the answer is not LanguageTool's JSON. */
  static List<Issue> issues(String json, String source) throws IOException {
    JsonNode root = JSON.readTree(json);
    JsonNode matches = root == null ? null : root.get("matches");
    if (matches == null || !matches.isArray()) {
      throw new IOException("the answer has no 'matches'");
    }
    List<Issue> out = new ArrayList<>();
    for (JsonNode m : matches) {
      toIssue(m, source).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Issue> toIssue(JsonNode m, String source) {
    int from = m.path("offset").asInt(-1);
    int length = m.path("length").asInt(-1);
    if (from < 0 || length < 0 || from + length > source.length()) {
      return Optional.empty();
    }
    int to = from + length;
    JsonNode rule = m.path("rule");
    String ruleId = rule.path("id").asText("");
    if (ruleId.isEmpty()) {
      return Optional.empty();
    }
    Set<String> replacements = new LinkedHashSet<>();
    for (JsonNode r : m.path("replacements")) {
      if (replacements.size() < ParagraphChecker.MAX_REPLACEMENTS && r.hasNonNull("value")) {
        replacements.add(r.get("value").asText());
      }
    }
    return Optional.of(new Issue(
        new Span(from, to),
        ruleId,
        category(rule),
        m.path("message").asText(""),
        m.path("shortMessage").asText(""),
        List.copyOf(replacements),
        source.substring(from, to),
        context(source, from, to, m.path("sentence").asText(""))));
  }

  private static Category category(JsonNode rule) {
    String id = rule.path("category").path("id").asText("");
    Optional<Category> ours = Category.fromId(id);
    if (ours.isPresent()) {
      return ours.get();
    }
    if ("misspelling".equals(rule.path("issueType").asText(""))) {
      return Category.SPELLING;
    }
    return CategoryMapper.ofCategoryId(id);
  }

  /**
   * The sentence the server names, found where it stands around the issue; failing that (a server
   * whose sentences leave markup out), the paragraph around the issue.
   */
  private static SentenceContext context(String source, int from, int to, String sentence) {
    if (!sentence.isEmpty()) {
      int start = source.lastIndexOf(sentence, from);
      if (start >= 0 && start + sentence.length() >= to) {
        return new SentenceContext(sentence, from - start, to - from);
      }
    }
    return ParagraphChecker.context(source, from, to, List.of());
  }
}
