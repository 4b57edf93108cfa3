package com.copydesk.engine.names;

import com.copydesk.core.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A word a draft uses again and again is its vocabulary, not a typo: the whole-draft step that turns
 * the speller's cards on such words into names to verify. But a misspelling of a common word is still
 * a misspelling, however often it is repeated:
 *
 * <ul>
 *   <li>a capitalised word used twice or more keeps its correction when the correction is a word the
 *       draft itself uses or one the dictionary rates common ("Teh" for "The", "Comittee");
 *   <li>a word in small letters used three times or more keeps it when it has a vowel and the correction
 *       undoes a slip — two letters swapped ("recieve"), a letter dropped ("comittee") or doubled, one
 *       vowel for another ("seperate"). Abbreviations a draft repeats ("mln", "dlrs", "bpd", "stg")
 *       have no vowel or are no slip of a word, and become vocabulary.
 * </ul>
 */
public final class UnfamiliarNames {
  /** Rule id of the names to verify while they travel with the issues; never shown as an issue. */
  public static final String RULE_ID = "UNFAMILIAR_NAME";
  public static final String MESSAGE = "The dictionary does not know this name: verify its spelling.";
  public static final String SHORT_MESSAGE = "Name to verify";
  /** Rated this common or more, a correction is kept however often the draft repeats the slip. */
  static final int COMMON = NameJudge.WELL_KNOWN;
  static final int NAME_USES = 2;
  static final int VOCABULARY_USES = 3;

  private UnfamiliarNames() {}

  /** {@code issues} with the speller's cards on the draft's own vocabulary made into names to verify. */
  public static List<Issue> apply(String text, List<Issue> issues, Lexicon lexicon, Predicate<String> isSpellerRule) {
    WordCounts counts = null;
    List<Issue> out = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      if (!isSpellerRule.test(issue.ruleId())) {
        out.add(issue);
        continue;
      }
      if (counts == null) {
        counts = WordCounts.of(text);
      }
      out.add(isVocabulary(issue, counts, lexicon) ? asName(issue) : issue);
    }
    return out;
  }

  private static boolean isVocabulary(Issue issue, WordCounts counts, Lexicon lexicon) {
    String word = issue.coveredText();
    int uses = counts.count(word);
    String fix = issue.firstReplacement().orElse(null);
    if (word.isEmpty()) {
      return false;
    }
    if (Character.isUpperCase(word.codePointAt(0))) {
      return uses >= NAME_USES
          && (fix == null || counts.count(fix) == 0 && lexicon.frequency(fix) < COMMON);
    }
    return uses >= VOCABULARY_USES && (fix == null || !WordForms.hasVowel(word) || !WordForms.isSlip(word, fix));
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
