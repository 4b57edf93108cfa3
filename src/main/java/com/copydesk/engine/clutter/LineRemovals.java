package com.copydesk.engine.clutter;

import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What removing each furniture line takes out of the text: the line, its line break, and the blank
 * lines that only separated it, so that removing them all leaves the article spaced as the rest of
 * it is, and removing any one alone leaves the lines round it on lines of their own. Before the
 * article everything up to its first line goes; after it, everything after its last line (each
 * line with the blank lines before it, keeping the page's final line break if it had one); between
 * two article lines, the blank lines the article usually has between its paragraphs stay.
 */
final class LineRemovals {
  private LineRemovals() {}

  /** For each furniture line (by index), the span whose removal takes it out. */
  static Map<Integer, Span> plan(PageLines page, Set<Integer> furniture) {
    List<PageLines.Line> lines = page.lines();
    int separator = usualBreaks(page, furniture);
    Map<Integer, Span> spans = new LinkedHashMap<>();
    int i = 0;
    int previousArticle = -1;
    while (i < lines.size()) {
      if (!furniture.contains(i)) {
        if (!lines.get(i).blank()) {
          previousArticle = i;
        }
        i++;
        continue;
      }
      List<Integer> run = new ArrayList<>();
      int j = i;
      while (j < lines.size() && (furniture.contains(j) || lines.get(j).blank())) {
        if (furniture.contains(j)) {
          run.add(j);
        }
        j++;
      }
      int nextArticle = j < lines.size() ? j : -1;
      int first = run.get(0);
      int last = run.get(run.size() - 1);
      int from;
      int to;
      if (previousArticle < 0) {
        from = 0;
        to = nextArticle < 0 ? page.text().length() : lines.get(nextArticle).start();
      } else if (nextArticle < 0) {
        // after the article each line goes with the blank lines before it, so the lines round one
        // removed alone keep their spacing, and removing them all ends the page on the article as
        // the page ended (with its final line break, or without one)
        boolean finalBreak = page.endsWithBreak();
        PageLines.Line previous = lines.get(previousArticle);
        for (int k = 0; k < run.size(); k++) {
          PageLines.Line line = lines.get(run.get(k));
          int start = finalBreak ? previous.next() : previous.end();
          int end = k + 1 == run.size() ? page.text().length() : finalBreak ? line.next() : line.end();
          spans.put(run.get(k), new Span(start, end));
          previous = line;
        }
        i = j;
        continue;
      } else {
        int breaksBefore = first - previousArticle;
        from = lines.get(breaksBefore > separator ? previousArticle + separator : first).start();
        int keepAfter = Math.max(0, separator - breaksBefore);
        int endLine = Math.max(nextArticle - keepAfter, last + 1);
        to = lines.get(endLine).start();
      }
      for (int k = 0; k < run.size(); k++) {
        int start = k == 0 ? from : lines.get(run.get(k)).start();
        int end = k + 1 < run.size() ? lines.get(run.get(k + 1)).start() : to;
        spans.put(run.get(k), new Span(start, Math.max(start, end)));
      }
      i = j;
    }
    return spans;
  }

  /**
   * How many line breaks usually stand between two article lines with nothing between them: 1 for
   * one paragraph per line, 2 for paragraphs with a blank line between.
   */
  private static int usualBreaks(PageLines page, Set<Integer> furniture) {
    int[] counts = new int[4];
    int previous = -1;
    boolean interrupted = false;
    boolean anyBlank = false;
    for (PageLines.Line line : page.lines()) {
      if (line.blank()) {
        anyBlank = true;
        continue;
      }
      if (furniture.contains(line.index())) {
        interrupted = true;
        continue;
      }
      if (previous >= 0 && !interrupted) {
        counts[Math.min(3, line.index() - previous)]++;
      }
      previous = line.index();
      interrupted = false;
    }
    int best = anyBlank ? 2 : 1;
    for (int k = 1; k < counts.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return best;
  }
}
