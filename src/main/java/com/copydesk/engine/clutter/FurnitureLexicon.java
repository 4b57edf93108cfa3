package com.copydesk.engine.clutter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The furniture phrases of {@code furniture.txt}: whole-line labels, block headings, line-opening
 * labels, and the word classes (site sections, sharing words, footer links) that navigation, share
 * and footer rows are made of. Loaded once; immutable.
 */
final class FurnitureLexicon {
  private static final String RESOURCE = "furniture.txt";
  private static final int FUZZY_FROM = 9;

  /** A whole-line or label entry: its kind, and whether it is weak (counts only outside the story's body). */
  record Entry(FurnitureKind kind, boolean weak) {}

  private final Map<String, Entry> lines = new HashMap<>();
  private final List<String> fuzzyLines = new ArrayList<>();
  private final Map<String, Entry> headings = new HashMap<>();
  private final Map<String, Entry> labels = new HashMap<>();
  private final Set<String> sections = new HashSet<>();
  private final Set<String> social = new HashSet<>();
  private final Set<String> footer = new HashSet<>();
  private final Set<String> dateLabels = new HashSet<>();
  private final Set<String> story = new HashSet<>();
  private final Set<String> masthead = new HashSet<>();
  private int longestLabel;
  /** Every word of the whole-line, heading and label entries, but small words and section names. */
  private final Set<String> labelWords = new HashSet<>();

  /** Words too common to say anything about a line. */
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
      "for", "by", "with", "from", "this", "that", "these", "our", "your", "you", "us", "we", "my", "me", "it",
      "is", "are", "be", "all", "more", "no", "not", "up", "out", "as", "so", "if", "any", "what", "do", "have",
      "has", "i", "s", "time", "first", "other", "like", "may", "might", "also", "today", "week", "new", "here",
      "about", "back", "top", "work", "use", "say", "tell", "think", "never", "help", "support", "change", "open",
      "close", "free", "main", "name", "live", "case", "value", "play", "store", "turn", "report", "page", "site");

  private static final FurnitureLexicon STANDARD = load();

  static FurnitureLexicon standard() {
    return STANDARD;
  }

  private static FurnitureLexicon load() {
    try (InputStream in = FurnitureLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      FurnitureLexicon lexicon = new FurnitureLexicon();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = null;
      FurnitureKind kind = null;
      for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          String[] parts = line.substring(1, line.length() - 1).split(" ");
          section = parts[0];
          kind = parts.length > 1 ? FurnitureKind.valueOf(parts[1]) : null;
          continue;
        }
        boolean weak = line.startsWith("?");
        String key = WordKey.of(weak ? line.substring(1) : line);
        lexicon.add(section, kind, key, weak);
      }
      return lexicon;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(String section, FurnitureKind kind, String key, boolean weak) {
    switch (section) {
      case "line" -> {
        lines.putIfAbsent(key, new Entry(kind, weak));
        addLabelWords(key);
        if (key.length() >= FUZZY_FROM) {
          fuzzyLines.add(key);
        }
      }
      case "heading" -> {
        headings.putIfAbsent(key, new Entry(kind, weak));
        addLabelWords(key);
      }
      case "label" -> {
        addLabelWords(key);
        labels.putIfAbsent(key, new Entry(kind, weak));
        longestLabel = Math.max(longestLabel, WordKey.words(key).size());
      }
      case "section" -> sections.add(key);
      case "social" -> social.add(key);
      case "footer" -> footer.add(key);
      case "date-label" -> dateLabels.add(key);
      case "story" -> story.add(key);
      case "masthead" -> masthead.add(key);
      default -> throw new IllegalStateException("unknown section [" + section + "] in " + RESOURCE);
    }
  }

  private void addLabelWords(String key) {
    for (String w : WordKey.words(key)) {
      if (w.length() > 2 && !SMALL_WORDS.contains(w)) {
        labelWords.add(w);
      }
    }
  }

  /**
   * How a short line is made of the lexicon's label words: its content words (small words aside)
   * and how many of them are label words. Site section names do not count: stories use them too.
   */
  int[] labelWordShare(String key) {
    int content = 0;
    int label = 0;
    for (String w : WordKey.words(key)) {
      if (w.length() <= 2 || SMALL_WORDS.contains(w)) {
        continue;
      }
      content++;
      if (labelWords.contains(w) && !sections.contains(w)) {
        label++;
      }
    }
    return new int[] {content, label};
  }

  /** The entry a whole line's key matches, exactly or (long entries) with one letter off; null if none. */
  Entry line(String key) {
    Entry e = lines.get(key);
    if (e != null || key.length() < FUZZY_FROM - 1) {
      return e;
    }
    for (String candidate : fuzzyLines) {
      if (WordKey.nearlyEqual(key, candidate)) {
        return lines.get(candidate);
      }
    }
    return null;
  }

  /** The block heading a whole line's key is, or null. */
  Entry heading(String key) {
    Entry e = headings.get(key);
    if (e != null || key.length() < FUZZY_FROM - 1) {
      return e;
    }
    for (Map.Entry<String, Entry> h : headings.entrySet()) {
      if (h.getKey().length() >= FUZZY_FROM && WordKey.nearlyEqual(key, h.getKey())) {
        return h.getValue();
      }
    }
    return null;
  }

  /** The label made of the first {@code n} words of a key, or null. */
  Entry label(List<String> words, int n) {
    if (n > words.size() || n > longestLabel) {
      return null;
    }
    return labels.get(String.join(" ", words.subList(0, n)));
  }

  int longestLabel() {
    return longestLabel;
  }

  Set<String> sections() {
    return Collections.unmodifiableSet(sections);
  }

  Set<String> social() {
    return Collections.unmodifiableSet(social);
  }

  Set<String> footer() {
    return Collections.unmodifiableSet(footer);
  }

  boolean isDateLabel(String word) {
    return dateLabels.contains(word);
  }

  /** True when a word (or two) is one news sites are named with ("gazette", "free press"). */
  boolean isMastheadWord(String word) {
    return masthead.contains(word);
  }

  /** True for a line that belongs to the story although it looks like a label (an agency sign-off). */
  boolean isStoryLine(String key) {
    return story.contains(key);
  }
}
