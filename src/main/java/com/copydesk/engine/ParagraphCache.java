package com.copydesk.engine;

import com.copydesk.core.Issue;
import com.copydesk.core.Markup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the issues found in each paragraph, keyed by the paragraph's text, its markup and the
 * settings, so a draft is re-checked only where it changed. Issues are stored relative to their
 * paragraph and moved to wherever the paragraph now stands. Least recently used paragraphs are
 * forgotten first; thread-safe.
 */
public final class ParagraphCache {
  /** Enough for a long book; each entry holds one paragraph's text and its issues. */
  public static final int DEFAULT_CAPACITY = 50_000;

  private final Map<Key, List<Issue>> entries;
  private long hits;
  private long misses;

  public ParagraphCache() {
    this(DEFAULT_CAPACITY);
  }

  public ParagraphCache(int capacity) {
    this.entries = new Lru<>(capacity);
  }

  synchronized List<Issue> get(CheckSettings settings, String text, List<Markup> markup) {
    List<Issue> found = entries.get(new Key(settings, text, markup));
    if (found == null) {
      misses++;
    } else {
      hits++;
    }
    return found;
  }

  synchronized void put(CheckSettings settings, String text, List<Markup> markup, List<Issue> issues) {
    entries.put(new Key(settings, text, markup), List.copyOf(issues));
  }

  public synchronized void clear() {
    entries.clear();
  }

  public synchronized int size() {
    return entries.size();
  }

  /** Paragraphs answered from the cache since it was made. */
  public synchronized long hits() {
    return hits;
  }

  /** Paragraphs that had to be checked since the cache was made. */
  public synchronized long misses() {
    return misses;
  }

  private record Key(CheckSettings settings, String text, List<Markup> markup) {
    Key {
      Objects.requireNonNull(text);
    }
  }

  /** Least recently used first out, beyond {@code capacity} entries. */
  private static final class Lru<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;
    private final int capacity;

    Lru(int capacity) {
      super(256, 0.75f, true);
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
      return size() > capacity;
    }
  }
}
