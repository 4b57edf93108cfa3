package com.copydesk.ui.editor;

import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Find in the draft: every place a query occurs (ignoring case), and which one is current. Plain
 * Java; the find bar shows it and the editor highlights it.
 */
public final class FindModel {
  private String query = "";
  private List<Span> hits = List.of();
  private int current = -1;

  public String query() {
    return query;
  }

  public List<Span> hits() {
    return hits;
  }

  /** The current match, or null. */
  public Span current() {
    return current < 0 ? null : hits.get(current);
  }

  public int currentIndex() {
    return current;
  }

  /** Searches {@code text} for {@code newQuery}; the current match is the first at or after {@code caret}. */
  public void search(String text, String newQuery, int caret) {
    query = newQuery == null ? "" : newQuery;
    hits = find(text, query);
    current = hits.isEmpty() ? -1 : indexFrom(caret);
  }

  /** Searches again after the text changed, keeping the current match near where it was. */
  public void refresh(String text) {
    int near = current < 0 ? 0 : hits.get(current).start();
    hits = find(text, query);
    current = hits.isEmpty() ? -1 : indexFrom(near);
  }

  public Span next() {
    if (hits.isEmpty()) {
      return null;
    }
    current = (current + 1) % hits.size();
    return hits.get(current);
  }

  public Span previous() {
    if (hits.isEmpty()) {
      return null;
    }
    current = (current - 1 + hits.size()) % hits.size();
    return hits.get(current);
  }

  public void clear() {
    query = "";
    hits = List.of();
    current = -1;
  }

  /** "3 of 12", "No matches", or "" for an empty query. */
  public String describe() {
    if (query.isEmpty()) {
      return "";
    }
    return hits.isEmpty() ? "No matches" : (current + 1) + " of " + hits.size();
  }

  private int indexFrom(int position) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).start() >= position) {
        return i;
      }
    }
    return 0;
  }

  static List<Span> find(String text, String query) {
    if (query.isEmpty()) {
      return List.of();
    }
    String hay = text.toLowerCase(Locale.ROOT);
    String needle = query.toLowerCase(Locale.ROOT);
    if (hay.length() != text.length() || needle.length() != query.length()) {
      return findSlow(text, query);
    }
    List<Span> out = new ArrayList<>();
    int at = hay.indexOf(needle);
    while (at >= 0) {
      out.add(new Span(at, at + needle.length()));
      at = hay.indexOf(needle, at + needle.length());
    }
    return out;
  }

  /** For the rare text whose lower case changes its length: compare region by region. */
  private static List<Span> findSlow(String text, String query) {
    List<Span> out = new ArrayList<>();
    int n = query.length();
    for (int i = 0; i + n <= text.length(); i++) {
      if (text.regionMatches(true, i, query, 0, n)) {
        out.add(new Span(i, i + n));
        i += n - 1;
      }
    }
    return out;
  }
}
