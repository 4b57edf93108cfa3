package com.copydesk.engine.variant;

import java.util.Map;

/**
 * A read-only map from words to values that looks a word up where it stands in the text, without
 * cutting it out as a string: the reader meets every word of a long draft, so no allocation per word.
 */
final class WordTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  WordTable(Map<String, V> map) {
    int size = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
    keys = new String[size];
    values = new Object[size];
    mask = size - 1;
    map.forEach((k, v) -> {
      int i = spread(k.hashCode()) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      values[i] = v;
    });
  }

  /** The hash {@link String#hashCode()} would give {@code text.substring(from, to)}. */
  static int hash(String text, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + text.charAt(k);
    }
    return h;
  }

  V get(String text, int from, int to) {
    return get(text, from, to, hash(text, from, to));
  }

  @SuppressWarnings("unchecked")
  V get(String text, int from, int to, int hash) {
    int len = to - from;
    for (int i = spread(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
      String k = keys[i];
      if (k.length() == len && text.regionMatches(from, k, 0, len)) {
        return (V) values[i];
      }
    }
    return null;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
