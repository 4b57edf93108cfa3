package com.copydesk.formats;

import com.copydesk.core.Markup;
import com.copydesk.core.Paragraph;
import com.copydesk.core.Segmenter;
import java.util.ArrayList;
import java.util.List;

/** Test helper: what the checker reads of each paragraph (prose as is, markup as what it stands for). */
public final class Reading {
  private Reading() {}

  public static List<String> of(Segmenter segmenter, String text) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : segmenter.paragraphs(text)) {
      out.add(read(text, p));
    }
    return out;
  }

  public static String read(String text, Paragraph p) {
    String src = p.textIn(text);
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    for (Markup m : p.markup()) {
      sb.append(src, pos, m.span().start()).append(m.interpretAs());
      pos = m.span().end();
    }
    return sb.append(src.substring(pos)).toString();
  }
}
