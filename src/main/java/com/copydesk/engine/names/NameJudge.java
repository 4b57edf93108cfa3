package com.copydesk.engine.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a capitalised word the dictionary does not know may be corrected to. A copy editor's
 * drafts are full of names no dictionary has, and the dictionary's nearest words ("Blunkett" →
 * "Blanket", "Yiyanwang" → "Yuja Wang") make correct copy wrong; so such a word is taken for a name
 * unless it is a slip of the finger in a word the dictionary knows:
 *
 * <ul>
 *   <li>two neighbouring letters swapped ("Wendesday" → "Wednesday", "Teh" → "The") — the commonest
 *       slip, and one that rarely turns one real name into another; in words of five letters or
 *       fewer, where names collide with words by chance ("Jenas" / "Jeans"), only into a common word
 *       or a well-known name;
 *   <li>a letter dropped from, or doubled in, a well-known name of seven letters or more ("Brtain" →
 *       "Britain") or a common word of eight or more ("Advertisment") — changed or added letters turn
 *       names into other names too often ("Cech" → "Czech", "Juve" → "June") to offer, and so do
 *       dropped letters in shorter words ("Haden" → "Hayden", "Geneti" → "Genetic").
 * </ul>
 *
 * Anything else is a name: no suggestion, listed for the copy editor to verify. Words in capitals,
 * with a capital inside ("DiCaprio") or with digits are names or codes. Not thread-safe (it remembers
 * its verdicts); each checker owns one.
 */
public final class NameJudge {
  /** Rated this common or more, a word is a likely target for a slip ("The", "City", "Advertisement"). */
  static final int COMMON = 11;
  /** Rated this common or more, a name the dictionary knows is a likely target for a slip ("Britain", "Wednesday"). */
  static final int WELL_KNOWN = 9;
  private static final int SHORT = 5;
  private static final int NAME_MIN = 7;
  private static final int WORD_MIN = 8;
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

  /** The corrections worth one click for {@code word}, best first; empty when it is taken for a name. */
  public List<String> corrections(String word) {
    return verdicts.computeIfAbsent(word, this::judge);
  }

  private List<String> judge(String word) {
    if (WordForms.isAllCaps(word) || WordForms.hasInnerCapital(word)
        || word.codePoints().anyMatch(Character::isDigit) || word.length() < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String t : WordForms.transpositions(word)) {
      if (lexicon.knows(t) && swapTarget(word, t)) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparingInt(lexicon::frequency).reversed());
    List<String> dropped = new ArrayList<>();
    for (String e : WordForms.singleEdits(word)) {
      if (e.length() >= NAME_MIN && (e.length() == word.length() + 1 || doubledLetter(word, e))
          && !out.contains(e) && dropTarget(e)) {
        dropped.add(e);
      }
    }
    dropped.sort(Comparator.comparingInt(lexicon::frequency).reversed());
    out.addAll(dropped);
    return List.copyOf(out);
  }

  private boolean swapTarget(String word, String candidate) {
    if (word.length() > SHORT) {
      return true;
    }
    int f = lexicon.frequency(candidate);
    return lexicon.knowsOnlyCapitalised(candidate) ? f >= WELL_KNOWN : f >= COMMON;
  }

  private boolean dropTarget(String candidate) {
    if (!lexicon.knows(candidate)) {
      return false;
    }
    int f = lexicon.frequency(candidate);
    return lexicon.knowsOnlyCapitalised(candidate) ? f >= WELL_KNOWN
        : candidate.length() >= WORD_MIN && f >= COMMON;
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
