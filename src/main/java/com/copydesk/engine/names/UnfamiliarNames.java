package com.copydesk.engine.names;

import com.copydesk.core.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The whole-draft half of telling names from typos. A word a draft uses again and again is its
 * vocabulary, not a typo, and a weak slip correction ({@link NameJudge}) needs the draft's support;
 * the speller's cards on such words become names to verify. But a misspelling of a common word is
 * still a misspelling, however often it is repeated:
 *
 * <ul>
 *   <li>a capitalised word keeps a weak correction only when the draft uses the corrected word (in any
 *       case) — for a
 *       swap anywhere ("Msith" in a story about Smith), for a dropped or doubled letter nearby (within
 *       {@value NameSpellings#NEAR} characters); and used twice or more, it keeps even a strong one
 *       only when the draft uses the corrected word or the dictionary rates it common ("Teh" for
 *       "The", "Notrh" for "North") — a rarer one is more likely the draft's own name;
 *   <li>a word in small letters used three times or more keeps its correction when it has a vowel
 *       and the correction undoes a slip — two letters swapped ("recieve"), a letter dropped
 *       ("comittee") or doubled, one vowel for another ("seperate"). Abbreviations a draft repeats
 *       ("mln", "dlrs", "bpd", "stg") have no vowel or are no slip of a word, and become vocabulary.
 * </ul>
 */
public final class UnfamiliarNames {
  /** Rule id of the names to verify while they travel with the issues; never shown as an issue. */
  public static final String RULE_ID = "UNFAMILIAR_NAME";
  public static final String MESSAGE = "The dictionary does not know this name: verify its spelling.";
  public static final String SHORT_MESSAGE = "Name to verify";
  /** Rated this common or more, a correction is kept however often the draft repeats the slip. */
  static final int COMMON = 11;
  static final int NAME_USES = 2;
  static final int VOCABULARY_USES = 3;

  private UnfamiliarNames() {}

  /** {@code issues} with the speller's cards on the draft's own names and vocabulary made names to verify. */
  public static List<Issue> apply(String text, List<Issue> issues, Lexicon lexicon, Predicate<String> isSpellerRule) {
    WordCounts counts = null;
    List<Issue> out = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      String word = issue.coveredText();
      if (!isSpellerRule.test(issue.ruleId()) || word.isEmpty()) {
        out.add(issue);
        continue;
      }
      if (counts == null) {
        counts = WordCounts.of(text);
      }
      out.add(Character.isUpperCase(word.codePointAt(0)) && word.codePoints().noneMatch(Character::isWhitespace)
          ? capitalised(text, issue, counts, lexicon) : inSmallLetters(issue, counts));
    }
    return out;
  }

  private static Issue capitalised(String text, Issue issue, WordCounts counts, Lexicon lexicon) {
    String word = issue.coveredText();
    List<String> fixes = issue.replacements();
    if (fixes.isEmpty()) {
      return asName(issue);
    }
    String first = fixes.get(0);
    if (NameJudge.isStrong(lexicon, word, first)) {
      boolean doubtful = counts.count(word) >= NAME_USES && counts.count(first) == 0 && lexicon.frequency(first) < COMMON;
      return doubtful ? asName(issue) : issue;
    }
    for (String fix : word.length() < NameSpellings.MIN_LENGTH ? List.<String>of() : fixes) {
      if (counts.countAnyCase(fix) > 0 && (WordForms.isTransposition(word, fix) || usedNear(text, fix, issue.start()))) {
        List<String> reordered = new ArrayList<>(fixes);
        reordered.remove(fix);
        reordered.add(0, fix);
        return new Issue(issue.span(), issue.ruleId(), issue.category(), issue.message(), issue.shortMessage(),
            reordered, word, issue.context());
      }
    }
    return asName(issue);
  }

  /** True when the draft uses {@code word} (as a whole word) within {@value NameSpellings#NEAR} characters of {@code at}. */
  static boolean usedNear(String text, String word, int at) {
    int from = Math.max(0, at - NameSpellings.NEAR);
    int to = Math.min(text.length(), at + NameSpellings.NEAR);
    for (int i = from; i + word.length() <= to; i++) {
      int end = i + word.length();
      if (text.regionMatches(true, i, word, 0, word.length())
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static Issue inSmallLetters(Issue issue, WordCounts counts) {
    String word = issue.coveredText();
    String fix = issue.firstReplacement().orElse(null);
    boolean vocabulary = counts.count(word) >= VOCABULARY_USES
        && (fix == null || !WordForms.hasVowel(word) || !WordForms.isSlip(word, fix));
    return vocabulary ? asName(issue) : issue;
  }

  /** The same spot as a name to verify: no suggestion. */
  public static Issue asName(Issue issue) {
    return new Issue(issue.span(), RULE_ID, issue.category(), MESSAGE, SHORT_MESSAGE, List.of(),
        issue.coveredText(), issue.context());
  }

  public static boolean isName(Issue issue) {
    return RULE_ID.equals(issue.ruleId());
  }
}
