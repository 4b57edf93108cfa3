package com.copydesk.formats.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

/** Where an element stands in the page's source, by jsoup's tracked positions. */
final class SourceRanges {
  private SourceRanges() {}

  /**
   * From the start tag's first character to the end tag's last (or the last content's end, when the
   * end tag was left out); null when the element's position was not tracked or runs past the source.
   */
  static int[] outer(Element e, String source) {
    Range start = e.sourceRange();
    if (!start.isTracked()) {
      return null;
    }
    Range end = e.endSourceRange();
    int to = end.isTracked() && end.endPos() >= start.endPos() ? end.endPos() : lastEnd(e, start.endPos());
    return to <= source.length() ? new int[] {start.startPos(), to} : null;
  }

  private static int lastEnd(Node n, int floor) {
    int max = floor;
    for (Node c : n.childNodes()) {
      Range r = c.sourceRange();
      if (r.isTracked()) {
        max = Math.max(max, r.endPos());
      }
      if (c instanceof Element ce) {
        Range er = ce.endSourceRange();
        max = Math.max(max, er.isTracked() ? er.endPos() : lastEnd(ce, max));
      }
    }
    return max;
  }
}
