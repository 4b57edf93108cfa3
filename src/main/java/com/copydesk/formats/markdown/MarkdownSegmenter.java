package com.copydesk.formats.markdown;

import com.copydesk.core.Paragraph;
import com.copydesk.core.Segmenter;
import com.copydesk.formats.ProseMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Paragraphs of a Markdown source: the prose of each paragraph, heading and table cell, with
 * everything else (emphasis markers, code spans, link targets, autolinks, inline HTML, heading and
 * quote markers, escapes and entities) as markup. Code blocks, HTML blocks, front matter and link
 * definitions are not checked at all. Offsets come from commonmark's source spans, so they point
 * into the source exactly.
 */
public final class MarkdownSegmenter implements Segmenter {
  private static final Pattern DELIMITER_ROW =
      Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");

  private final Parser parser = Parser.builder()
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  @Override
  public List<Paragraph> paragraphs(String text) {
    int bodyStart = FrontMatter.length(text);
    String body = text.substring(bodyStart);
    Node document = parser.parse(body);
    List<Paragraph> out = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.Paragraph paragraph) {
        if (isTable(paragraph, body)) {
          tableCells(paragraph, body, bodyStart, text, out);
        } else {
          prose(paragraph, bodyStart, text).ifPresent(out::add);
        }
      }

      @Override
      public void visit(Heading heading) {
        prose(heading, bodyStart, text).ifPresent(out::add);
      }
    });
    return out;
  }

  /** The prose of one paragraph or heading; {@code offset} is where the parsed input starts in {@code text}. */
  private static Optional<Paragraph> prose(Node block, int offset, String text) {
    ProseMap map = new ProseMap(text);
    inlines(block, offset, map);
    return map.build(MarkdownSegmenter::gapReading);
  }

  private static void inlines(Node parent, int offset, ProseMap map) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      SourceSpan span = span(n);
      if (n instanceof Text t) {
        if (span != null) {
          int s = offset + span.getInputIndex();
          map.decoded(s, s + span.getLength(), t.getLiteral(), true, false,
              raw -> org.jsoup.parser.Parser.unescapeEntities(raw, false));
        }
      } else if (n instanceof Code c) {
        mark(map, span, offset, ProseMap.codeWord(c.getLiteral()));
      } else if (n instanceof Image) {
        mark(map, span, offset, ProseMap.CODE_WORD);
      } else if (n instanceof HtmlInline) {
        mark(map, span, offset, "");
      } else if (n instanceof Link && isAutolink(n, map, span, offset)) {
        mark(map, span, offset, ProseMap.CODE_WORD);
      } else {
        inlines(n, offset, map); // emphasis, links: their text is prose, their markers are gaps
      }
    }
  }

  private static boolean isAutolink(Node link, ProseMap map, SourceSpan span, int offset) {
    return span != null && map.charAt(offset + span.getInputIndex()) == '<';
  }

  private static void mark(ProseMap map, SourceSpan span, int offset, String interpretAs) {
    if (span != null) {
      int s = offset + span.getInputIndex();
      map.markup(s, s + span.getLength(), interpretAs);
    }
  }

  /** The whole source range of an inline node (inlines never span lines except via breaks). */
  private static SourceSpan span(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) {
      return null;
    }
    SourceSpan first = spans.get(0);
    SourceSpan last = spans.get(spans.size() - 1);
    int length = last.getInputIndex() + last.getLength() - first.getInputIndex();
    return SourceSpan.of(first.getLineIndex(), first.getColumnIndex(), first.getInputIndex(), length);
  }

  /**
   * What a stretch between inlines stands for: a plain line break stays prose (a hard-wrapped
   * paragraph reads on), other breaks (with indentation or quote markers) read as a space, and
   * markers on one line (emphasis, link brackets and targets, heading hashes) as nothing.
   */
  private static String gapReading(String gap) {
    if (gap.equals("\n") || gap.equals("\r\n") || gap.equals("\r")) {
      return null;
    }
    return gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0 ? " " : "";
  }

  /** A pipe table (GitHub style): the second line is a delimiter row such as {@code |---|:--:|}. */
  private static boolean isTable(Node paragraph, String body) {
    List<SourceSpan> lines = paragraph.getSourceSpans();
    if (lines.size() < 2) {
      return false;
    }
    String header = line(body, lines.get(0));
    String delimiter = line(body, lines.get(1));
    return header.indexOf('|') >= 0 && delimiter.indexOf('-') >= 0 && DELIMITER_ROW.matcher(delimiter).matches();
  }

  /** Each cell of a table is a paragraph of its own, its inline markup parsed like any other. */
  private void tableCells(Node paragraph, String body, int bodyStart, String text, List<Paragraph> out) {
    List<SourceSpan> lines = paragraph.getSourceSpans();
    for (int k = 0; k < lines.size(); k++) {
      if (k == 1) {
        continue;
      }
      SourceSpan line = lines.get(k);
      String row = line(body, line);
      for (int[] cell : TableCells.split(row)) {
        String cellText = row.substring(cell[0], cell[1]);
        int cellStart = bodyStart + line.getInputIndex() + cell[0];
        Node parsed = parser.parse(cellText);
        Node first = parsed.getFirstChild();
        if (first instanceof org.commonmark.node.Paragraph || first instanceof Heading) {
          prose(first, cellStart, text).ifPresent(out::add);
        }
      }
    }
  }

  private static String line(String body, SourceSpan span) {
    return body.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
  }
}
