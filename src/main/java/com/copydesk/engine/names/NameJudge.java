package com.copydesk.engine.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a capitalised word the dictionary does not know may be corrected to. A copy editor's
 * drafts are full of names no dictionary has, and the dictionary's nearest words ("Pellow" →
 * "Pillow", "Pellow" → "Pillow") make correct copy wrong; so such a word is taken for a name
 * unless it is a slip of the finger in a word the dictionary knows: two neighbouring letters swapped
 * ("Wendesday", "Teh"), or a letter dropped or doubled ("Brtain", "Advertisment"). Changed or added
 * letters turn names into other names too often ("Cech" → "Czech", "Juve" → "June") to offer.
 *
 * <p>A slip correction is <em>strong</em> when it is one on its own: a swap in a word of six letters or
 * more; a swap in a shorter word into a common word or a well-known name ("Jsut" → "Just"; not
 * "Jenas" → "Jeans" or "Pires" → "Piers", where short names meet rarer words by chance); a letter
 * dropped or doubled in a well-known name of seven letters or more ("Britain") or a common word of
 * eight or more ("Advertisement"). Other slip corrections are <em>weak</em>: the whole-draft check
 * ({@link UnfamiliarNames}) keeps one only when the draft itself uses the corrected word ("Msith" in a
 * story about Smith). Words in capitals, with a capital inside ("DiCaprio") or with digits are names
 * or codes. Not thread-safe (it remembers its verdicts); each checker owns one.
 */
public final class NameJudge {
  /** Rated this common or more, a word is a likely target for a slip ("The", "City", "Bath"). */
  static final int COMMON = 10;
  /** Rated this common or more, a name the dictionary knows is a likely target for a slip ("Britain", "Wednesday"). */
  static final int WELL_KNOWN = 9;
  private static final int SHORT = 5;
  private static final int NAME_MIN = 7;
  private static final int WORD_MIN = 8;
  private static final int DROP_MIN = 4;
  private static final int REMEMBERED = 4096;

  private final Lexicon lexicon;
  private final Map<String, List<String>> verdicts = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
      return size() > REMEMBERED;
    }
  };

  public NameJudge(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The slip corrections for {@code word}: the strong ones first, then the weak ones, each by how
   * common they are; empty when it can only be a name.
   */
  public List<String> corrections(String word) {
    return verdicts.computeIfAbsent(word, this::judge);
  }

  /** Only the strong corrections (a dropped-verb rule gives way to these). */
  public List<String> strongCorrections(String word) {
    return corrections(word).stream().filter(c -> isStrong(lexicon, word, c)).toList();
  }

  private List<String> judge(String word) {
    if (WordForms.isAllCaps(word) || WordForms.hasInnerCapital(word)
        || word.codePoints().anyMatch(Character::isDigit) || word.length() < 2) {
      return List.of();
    }
    List<String> swaps = new ArrayList<>();
    for (String t : WordForms.transpositions(word)) {
      if (lexicon.knows(t)) {
        swaps.add(t);
      }
    }
    List<String> drops = new ArrayList<>();
    if (word.length() + 1 >= DROP_MIN) {
      for (String e : WordForms.singleEdits(word)) {
        if (e.length() >= DROP_MIN && (e.length() == word.length() + 1 || doubledLetter(word, e))
            && !swaps.contains(e) && lexicon.knows(e)) {
          drops.add(e);
        }
      }
    }
    Comparator<String> byUse = Comparator.comparingInt(lexicon::frequency).reversed();
    swaps.sort(byUse);
    drops.sort(byUse);
    List<String> out = new ArrayList<>();
    for (List<String> kind : List.of(swaps, drops)) {
      for (String c : kind) {
        if (isStrong(lexicon, word, c)) {
          out.add(c);
        }
      }
    }
    for (List<String> kind : List.of(swaps, drops)) {
      for (String c : kind) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return List.copyOf(out);
  }

  /** True when {@code candidate} is a strong correction of {@code word} (see the class comment). */
  public static boolean isStrong(Lexicon lexicon, String word, String candidate) {
    int f = lexicon.frequency(candidate);
    boolean name = lexicon.knowsOnlyCapitalised(candidate);
    if (WordForms.isTransposition(word, candidate)) {
      return word.length() > SHORT || (name ? f >= WELL_KNOWN : f >= COMMON);
    }
    return name ? candidate.length() >= NAME_MIN && f >= WELL_KNOWN : candidate.length() >= WORD_MIN && f >= COMMON;
  }

  /** True when {@code word} is {@code known} with one of its letters written twice ("Britaain"). */
  private static boolean doubledLetter(String word, String known) {
    if (word.length() != known.length() + 1) {
      return false;
    }
    String w = word.toLowerCase(java.util.Locale.ROOT);
    String k = known.toLowerCase(java.util.Locale.ROOT);
    int i = 0;
    while (i < k.length() && w.charAt(i) == k.charAt(i)) {
      i++;
    }
    return i > 0 && w.charAt(i) == w.charAt(i - 1) && w.substring(i + 1).equals(k.substring(i));
  }
}
