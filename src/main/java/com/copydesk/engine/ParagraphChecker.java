package com.copydesk.engine;

import com.copydesk.core.Issue;
import com.copydesk.core.Markup;
import com.copydesk.core.MarkupGuard;
import com.copydesk.core.SentenceContext;
import com.copydesk.core.Span;
import com.copydesk.rules.CopydeskRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.languagetool.CheckResults;
import org.languagetool.JLanguageTool;
import org.languagetool.SentenceRange;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;

/**
 * Checks one paragraph with one LanguageTool instance. Not thread-safe, like LanguageTool itself:
 * each worker thread owns its own checker.
 */
final class ParagraphChecker {
  static final int MAX_REPLACEMENTS = 5;
  private static final int MAX_CONTEXT = 400;

  private final CheckSettings settings;
  private final JLanguageTool lt;
  private final RuleCatalog rules;

  ParagraphChecker(CheckSettings settings) {
    this(settings, new RuleCatalog());
  }

  ParagraphChecker(CheckSettings settings, RuleCatalog rules) {
    this(settings, LanguageToolFactory.create(settings), rules);
  }

  private ParagraphChecker(CheckSettings settings, JLanguageTool lt, RuleCatalog rules) {
    this.settings = settings;
    this.lt = lt;
    this.rules = rules;
  }

  /** The same LanguageTool instance under settings that differ only in what is filtered afterwards. */
  ParagraphChecker withSettings(CheckSettings other) {
    return new ParagraphChecker(other, lt, rules);
  }

  CheckSettings settings() {
    return settings;
  }

  /** Issues in {@code source}, with spans relative to its start. */
  List<Issue> check(String source, List<Markup> markup) {
    AnnotatedText annotated = annotate(source, markup);
    CheckResults results;
    try {
      results = lt.check2(annotated, true, JLanguageTool.ParagraphHandling.NORMAL, null,
          JLanguageTool.Mode.ALL,
          settings.picky() ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SentenceRange> sentences = results.getSentenceRanges();
    List<Issue> issues = new ArrayList<>();
    for (RuleMatch match : results.getRuleMatches()) {
      rules.remember(match.getRule());
      Issue issue = toIssue(match, source, sentences);
      if (issue != null && !settings.disabledCategories().contains(issue.category())) {
        issues.add(issue);
      }
    }
    // fixes must never overwrite markup (a tag, a code span, a link target) that the checker did not see
    return MarkupGuard.apply(preferCopydeskRules(issues), markup);
  }

  static AnnotatedText annotate(String source, List<Markup> markup) {
    AnnotatedTextBuilder b = new AnnotatedTextBuilder();
    int pos = 0;
    for (Markup m : markup) {
      if (m.span().start() > pos) {
        b.addText(source.substring(pos, m.span().start()));
      }
      b.addMarkup(source.substring(m.span().start(), m.span().end()), m.interpretAs());
      pos = m.span().end();
    }
    if (pos < source.length()) {
      b.addText(source.substring(pos));
    }
    return b.build();
  }

  private static Issue toIssue(RuleMatch match, String source, List<SentenceRange> sentences) {
    int from = Math.max(0, Math.min(match.getFromPos(), source.length()));
    int to = Math.max(from, Math.min(match.getToPos(), source.length()));
    List<String> replacements = new ArrayList<>(new LinkedHashSet<>(match.getSuggestedReplacements()));
    if (replacements.size() > MAX_REPLACEMENTS) {
      replacements = replacements.subList(0, MAX_REPLACEMENTS);
    }
    return new Issue(
        new Span(from, to),
        match.getRule().getId(),
        CategoryMapper.of(match.getRule()),
        MessageText.plain(match.getMessage()),
        MessageText.plain(match.getShortMessage()),
        replacements,
        source.substring(from, to),
        context(source, from, to, sentences));
  }

  /** The sentence around the issue, cut to a readable length around it when very long. */
  static SentenceContext context(String source, int from, int to, List<SentenceRange> sentences) {
    int start = 0;
    int end = source.length();
    for (SentenceRange s : sentences) {
      if (s.getFromPos() <= from && from < Math.max(s.getToPos(), s.getFromPos() + 1)) {
        start = Math.max(0, Math.min(s.getFromPos(), from));
        end = Math.min(source.length(), Math.max(s.getToPos(), to));
        break;
      }
    }
    start = Math.max(start, from - MAX_CONTEXT / 2);
    end = Math.min(end, Math.max(to, from + MAX_CONTEXT / 2));
    while (start < from && Character.isWhitespace(source.charAt(start))) {
      start++;
    }
    while (end > to && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    return new SentenceContext(source.substring(start, end), from - start, to - from);
  }

  /**
   * Where one of Copydesk's own rules found a dropped verb, LanguageTool's matches on the same words
   * (e.g. "won't detained" → "detain") are dropped, so the copy editor sees one issue with the right fix.
   */
  static List<Issue> preferCopydeskRules(List<Issue> issues) {
    List<Issue> ours = new ArrayList<>();
    for (Issue i : issues) {
      if (CopydeskRules.isCopydeskRule(i.ruleId())) {
        ours.add(i);
      }
    }
    if (ours.isEmpty()) {
      return issues;
    }
    List<Issue> out = new ArrayList<>();
    for (Issue i : issues) {
      boolean ourOwn = CopydeskRules.isCopydeskRule(i.ruleId());
      if (ourOwn || ours.stream().noneMatch(o -> o.span().overlaps(i.span()))) {
        out.add(i);
      }
    }
    return out;
  }
}
