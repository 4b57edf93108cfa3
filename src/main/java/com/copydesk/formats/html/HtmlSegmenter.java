package com.copydesk.formats.html;

import com.copydesk.core.Paragraph;
import com.copydesk.core.Segmenter;
import com.copydesk.formats.ProseMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Paragraphs of an HTML page: the visible text, split where block elements (paragraphs, headings,
 * list items, table cells, divisions) begin and end. Tags, comments and entities inside a paragraph
 * are markup (an entity reads as its character, {@code <br>} as a line break, inline code as a
 * neutral word); script, style, the head and preformatted blocks are not checked. jsoup only parses:
 * nothing is fetched, nothing runs. Offsets are jsoup's source positions, so they point into the
 * source exactly.
 */
public final class HtmlSegmenter implements Segmenter {
  static final Set<String> SKIPPED = Set.of("head", "title", "script", "style", "template", "noscript",
      "textarea", "select", "svg", "math", "iframe", "object", "canvas", "pre", "xmp", "plaintext",
      "listing");
  static final Set<String> CODE = Set.of("code", "kbd", "samp", "var", "tt");
  static final Set<String> BLOCKS = Set.of("html", "body", "address", "article", "aside", "blockquote",
      "details", "dialog", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
      "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol",
      "p", "section", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "summary",
      "legend", "menu", "center", "option", "optgroup", "button", "label", "frameset", "noframes");

  @Override
  public List<Paragraph> paragraphs(String text) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    org.jsoup.nodes.Document page = parser.parseInput(text, "");
    Collector collector = new Collector(text);
    NodeTraversor.filter(collector, page);
    collector.flush();
    return disjoint(collector.paragraphs);
  }

  /** Malformed pages can make jsoup move text out of place; keep paragraphs in source order, disjoint. */
  private static List<Paragraph> disjoint(List<Paragraph> found) {
    List<Paragraph> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(Paragraph::start));
    List<Paragraph> out = new ArrayList<>();
    int end = -1;
    for (Paragraph p : sorted) {
      if (p.start() >= end) {
        out.add(p);
        end = p.end();
      }
    }
    return out;
  }

  private static final class Collector implements NodeFilter {
    private final String source;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private ProseMap current;

    Collector(String source) {
      this.source = source;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        Range r = t.sourceRange();
        if (r.isTracked() && r.endPos() > r.startPos() && r.endPos() <= source.length()) {
          map().decoded(r.startPos(), r.endPos(), t.getWholeText(), false, true,
              raw -> Parser.unescapeEntities(raw, false));
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (SKIPPED.contains(tag)) {
        if (BLOCKS.contains(tag) || tag.equals("pre") || tag.equals("head")) {
          flush();
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (CODE.contains(tag)) {
        int[] outer = outerRange(e);
        if (outer != null) {
          map().markup(outer[0], outer[1], ProseMap.codeWord(e.text()));
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        Range r = e.sourceRange();
        if (r.isTracked() && current != null) {
          current.markup(r.startPos(), r.endPos(), "\n");
        }
        return FilterResult.CONTINUE;
      }
      if (BLOCKS.contains(tag)) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    private ProseMap map() {
      if (current == null) {
        current = new ProseMap(source);
      }
      return current;
    }

    void flush() {
      if (current != null) {
        current.build(gap -> "").ifPresent(paragraphs::add);
        current = null;
      }
    }

    private int[] outerRange(Element e) {
      return SourceRanges.outer(e, source);
    }
  }
}
