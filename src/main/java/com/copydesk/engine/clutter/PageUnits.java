package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Lines joined into the paragraphs they belong to (a hard-wrapped paragraph is one unit). */
final class PageUnits {
  private final List<int[]> ranges;
  private final List<String> texts;
  private int[] indents;
  private boolean indentedParagraphs;

  private PageUnits(List<int[]> ranges, List<String> texts) {
    this.ranges = ranges;
    this.texts = texts;
  }

  /** {@code standsAlone}: the kind of furniture a line is by itself (null if none); such a line is not joined. */
  static PageUnits of(PageLines page, java.util.function.Function<String, FurnitureKind> standsAlone) {
    int wrap = wrapWidth(page);
    boolean indented = indentedParagraphs(page);
    List<int[]> ranges = new ArrayList<>();
    int[] open = null;
    for (PageLines.Line line : page.lines()) {
      if (line.blank()) {
        close(page, open, ranges);
        open = null;
      } else if (open != null && continues(page.get(open[1]), line, wrap, standsAlone)
          && !(indented && wrap > 0 && indent(page.get(open[0]).text()) == 0 && !Shape.startsLower(line.trimmed()))) {
        open[1] = line.index();
      } else {
        close(page, open, ranges);
        open = new int[] {line.index(), line.index()};
      }
    }
    close(page, open, ranges);
    List<String> texts = new ArrayList<>();
    for (int[] r : ranges) {
      texts.add(joined(page, r[0], r[1]));
    }
    PageUnits units = new PageUnits(ranges, texts);
    units.indents = new int[ranges.size()];
    for (int u = 0; u < ranges.size(); u++) {
      units.indents[u] = indent(page.get(ranges.get(u)[0]).text());
    }
    units.indentedParagraphs = indented;
    return units;
  }

  /**
   * Paragraphs that begin with an indented line (wire copy): a full line that is not indented
   * continues only a paragraph that began indented, never a line of page furniture or a list.
   */
  private static boolean indentedParagraphs(PageLines page) {
    int n = 0;
    for (PageLines.Line l : page.lines()) {
      if (!l.blank() && indent(l.text()) >= 2) {
        n++;
      }
    }
    return n >= 3;
  }

  int indent(int u) {
    return indents[u];
  }

  boolean indentedParagraphs() {
    return indentedParagraphs;
  }

  /**
   * Adds a finished unit; lines joined into one that does not end a sentence were not a wrapped
   * paragraph after all (a list of headlines near the wrap width) and stay lines of their own.
   */
  private static void close(PageLines page, int[] open, List<int[]> ranges) {
    if (open == null) {
      return;
    }
    if (open[0] < open[1] && !Shape.endsSentence(joined(page, open[0], open[1]))) {
      for (int i = open[0]; i <= open[1]; i++) {
        ranges.add(new int[] {i, i});
      }
    } else {
      ranges.add(open);
    }
  }

  private static String joined(PageLines page, int first, int last) {
    StringBuilder b = new StringBuilder();
    for (int i = first; i <= last; i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(page.get(i).trimmed());
    }
    return b.toString();
  }

  /**
   * A line goes on from the one above: it starts in lower case, or the text is hard-wrapped and the
   * line above is full. Never when the line above is furniture by itself, nor, for a full line,
   * when the line below is furniture by itself (and no end of a sentence), is indented further
   * (a new paragraph of wire copy), or the line above is in capitals and the line below is not (a
   * headline).
   */
  private static boolean continues(PageLines.Line above, PageLines.Line below, int wrap,
      java.util.function.Function<String, FurnitureKind> standsAlone) {
    String prev = above.trimmed();
    String line = below.trimmed();
    if (Shape.endsSentence(prev) || prev.endsWith(":") || standsAlone.apply(prev) != null) {
      return false;
    }
    if (Shape.startsLower(line) && Shape.words(prev) >= 4) {
      return true;
    }
    if (wrap == 0 || above.text().stripTrailing().length() < wrap * 7 / 10
        || indent(below.text()) > indent(above.text())
        || capitals(prev) && !capitals(line)) {
      return false;
    }
    // a wrapped sentence may end on what looks like a date ("... by\nMarch 31, 1987."), never on a label
    FurnitureKind alone = standsAlone.apply(line);
    return alone == null || alone == FurnitureKind.DATELINE && Shape.endsSentence(line);
  }

  private static int indent(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean capitals(String s) {
    return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
  }

  /**
   * The width a hard-wrapped text is wrapped at, or 0 when lines are paragraphs: most long lines
   * stop short of about the same width and run on into the next line.
   */
  private static int wrapWidth(PageLines page) {
    List<Integer> lengths = new ArrayList<>();
    for (PageLines.Line l : page.lines()) {
      if (!l.blank()) {
        lengths.add(l.text().stripTrailing().length());
      }
    }
    if (lengths.size() < 8) {
      return 0;
    }
    int[] sorted = lengths.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(sorted);
    int width = sorted[(int) (sorted.length * 0.9)];
    if (width > 100 || width < 30) {
      return 0;
    }
    int runOn = 0;
    List<PageLines.Line> lines = page.lines();
    for (int i = 0; i + 1 < lines.size(); i++) {
      PageLines.Line l = lines.get(i);
      if (!l.blank() && !lines.get(i + 1).blank() && l.text().stripTrailing().length() >= width * 7 / 10
          && !Shape.endsSentence(l.trimmed())) {
        runOn++;
      }
    }
    return runOn >= Math.max(3, lengths.size() / 4) ? width : 0;
  }

  int size() {
    return ranges.size();
  }

  String text(int u) {
    return texts.get(u);
  }

  int first(int u) {
    return ranges.get(u)[0];
  }

  int last(int u) {
    return ranges.get(u)[1];
  }

  /** The unit a line belongs to, or -1 for a blank line. */
  int unitOf(int line) {
    for (int u = 0; u < ranges.size(); u++) {
      if (first(u) <= line && line <= last(u)) {
        return u;
      }
    }
    return -1;
  }

  boolean single(int u) {
    return first(u) == last(u);
  }

  /** Every line's stripped text, blank lines as "". */
  List<String> strippedLines(PageLines page) {
    List<String> out = new ArrayList<>(page.size());
    for (PageLines.Line l : page.lines()) {
      out.add(l.trimmed());
    }
    return out;
  }
}
