package com.copydesk.formats.docx;

import com.copydesk.formats.docx.RunText.Kind;
import com.copydesk.formats.docx.RunText.Piece;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Changes the text of one Word paragraph in place. A replacement goes into the run where the
 * replaced text starts (so it keeps that run's formatting: bold, italics, font, style); an insertion
 * goes into the run before it. Removed characters are cut out of whichever runs hold them; nothing
 * else in the paragraph moves. With {@link Revisions}, the change is recorded as a Word tracked
 * change instead: the old text is kept in a {@code w:del}, the new text added in a {@code w:ins}
 * with the formatting of the text it replaces.
 */
final class ParagraphEditor {
  private final Element paragraph;
  private final Document doc;
  private final Revisions revisions;

  /** {@code revisions} null: edit directly, without tracked changes. */
  ParagraphEditor(Element paragraph, Revisions revisions) {
    this.paragraph = paragraph;
    this.doc = paragraph.getOwnerDocument();
    this.revisions = revisions;
  }

  /** Replaces {@code removed}, which stands at {@code start} of the paragraph's text, by {@code inserted}. */
  void replace(int start, String removed, String inserted) {
    List<Piece> pieces = RunText.scan(paragraph);
    String text = RunText.text(pieces);
    if (!text.startsWith(removed, start)) {
      throw new IllegalStateException("paragraph text differs from the edit");
    }
    int end = start + removed.length();
    if (revisions == null) {
      replaceDirectly(pieces, start, end, inserted);
    } else {
      replaceTracked(pieces, start, end, inserted);
    }
  }

  // ---- direct editing

  private void replaceDirectly(List<Piece> pieces, int s, int e, String inserted) {
    Piece first = firstOverlapping(pieces, s, e);
    Piece before = containing(pieces, s - 1);
    Piece after = containing(pieces, s);
    boolean intoFirst = first != null && first.kind() == Kind.TEXT;
    boolean intoBefore = !intoFirst && before != null && before.kind() == Kind.TEXT;
    if (!inserted.isEmpty() && !intoFirst && !intoBefore) {
      // no text to grow: put the new text next to a tab, break or hyphen, in that run
      if (first != null) {
        Runs.insertBefore(first.node(), content(inserted));
      } else if (before != null) {
        Runs.insertAfter(before.node(), content(inserted));
      } else if (after != null && after.kind() == Kind.TEXT) {
        insertIntoText(after.node(), 0, inserted);
      } else if (after != null) {
        Runs.insertBefore(after.node(), content(inserted));
      } else {
        Element run = newRun(null);
        content(inserted).forEach(run::appendChild);
        paragraph.appendChild(run);
      }
    }
    List<Element> touched = new ArrayList<>();
    for (int k = pieces.size() - 1; k >= 0; k--) {
      Piece p = pieces.get(k);
      if (p.end() <= s || p.start() >= e) {
        continue;
      }
      touched.add(p.run());
      if (p.kind() == Kind.TEXT) {
        int cutFrom = Math.max(s, p.start()) - p.start();
        int cutTo = Math.min(e, p.end()) - p.start();
        Runs.setText(p.node(), p.text().substring(0, cutFrom) + p.text().substring(cutTo));
      } else {
        p.node().getParentNode().removeChild(p.node());
      }
    }
    if (!inserted.isEmpty() && intoFirst) {
      insertIntoText(first.node(), s - first.start(), inserted);
    } else if (!inserted.isEmpty() && intoBefore) {
      insertIntoText(before.node(), s - before.start(), inserted);
    }
    for (Element run : touched) {
      Runs.tidy(run);
    }
  }

  private void insertIntoText(Element t, int offset, String inserted) {
    String old = t.getTextContent();
    if (Runs.plain(inserted)) {
      Runs.setText(t, old.substring(0, offset) + inserted + old.substring(offset));
      return;
    }
    Runs.setText(t, old.substring(0, offset));
    List<Node> nodes = content(inserted);
    if (offset < old.length()) {
      Element rest = DocxXml.w(doc, "t");
      Runs.setText(rest, old.substring(offset));
      nodes.add(rest);
    }
    Runs.insertAfter(t, nodes);
  }

  // ---- tracked changes

  private void replaceTracked(List<Piece> pieces, int s, int e, String inserted) {
    Piece first = firstOverlapping(pieces, s, e);
    Piece before = containing(pieces, s - 1);
    Piece after = containing(pieces, s);
    Element template = first != null ? first.run() : before != null ? before.run() : after != null ? after.run() : null;
    Element lastDel = null;
    if (e > s) {
      List<Element> runs = new ArrayList<>();
      for (Piece p : pieces) {
        if (p.end() > s && p.start() < e && !runs.contains(p.run())) {
          runs.add(p.run());
        }
      }
      for (Element run : runs) {
        int runStart = runStart(pieces, run);
        Element deleted = isolate(run, Math.max(0, s - runStart), e - runStart);
        lastDel = wrapDeleted(deleted, lastDel);
      }
    }
    if (inserted.isEmpty()) {
      return;
    }
    Element ins = revisions.mark(doc, "ins");
    Element run = newRun(template);
    content(inserted).forEach(run::appendChild);
    ins.appendChild(run);
    if (lastDel != null) {
      Runs.insertAfter(lastDel, List.of(ins));
    } else if (before != null) {
      int runStart = runStart(pieces, before.run());
      Element left = before.run();
      int at = s - runStart;
      if (at < Runs.length(left)) {
        splitRun(left, at);
      }
      Runs.insertAfter(left, List.of(ins));
    } else if (after != null) {
      after.run().getParentNode().insertBefore(ins, after.run());
    } else {
      paragraph.appendChild(ins);
    }
  }

  /** Moves a run whose text is to be deleted into a {@code w:del}, joining the previous one if adjacent. */
  private Element wrapDeleted(Element run, Element previousDel) {
    for (Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (DocxXml.isW(c, "t")) {
        Element del = DocxXml.w(doc, "delText");
        Runs.setText(del, c.getTextContent());
        run.replaceChild(del, c);
        c = del;
      }
    }
    if (previousDel != null && previousDel.getNextSibling() == run) {
      previousDel.appendChild(run);
      return previousDel;
    }
    Element del = revisions.mark(doc, "del");
    run.getParentNode().insertBefore(del, run);
    del.appendChild(run);
    return del;
  }

  /**
   * Splits {@code run} so that its characters [from, to) stand alone in a run of their own, which is
   * returned. Elements that show no text (footnote references, drawings, field marks) inside that
   * range are moved to a run of their own just after it, so deleting the text never deletes them.
   */
  private Element isolate(Element run, int from, int to) {
    int len = Runs.length(run);
    if (to < len) {
      splitRun(run, to);
    }
    Node lead = Runs.firstContent(run);
    boolean leadingMarks = lead != null && Runs.width(lead) == 0;
    Element middle = from > 0 || leadingMarks ? splitRun(run, from) : run;
    Element keep = null;
    for (Node c = Runs.firstContent(middle); c != null; ) {
      Node next = c.getNextSibling();
      if (Runs.width(c) == 0) {
        if (keep == null) {
          keep = newRun(middle);
          Runs.insertAfter(middle, List.of(keep));
        }
        keep.appendChild(c);
      }
      c = next;
    }
    return middle;
  }

  /**
   * Splits a run at a position of its text (0 < at < length): the run keeps what comes before, a
   * new run with the same properties, inserted right after it, gets the rest.
   */
  private Element splitRun(Element run, int at) {
    Element right = newRun(run);
    int pos = 0;
    List<Node> move = new ArrayList<>();
    for (Node c = Runs.firstContent(run); c != null; c = c.getNextSibling()) {
      int w = Runs.width(c);
      if (pos >= at && (w > 0 || pos > at)) {
        move.add(c);
      } else if (w > 0 && DocxXml.isW(c, "t") && pos + w > at) {
        String t = c.getTextContent();
        Runs.setText((Element) c, t.substring(0, at - pos));
        Element rest = DocxXml.w(doc, "t");
        Runs.setText(rest, t.substring(at - pos));
        move.add(rest);
      }
      pos += w;
    }
    for (Node n : move) {
      right.appendChild(n);
    }
    Runs.insertAfter(run, List.of(right));
    return right;
  }

  // ---- helpers

  private static Piece firstOverlapping(List<Piece> pieces, int s, int e) {
    for (Piece p : pieces) {
      if (p.end() > s && p.start() < e) {
        return p;
      }
    }
    return null;
  }

  private static Piece containing(List<Piece> pieces, int position) {
    for (Piece p : pieces) {
      if (position >= p.start() && position < p.end()) {
        return p;
      }
    }
    return null;
  }

  private static int runStart(List<Piece> pieces, Element run) {
    for (Piece p : pieces) {
      if (p.run() == run) {
        return p.start();
      }
    }
    throw new IllegalStateException("run without text");
  }

  /** A new empty run with a copy of {@code template}'s attributes and properties (or the paragraph mark's). */
  private Element newRun(Element template) {
    Element run = DocxXml.w(doc, "r");
    Element rPr = null;
    if (template != null) {
      Element own = DocxXml.child(template, "rPr");
      rPr = own == null ? null : (Element) own.cloneNode(true);
    } else {
      Element pPr = DocxXml.child(paragraph, "pPr");
      Element mark = pPr == null ? null : DocxXml.child(pPr, "rPr");
      if (mark != null) {
        rPr = (Element) mark.cloneNode(true);
        for (String revisionMark : List.of("ins", "del", "moveFrom", "moveTo", "rPrChange")) {
          Element m;
          while ((m = DocxXml.child(rPr, revisionMark)) != null) {
            rPr.removeChild(m);
          }
        }
      }
    }
    if (rPr != null) {
      run.appendChild(rPr);
    }
    return run;
  }

  /** The run content for {@code text}: {@code w:t} for text, {@code w:tab}, {@code w:br} and hyphens for specials. */
  private List<Node> content(String text) {
    List<Node> nodes = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String special = switch (c) {
        case '\t' -> "tab";
        case RunText.LINE_BREAK -> "br";
        case RunText.NO_BREAK_HYPHEN -> "noBreakHyphen";
        case RunText.SOFT_HYPHEN -> "softHyphen";
        default -> null;
      };
      if (special == null) {
        plain.append(c);
        continue;
      }
      if (plain.length() > 0) {
        Element t = DocxXml.w(doc, "t");
        Runs.setText(t, plain.toString());
        nodes.add(t);
        plain.setLength(0);
      }
      nodes.add(DocxXml.w(doc, special));
    }
    if (plain.length() > 0) {
      Element t = DocxXml.w(doc, "t");
      Runs.setText(t, plain.toString());
      nodes.add(t);
    }
    return nodes;
  }

}
