package com.copydesk.engine;

import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.core.Paragraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft's paragraphs looked up in a {@link ParagraphCache}: the issues of those found, and the
 * paragraphs still to check, identical ones (a repeated sign-off, say) once. Checkers fill in the
 * missing answers, which also go into the cache, then take the issues in draft offsets.
 */
final class CacheLookup {
  private final Draft draft;
  private final CheckSettings settings;
  private final ParagraphCache cache;
  private final List<List<Issue>> found;
  private final List<Map.Entry<Paragraph.Key, List<Integer>>> misses;
  private final int missed;
  private final int charsToCheck;

  CacheLookup(Draft draft, CheckSettings settings, ParagraphCache cache) {
    this.draft = draft;
    this.settings = settings;
    this.cache = cache;
    String text = draft.text();
    List<Paragraph> paragraphs = draft.paragraphs();
    found = new ArrayList<>(paragraphs.size());
    Map<Paragraph.Key, List<Integer>> toCheck = new LinkedHashMap<>();
    int chars = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      String source = p.textIn(text);
      List<Issue> cached = cache.get(settings, source, p.markup());
      found.add(cached);
      if (cached == null) {
        List<Integer> same = toCheck.computeIfAbsent(new Paragraph.Key(source, p.markup()), k -> new ArrayList<>());
        if (same.isEmpty()) {
          chars += source.length();
        }
        same.add(i);
      }
    }
    misses = new ArrayList<>(toCheck.entrySet());
    missed = toCheck.values().stream().mapToInt(List::size).sum();
    charsToCheck = chars;
  }

  int total() {
    return found.size();
  }

  /** Paragraphs of the draft not in the cache (counting each copy of a repeated one). */
  int missed() {
    return missed;
  }

  int charsToCheck() {
    return charsToCheck;
  }

  /** The distinct paragraphs to check. */
  int work() {
    return misses.size();
  }

  Paragraph.Key paragraph(int k) {
    return misses.get(k).getKey();
  }

  /** How many of the draft's paragraphs are the {@code k}-th one to check. */
  int copies(int k) {
    return misses.get(k).getValue().size();
  }

  /** The {@code k}-th paragraph's issues, relative to its start: cached and given to every copy. */
  void answer(int k, List<Issue> issues) {
    Paragraph.Key key = paragraph(k);
    cache.put(settings, key.text(), key.markup(), issues);
    for (int index : misses.get(k).getValue()) {
      found.set(index, issues);
    }
  }

  /** Every paragraph's issues, in draft offsets and text order. */
  List<Issue> issues() {
    List<Paragraph> paragraphs = draft.paragraphs();
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      int offset = paragraphs.get(i).start();
      for (Issue issue : found.get(i)) {
        issues.add(issue.shift(offset));
      }
    }
    return issues;
  }
}
