package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.List;

/**
 * A web page built for a measurement: blocks of lines, each block the article's (its headline, a
 * paragraph) or the page's furniture, separated as the site separates them (a blank line, or none).
 * Knows which lines are furniture and what the article alone reads like.
 */
final class WebPage {
  private record Block(List<String> lines, boolean furniture) {}

  private final List<Block> blocks = new ArrayList<>();
  private final String template;
  private boolean blankLines = true;
  private boolean finalBreak = true;
  private String lineBreak = "\n";

  WebPage(String template) {
    this.template = template;
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
    boolean first = true;
    for (Block b : blocks) {
      if (!first && blankLines) {
        out.add(null);
      }
      first = false;
      for (String l : b.lines) {
        out.add(b.furniture);
      }
    }
    return out;
  }

  private String render(boolean withFurniture) {
    StringBuilder s = new StringBuilder();
    boolean first = true;
    for (Block b : blocks) {
      if (b.furniture && !withFurniture) {
        continue;
      }
      if (!first) {
        s.append(lineBreak);
        if (blankLines) {
          s.append(lineBreak);
        }
      }
      first = false;
      s.append(String.join(lineBreak, b.lines));
    }
    if (finalBreak) {
      s.append(lineBreak);
    }
    return s.toString();
  }
}
