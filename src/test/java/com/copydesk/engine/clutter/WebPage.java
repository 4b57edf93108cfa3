package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.List;

/**
 * A web page built for a measurement: blocks of lines, each block the article's (its headline, a
 * paragraph) or the page's furniture. Two article blocks are separated as the article separates its
 * paragraphs; furniture is set off as the site sets it off (a blank line, or none), and a blank line
 * of the article between the two blocks it falls between comes after the furniture. Knows which
 * lines are furniture and what the article alone reads like.
 */
final class WebPage {
  private record Block(List<String> lines, boolean furniture) {}

  private final List<Block> blocks = new ArrayList<>();
  private final String template;
  private final int articleGap;
  private boolean blankLines = true;
  private boolean finalBreak = true;
  private String lineBreak = "\n";

  /** A page of {@code template} round {@code article}, whose own spacing between paragraphs it keeps. */
  WebPage(String template, Article article) {
    this.template = template;
    this.articleGap = article.gap();
  }

  String template() {
    return template;
  }

  WebPage blankLines(boolean on) {
    blankLines = on;
    return this;
  }

  WebPage finalBreak(boolean on) {
    finalBreak = on;
    return this;
  }

  WebPage lineBreak(String br) {
    lineBreak = br;
    return this;
  }

  /** One block of furniture lines (kept together, no blank lines inside). */
  WebPage furniture(String... lines) {
    blocks.add(new Block(List.of(lines), true));
    return this;
  }

  /** Several furniture lines, each its own block (blank lines between them when the site has them). */
  WebPage furnitureLines(List<String> lines) {
    for (String l : lines) {
      blocks.add(new Block(List.of(l), true));
    }
    return this;
  }

  WebPage article(List<String> lines) {
    blocks.add(new Block(List.copyOf(lines), false));
    return this;
  }

  WebPage article(String line) {
    return article(List.of(line));
  }

  /** The page as a copy editor would paste it. */
  String text() {
    return render(true);
  }

  /** The article alone, as the page has it (same spacing and line breaks). */
  String articleText() {
    return render(false);
  }

  /** For each line of {@link #text()}: true when it is furniture, false for article, null for blank. */
  List<Boolean> labels() {
    List<Boolean> out = new ArrayList<>();
    for (Object line : layout(true)) {
      out.add(line instanceof Block b ? b.furniture : null);
    }
    return out;
  }

  private String render(boolean withFurniture) {
    return String.join(lineBreak, texts(withFurniture)) + (finalBreak ? lineBreak : "");
  }

  /** Every line of the page: its text, blank lines as "". */
  private List<String> texts(boolean withFurniture) {
    List<String> out = new ArrayList<>();
    walk(withFurniture, (block, text) -> out.add(text));
    return out;
  }

  /** Every line of the page: its block, or "" for a blank line. */
  private List<Object> layout(boolean withFurniture) {
    List<Object> out = new ArrayList<>();
    walk(withFurniture, (block, text) -> out.add(block == null ? "" : block));
    return out;
  }

  private void walk(boolean withFurniture, java.util.function.BiConsumer<Block, String> line) {
    Block previous = null;
    int owedGap = 0;
    for (Block b : blocks) {
      if (b.furniture && !withFurniture) {
        continue;
      }
      if (previous != null) {
        int blanks;
        if (!previous.furniture && !b.furniture) {
          blanks = articleGap;
        } else if (!previous.furniture) {
          owedGap = articleGap; // the article's own blank line comes after the furniture
          blanks = blankLines ? 1 : 0;
        } else if (!b.furniture) {
          blanks = Math.max(blankLines ? 1 : 0, owedGap);
          owedGap = 0;
        } else {
          blanks = blankLines ? 1 : 0;
        }
        for (int k = 0; k < blanks; k++) {
          line.accept(null, "");
        }
      }
      for (String l : b.lines) {
        line.accept(b, l);
      }
      previous = b;
    }
  }
}
