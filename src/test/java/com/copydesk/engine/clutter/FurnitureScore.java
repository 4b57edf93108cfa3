package com.copydesk.engine.clutter;

import com.copydesk.core.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Scores the page furniture check on web pages made from articles and site templates: furniture
 * recall (furniture lines flagged), article lines flagged (false removals) and the share of pages
 * where applying every CLUTTER fix gives back exactly the article.
 */
final class FurnitureScore {

  /** The tallies of one group of pages. */
  static final class Tally {
    int pages;
    int exact;
    int furniture;
    int furnitureFlagged;
    int articleLines;
    int articleFlagged;
    final List<String> misses = new ArrayList<>();
    final List<String> falseRemovals = new ArrayList<>();
    final List<String> inexact = new ArrayList<>();

    double recall() {
      return furniture == 0 ? 1 : furnitureFlagged / (double) furniture;
    }

    double falseRate() {
      return articleLines == 0 ? 0 : articleFlagged / (double) articleLines;
    }

    double exactRate() {
      return pages == 0 ? 1 : exact / (double) pages;
    }

    void add(Tally t) {
      pages += t.pages;
      exact += t.exact;
      furniture += t.furniture;
      furnitureFlagged += t.furnitureFlagged;
      articleLines += t.articleLines;
      articleFlagged += t.articleFlagged;
      misses.addAll(t.misses);
      falseRemovals.addAll(t.falseRemovals);
      inexact.addAll(t.inexact);
    }

    String line(String label) {
      return String.format(java.util.Locale.ROOT,
          "%-22s pages=%4d furniture_recall=%.3f (%d/%d) article_flagged=%.4f (%d/%d) exact_article=%.3f (%d/%d)",
          label, pages, recall(), furnitureFlagged, furniture, falseRate(), articleFlagged, articleLines,
          exactRate(), exact, pages);
    }
  }

  private final Map<String, Tally> bySite = new LinkedHashMap<>();

  /** Wraps every article in every site (seeded), scores each page. */
  static FurnitureScore run(List<Article> articles, List<SiteTemplates.Site> sites, long seed) {
    FurnitureScore score = new FurnitureScore();
    List<String> headlines = new ArrayList<>();
    for (Article a : articles) {
      headlines.add(a.headline());
    }
    for (SiteTemplates.Site site : sites) {
      Tally t = score.bySite.computeIfAbsent(site.name() + (site.unseen() ? "*" : ""), k -> new Tally());
      for (int i = 0; i < articles.size(); i++) {
        score(page(site, articles, i, headlines, seed), t);
      }
    }
    return score;
  }

  /** The page a site makes of article {@code i}; the same every time for the same seed. */
  static WebPage page(SiteTemplates.Site site, List<Article> articles, int i, List<String> headlines, long seed) {
    Article a = articles.get(i);
    List<String> others = new ArrayList<>(headlines);
    others.remove(a.headline());
    Random r = new Random(seed * 1_000_003L + site.name().hashCode() * 8191L + i);
    return site.wrap(a, r, others.isEmpty() ? List.of("Another story") : others);
  }

  static void score(WebPage page, Tally t) {
    String text = page.text();
    List<Boolean> labels = page.labels();
    List<Integer> flagged = PageFurniture.lines(text);
    String[] lines = text.split("\r\n|\n", -1);
    t.pages++;
    for (int i = 0; i < labels.size(); i++) {
      Boolean furniture = labels.get(i);
      if (furniture == null) {
        continue;
      }
      boolean hit = flagged.contains(i);
      if (furniture) {
        t.furniture++;
        if (hit) {
          t.furnitureFlagged++;
        } else {
          t.misses.add(page.template() + ": " + lines[i]);
        }
      } else {
        t.articleLines++;
        if (hit) {
          t.articleFlagged++;
          t.falseRemovals.add(page.template() + ": " + lines[i]);
        }
      }
    }
    String cleaned = removeAll(text);
    if (cleaned.equals(page.articleText())) {
      t.exact++;
    } else {
      t.inexact.add(page.template() + ": " + firstDifference(cleaned, page.articleText()));
    }
  }

  /** The text after every CLUTTER fix (each issue's only suggestion: remove). */
  static String removeAll(String text) {
    List<Issue> issues = PageFurniture.issues(text, rule -> true);
    StringBuilder b = new StringBuilder(text);
    for (int k = issues.size() - 1; k >= 0; k--) {
      Issue i = issues.get(k);
      b.replace(i.start(), i.end(), i.replacements().get(0));
    }
    return b.toString();
  }

  private static String firstDifference(String got, String want) {
    int i = 0;
    while (i < got.length() && i < want.length() && got.charAt(i) == want.charAt(i)) {
      i++;
    }
    String g = got.substring(Math.max(0, i - 20), Math.min(got.length(), i + 40)).replace("\n", "\\n").replace("\r", "\\r");
    String w = want.substring(Math.max(0, i - 20), Math.min(want.length(), i + 40)).replace("\n", "\\n").replace("\r", "\\r");
    return "at " + i + " got [" + g + "] want [" + w + "]";
  }

  Map<String, Tally> bySite() {
    return bySite;
  }

  Tally total(Boolean unseen) {
    Tally all = new Tally();
    bySite.forEach((name, t) -> {
      if (unseen == null || name.endsWith("*") == unseen) {
        all.add(t);
      }
    });
    return all;
  }
}
