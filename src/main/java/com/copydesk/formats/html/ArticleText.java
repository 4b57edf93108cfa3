package com.copydesk.formats.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article of a web page as the copy editor reads it: one line per block (headline, paragraph,
 * subhead, list item), its words as shown (white space collapsed), and, for each character shown,
 * the stretches of the page's text nodes it comes from, so that an edit of a line can be put back
 * into the source ({@link ArticleEdits}).
 */
final class ArticleText {
  static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
      "figcaption", "pre", "dt", "dd", "td", "th", "caption", "address", "div", "section", "article",
      "header", "footer", "aside", "main", "figure", "ul", "ol", "dl", "table", "tr", "form", "nav", "body",
      "details", "summary", "center", "fieldset", "legend", "hgroup");
  private static final Set<String> UNSHOWN = Set.of("script", "style", "template", "noscript", "svg", "math",
      "iframe", "object", "canvas", "select", "textarea", "head", "title", "button");

  /** Where one character shown comes from: a stretch {@code [from, to)} of a text node's decoded text. */
  record Piece(TextNode node, int from, int to) {}

  /** One line: the block it is, what it shows, and for each character shown the pieces behind it. */
  record Line(Element block, String text, List<List<Piece>> pieces, List<TextNode> nodes, boolean ownsBlock) {}

  private ArticleText() {}

  /**
   * The lines of the blocks under {@code container} (and {@code headline} first, when given and
   * outside it), in page order; blocks that show nothing are left out.
   */
  static List<Line> lines(Element container, Element headline) {
    Map<Element, List<TextNode>> byBlock = new java.util.LinkedHashMap<>();
    Set<TextNode> afterBreak = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    if (headline != null && !contains(container, headline)) {
      collect(headline, byBlock, afterBreak);
    }
    collect(container, byBlock, afterBreak);
    Map<Element, Boolean> hasBlockChildren = new IdentityHashMap<>();
    for (Element block : byBlock.keySet()) {
      for (Element other : byBlock.keySet()) {
        if (other != block && contains(block, other)) {
          hasBlockChildren.put(block, true);
        }
      }
    }
    List<Line> out = new ArrayList<>();
    for (Map.Entry<Element, List<TextNode>> e : byBlock.entrySet()) {
      Line line = line(e.getKey(), e.getValue(), afterBreak, !hasBlockChildren.containsKey(e.getKey()));
      if (!line.text().isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  private static void collect(Element root, Map<Element, List<TextNode>> byBlock, Set<TextNode> afterBreak) {
    NodeTraversor.traverse(new NodeVisitor() {
      private boolean lineBreak;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && e.normalName().equals("br")) {
          lineBreak = true;
        } else if (node instanceof TextNode t && shown(t, root)) {
          byBlock.computeIfAbsent(blockOf(t, root), k -> new ArrayList<>()).add(t);
          if (lineBreak) {
            afterBreak.add(t);
          }
          lineBreak = false;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        // nothing
      }
    }, root);
  }

  private static boolean shown(TextNode t, Element root) {
    for (Node n = t.parent(); n != null; n = n.parent()) {
      if (n instanceof Element e && UNSHOWN.contains(e.normalName())) {
        return false;
      }
      if (n == root) {
        break;
      }
    }
    Range r = t.sourceRange();
    return r.isTracked();
  }

  private static Element blockOf(TextNode t, Element root) {
    for (Node n = t.parent(); n != null; n = n.parent()) {
      if (n instanceof Element e && (BLOCKS.contains(e.normalName()) || e == root)) {
        return e;
      }
    }
    return root;
  }

  static boolean contains(Element ancestor, Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      if (n == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The text a block shows, white space collapsed, with the pieces behind each character. */
  private static Line line(Element block, List<TextNode> nodes, Set<TextNode> afterBreak, boolean ownsBlock) {
    StringBuilder text = new StringBuilder();
    List<List<Piece>> pieces = new ArrayList<>();
    boolean pendingSpace = false;
    List<Piece> space = new ArrayList<>();
    for (TextNode node : nodes) {
      String s = node.getWholeText();
      pendingSpace |= afterBreak.contains(node); // a <br> reads as a space
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) && c != '\u00A0') {
          int j = i;
          while (j < s.length() && Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '\u00A0') {
            j++;
          }
          space.add(new Piece(node, i, j));
          pendingSpace = true;
          i = j;
          continue;
        }
        if (pendingSpace && text.length() > 0) {
          text.append(' ');
          pieces.add(List.copyOf(space));
        } else if (pendingSpace) {
          // leading white space belongs to the first character shown
          List<Piece> first = new ArrayList<>(space);
          first.add(new Piece(node, i, i + 1));
          space.clear();
          pendingSpace = false;
          text.append(c);
          pieces.add(first);
          i++;
          continue;
        }
        space.clear();
        pendingSpace = false;
        text.append(c);
        pieces.add(List.of(new Piece(node, i, i + 1)));
        i++;
      }
    }
    if (!pieces.isEmpty() && !space.isEmpty()) {
      // trailing white space goes with the last character shown
      List<Piece> last = new ArrayList<>(pieces.get(pieces.size() - 1));
      last.addAll(space);
      pieces.set(pieces.size() - 1, last);
    }
    return new Line(block, text.toString(), pieces, List.copyOf(nodes), ownsBlock);
  }
}
