package com.copydesk.formats.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the article in a saved web page: whether the page has chrome around its story at all
 * (navigation, header, footer, sidebars, or blocks named like them), and if so which part of the
 * page is the story. Mozilla's Readability (readability4j) picks the story's paragraphs; the part
 * of the page Copydesk shows is the smallest element of the original page that holds them (so a
 * byline or a label inside the story stays, for the furniture check to judge), with the page's
 * headline first when it stands outside it. jsoup only parses: nothing is fetched, nothing runs.
 */
final class PageArticle {
  private static final Pattern CHROME_NAME = Pattern.compile(
      "(?i).*\\b(nav|navbar|navigation|menu|masthead|site-header|header|footer|sidebar|breadcrumbs?|cookie|consent"
      + "|advert|advertisement|ad-slot|banner|share|sharing|social|related|comments?|newsletter|promo|widget"
      + "|most-read|trending|subscribe)\\b.*");
  /** A page where the story's paragraphs are less than this share of the page's text has chrome. */
  private static final double STORY_SHARE = 0.85;
  private static final int MIN_STORY_CHARS = 80;

  /** The story: the page parsed with source positions, the element that holds it, its headline if outside. */
  record Found(Document page, Element container, Element headline) {}

  private PageArticle() {}

  /** The story of a page with chrome; empty for a plain article page (read as HTML source) or no story found. */
  static Optional<Found> find(String source, String baseUri) {
    Document page = Parser.htmlParser().setTrackPosition(true).parseInput(source, "");
    Element body = page.body();
    if (body == null || !hasChrome(body)) {
      return Optional.empty();
    }
    Element content;
    try {
      Article article = new Readability4J(baseUri, source).parse();
      content = article.getArticleContent();
    } catch (RuntimeException e) {
      return Optional.empty(); // Readability gave up; the page is read as HTML source, as before
    }
    if (content == null) {
      return Optional.empty();
    }
    Set<String> storyBlocks = new HashSet<>();
    for (Element e : content.getAllElements()) {
      if (ArticleText.BLOCKS.contains(e.normalName()) && !e.ownText().isBlank()) {
        storyBlocks.add(normal(e.text()));
      }
    }
    List<Element> matched = new ArrayList<>();
    int storyChars = 0;
    for (Element e : body.getAllElements()) {
      if (ArticleText.BLOCKS.contains(e.normalName()) && !e.ownText().isBlank() && storyBlocks.contains(normal(e.text()))) {
        matched.add(e);
        storyChars += e.text().length();
      }
    }
    int pageChars = body.text().length();
    if (matched.isEmpty() || storyChars < MIN_STORY_CHARS || storyChars >= pageChars * STORY_SHARE
        && !hasChromeElements(body)) {
      return Optional.empty();
    }
    Element container = commonAncestor(matched);
    if (container == null || container == body || container.normalName().equals("html")) {
      return Optional.empty();
    }
    return Optional.of(new Found(page, container, headlineOutside(body, container)));
  }

  /** Navigation, header, footer or sidebar elements, or blocks whose class or id names such chrome. */
  static boolean hasChrome(Element body) {
    if (hasChromeElements(body)) {
      return true;
    }
    for (Element e : body.getAllElements()) {
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).replace('_', '-');
      if (!names.isBlank() && CHROME_NAME.matcher(names).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasChromeElements(Element body) {
    return !body.select("nav, header, footer, aside").isEmpty();
  }

  private static Element commonAncestor(List<Element> elements) {
    List<Element> path = ancestors(elements.get(0));
    for (Element e : elements.subList(1, elements.size())) {
      List<Element> other = ancestors(e);
      int k = 0;
      while (k < path.size() && k < other.size() && path.get(k) == other.get(k)) {
        k++;
      }
      path = path.subList(0, k);
    }
    return path.isEmpty() ? null : path.get(path.size() - 1);
  }

  /** From the root down to the element itself. */
  private static List<Element> ancestors(Element e) {
    List<Element> out = new ArrayList<>();
    for (Element x = e; x != null; x = x.parent()) {
      out.add(0, x);
    }
    return out;
  }

  /** The page's first h1 when it stands before the story's element and outside it. */
  private static Element headlineOutside(Element body, Element container) {
    Element h1 = body.selectFirst("h1");
    if (h1 == null || ArticleText.contains(container, h1) || !container.select("h1").isEmpty()
        || h1.sourceRange().startPos() > container.sourceRange().startPos()) {
      return null;
    }
    return h1;
  }

  static String normal(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }
}
