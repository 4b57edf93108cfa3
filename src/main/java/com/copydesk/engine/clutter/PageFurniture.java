package com.copydesk.engine.clutter;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.SentenceContext;
import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The page furniture check: in a draft pasted or scraped from a web page, every line that is the
 * page's and not the article's (navigation, the page's date, teasers, advertisement labels, share
 * bars, comment and newsletter boxes, tag lists, "most read" lists, copyright and cookie notices,
 * picture credits, breadcrumb trails) becomes one {@link Category#CLUTTER} issue whose only
 * suggestion, "", removes the line with its line break. Applying them all leaves the article, every
 * line of it as it was. Works on plain lines of text; no LanguageTool needed.
 */
public final class PageFurniture {
  private static final FurnitureFinder FINDER = new FurnitureFinder(FurnitureLexicon.standard());

  private PageFurniture() {}

  /** The furniture issues of {@code text}, in text order, for the rules {@code enabled} accepts. */
  public static List<Issue> issues(String text, Predicate<String> enabled) {
    PageLines page = new PageLines(text);
    Map<Integer, FurnitureKind> found = FINDER.find(page);
    found.values().removeIf(kind -> !enabled.test(kind.ruleId()));
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Integer, Span> spans = LineRemovals.plan(page, new TreeSet<>(found.keySet()));
    List<Issue> issues = new ArrayList<>(found.size());
    for (Map.Entry<Integer, FurnitureKind> e : found.entrySet()) {
      Span span = spans.get(e.getKey());
      if (span == null || span.isEmpty()) {
        continue;
      }
      FurnitureKind kind = e.getValue();
      String line = page.get(e.getKey()).text();
      issues.add(new Issue(span, kind.ruleId(), Category.CLUTTER, kind.message(), kind.title(), List.of(""),
          span.of(text), new SentenceContext(line, 0, line.length())));
    }
    issues.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return issues;
  }

  /** The furniture lines of {@code text} (0-based line numbers, as the measurement counts them). */
  public static List<Integer> lines(String text) {
    return new ArrayList<>(FINDER.find(new PageLines(text)).keySet());
  }

  /** True when {@code ruleId} is one of the page furniture rules. */
  public static boolean isFurnitureRule(String ruleId) {
    return FurnitureKind.ofRule(ruleId) != null;
  }
}
