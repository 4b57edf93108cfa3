package com.copydesk.formats.html;

import com.copydesk.core.Edit;
import com.copydesk.core.TextDiff;
import com.copydesk.formats.DocumentException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * Puts the copy editor's changes to a web page's article back into the page's source: a changed
 * line rewrites only the text nodes whose words changed (tags, attributes and everything outside the
 * article stay byte for byte); a line removed (page furniture cleared away) removes its block
 * element. Adding lines is refused: a web page's structure is not Copydesk's to change.
 */
final class ArticleEdits {
  private ArticleEdits() {}

  /** One replacement in the source: {@code [from, to)} becomes {@code text}. */
  private record Replacement(int from, int to, String text) {}

  static String apply(String fileName, String source, List<ArticleText.Line> lines, List<String> newLines)
      throws DocumentException {
    List<String> old = new ArrayList<>();
    for (ArticleText.Line l : lines) {
      old.add(l.text());
    }
    int[] match = LineMatch.align(old, newLines);
    if (match == null) {
      throw new DocumentException("Cannot save '" + fileName + "' as a web page: the article now has "
          + newLines.size() + " paragraphs (lines) where the page has " + old.size() + ". Copydesk changes the "
          + "words of the article and can remove paragraphs, but does not add them to a page; export the "
          + "article (.txt, .md) to keep the new paragraphs.");
    }
    Map<TextNode, StringBuilder> changed = new IdentityHashMap<>();
    List<Replacement> replacements = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ArticleText.Line line = lines.get(i);
      if (match[i] < 0) {
        remove(line, source, changed, replacements);
      } else if (!line.text().equals(newLines.get(match[i]))) {
        edit(line, newLines.get(match[i]), changed);
      }
    }
    for (Map.Entry<TextNode, StringBuilder> e : changed.entrySet()) {
      replacements.addAll(nodeChanges(source, e.getKey(), e.getValue().toString()));
    }
    return applyAll(fileName, source, replacements);
  }

  /** The line's text nodes rewritten so that the line reads {@code now}. */
  private static void edit(ArticleText.Line line, String now, Map<TextNode, StringBuilder> changed) {
    List<Edit> edits = TextDiff.edits(line.text(), now, TextDiff.Granularity.CHARACTERS);
    // node texts are edited from the end backwards, so earlier offsets stay valid
    for (int k = edits.size() - 1; k >= 0; k--) {
      Edit e = edits.get(k);
      int s = e.start();
      int end = s + e.removed().length();
      ArticleText.Piece at = insertionPoint(line, s);
      for (int c = end - 1; c >= s; c--) {
        List<ArticleText.Piece> pieces = line.pieces().get(c);
        for (int p = pieces.size() - 1; p >= 0; p--) {
          ArticleText.Piece piece = pieces.get(p);
          text(piece.node(), changed).delete(piece.from(), piece.to());
        }
      }
      if (!e.inserted().isEmpty()) {
        text(at.node(), changed).insert(at.from(), e.inserted());
      }
    }
  }

  /** Where text inserted before the shown character {@code c} goes (its first piece, or after the last). */
  private static ArticleText.Piece insertionPoint(ArticleText.Line line, int c) {
    if (c < line.pieces().size()) {
      ArticleText.Piece p = line.pieces().get(c).get(0);
      return new ArticleText.Piece(p.node(), p.from(), p.from());
    }
    List<ArticleText.Piece> last = line.pieces().get(line.pieces().size() - 1);
    ArticleText.Piece p = last.get(0);
    for (ArticleText.Piece q : last) {
      if (!Character.isWhitespace(q.node().getWholeText().charAt(q.from()))) {
        p = q;
      }
    }
    return new ArticleText.Piece(p.node(), p.to(), p.to());
  }

  private static StringBuilder text(TextNode node, Map<TextNode, StringBuilder> changed) {
    return changed.computeIfAbsent(node, n -> new StringBuilder(n.getWholeText()));
  }

  /** A removed line takes its block element with it; a block holding other lines keeps them. */
  private static void remove(ArticleText.Line line, String source, Map<TextNode, StringBuilder> changed,
      List<Replacement> replacements) {
    int[] outer = line.ownsBlock() ? SourceRanges.outer(line.block(), source) : null;
    if (outer == null) {
      for (TextNode node : line.nodes()) {
        text(node, changed).setLength(0);
      }
      return;
    }
    int to = outer[1];
    // the rest of the source line, if only white space, goes too
    int j = to;
    while (j < source.length() && (source.charAt(j) == ' ' || source.charAt(j) == '\t')) {
      j++;
    }
    if (j < source.length() && (source.charAt(j) == '\n' || source.charAt(j) == '\r')) {
      int lineStart = outer[0];
      while (lineStart > 0 && (source.charAt(lineStart - 1) == ' ' || source.charAt(lineStart - 1) == '\t')) {
        lineStart--;
      }
      if (lineStart == 0 || source.charAt(lineStart - 1) == '\n' || source.charAt(lineStart - 1) == '\r') {
        outer[0] = lineStart;
        to = j + (source.startsWith("\r\n", j) ? 2 : 1);
      }
    }
    replacements.add(new Replacement(outer[0], to, ""));
    for (TextNode node : line.nodes()) {
      changed.remove(node);
    }
  }

  private static String applyAll(String fileName, String source, List<Replacement> replacements)
      throws DocumentException {
    replacements.sort(Comparator.comparingInt(Replacement::from).reversed());
    StringBuilder out = new StringBuilder(source);
    int limit = source.length();
    for (Replacement r : replacements) {
      if (r.to() > limit) {
        throw new DocumentException("Cannot save '" + fileName + "': two changes to the page overlap; "
            + "nothing was written.");
      }
      out.replace(r.from(), r.to(), r.text());
      limit = r.from();
    }
    return out.toString();
  }

  /**
   * The source changes that make a text node read {@code now}: only the characters that changed are
   * replaced, so character references elsewhere in the node stay as written. When the node's source
   * cannot be lined up with its text, the whole node is written anew.
   */
  private static List<Replacement> nodeChanges(String source, TextNode node, String now) {
    Range r = node.sourceRange();
    String before = node.getWholeText();
    int[][] map = sourceMap(source, r.startPos(), r.endPos(), before);
    if (map == null) {
      return List.of(new Replacement(r.startPos(), r.endPos(), escape(now)));
    }
    List<Replacement> out = new ArrayList<>();
    for (Edit e : TextDiff.edits(before, now, TextDiff.Granularity.CHARACTERS)) {
      int from = e.start() < before.length() ? map[e.start()][0] : r.endPos();
      int end = e.start() + e.removed().length();
      int to = end == e.start() ? from : map[end - 1][1];
      out.add(new Replacement(from, to, escape(e.inserted())));
    }
    return out;
  }

  /**
   * For each character of a text node's decoded text, the source stretch it comes from (a character
   * reference stands for one or two characters); null when the two do not line up.
   */
  private static int[][] sourceMap(String source, int start, int end, String decoded) {
    int[][] map = new int[decoded.length()][];
    int i = start;
    int j = 0;
    java.util.regex.Matcher ref = REFERENCE.matcher(source);
    while (i < end && j < decoded.length()) {
      if (source.charAt(i) == '&' && ref.region(i, end).lookingAt()) {
        String chars = org.jsoup.parser.Parser.unescapeEntities(ref.group(), false);
        if (!chars.equals(ref.group()) && decoded.startsWith(chars, j)) {
          for (int k = 0; k < chars.length(); k++) {
            map[j++] = new int[] {i, ref.end()};
          }
          i = ref.end();
          continue;
        }
      }
      if (source.charAt(i) != decoded.charAt(j)) {
        return null;
      }
      map[j++] = new int[] {i, i + 1};
      i++;
    }
    return i == end && j == decoded.length() ? map : null;
  }

  private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
      "&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)");

  /** Text as it goes between tags: "&", "<" and ">" as references; the rest as is. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\u00A0' -> b.append("&nbsp;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
