package com.copydesk.engine.names;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A name spelt two ways in one draft ("Pellow" three times, "Pelow" once): the spelling the
 * dictionary does not know, used less, is flagged with the draft's own spelling as the first
 * suggestion — whether or not the dictionary knows either. Two different people can have names a
 * letter apart ("Gary", "Gara"; "Craig", "Cragg"), so the other spelling must
 *
 * <ul>
 *   <li>be a name itself, or else this spelling must be a typing slip of it (letters swapped, dropped
 *       or doubled, one vowel for another: "Stte" for "State", but "Scholl" is not "School", and "Wes"
 *       is too short to tell from "West");
 *   <li>be a slip or two away (one for names under eight letters), and four letters or more;
 *   <li>be clearly the draft's usual spelling: used at least twice where this one is used once, or
 *       three times as often;
 *   <li>stand near this use (within {@value #NEAR} characters), unless this spelling is a typing slip
 *       of it (letters swapped, dropped or doubled) used once against three or more.
 * </ul>
 *
 * A word the speller already corrects as a slip of a known word keeps that correction, unless the
 * draft's spelling is among its suggestions or is itself undone by a slip (then it goes first).
 */
public final class NameSpellings {
  public static final String RULE_ID = "CONSISTENT_NAME";
  static final int NEAR = 2000;
  /**
   * The draft's spelling has four letters or more; this one may have a letter less ("Jly" for "July"),
   * but must have four when the draft's spelling is a common word's ("Wes" is not a slip of "West").
   */
  static final int MIN_LENGTH = 4;

  private NameSpellings() {}

  /** {@code issues} with each less used spelling of a name the draft uses made a consistency issue. */
  public static List<Issue> apply(String text, List<Issue> issues, Lexicon lexicon, Predicate<String> isSpellerRule) {
    Drafts d = null;
    List<Issue> out = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      String word = issue.coveredText();
      boolean unknown = isSpellerRule.test(issue.ruleId()) || UnfamiliarNames.isName(issue);
      if (!unknown || !WordForms.isCapitalised(word) || word.length() < MIN_LENGTH - 1) {
        out.add(issue);
        continue;
      }
      if (d == null) {
        d = new Drafts(text, lexicon);
      }
      Optional<String> spelling = d.usualSpelling(word, issue.start());
      if (spelling.isPresent() && (issue.replacements().isEmpty() || issue.replacements().contains(spelling.get())
          || WordForms.isSlip(word, spelling.get()))) {
        out.add(consistent(issue, spelling.get(), d.counts.count(spelling.get())));
      } else {
        out.add(issue);
      }
    }
    return out;
  }

  /** The draft's words, with where each name-like one stands. */
  private static final class Drafts {
    private final Lexicon lexicon;
    private final WordCounts counts;
    /** The draft's capitalised words used twice or more, by what is left of them with a letter or two taken out. */
    private final Map<String, List<String>> byDeletions = new HashMap<>();

    Drafts(String text, Lexicon lexicon) {
      this.lexicon = lexicon;
      this.counts = WordCounts.of(text);
      for (String w : counts.words()) {
        if (counts.count(w) >= 2 && w.length() >= MIN_LENGTH && WordForms.isCapitalised(w)) {
          for (String key : deletions(w)) {
            byDeletions.computeIfAbsent(key, k -> new ArrayList<>(2)).add(w);
          }
        }
      }
    }

    /**
     * The word in small letters and every form of it with one letter taken out (two for words of seven
     * letters or more): two spellings a slip or two apart share one of these, so only those are compared.
     */
    private static java.util.Set<String> deletions(String word) {
      String w = word.toLowerCase(java.util.Locale.ROOT);
      java.util.Set<String> out = new java.util.HashSet<>();
      out.add(w);
      for (int i = 0; i < w.length(); i++) {
        String one = w.substring(0, i) + w.substring(i + 1);
        out.add(one);
        if (w.length() >= 7) {
          for (int j = i; j < one.length(); j++) {
            out.add(one.substring(0, j) + one.substring(j + 1));
          }
        }
      }
      return out;
    }

    Optional<String> usualSpelling(String word, int at) {
      int uses = counts.count(word);
      String best = null;
      int bestUses = 0;
      java.util.Set<String> candidates = new java.util.LinkedHashSet<>();
      for (String key : deletions(word)) {
        candidates.addAll(byDeletions.getOrDefault(key, List.of()));
      }
      for (String other : candidates) {
        int n = counts.count(other);
        if (n > bestUses && !other.equals(word) && clearlyUsual(n, uses)
            && WordForms.distance(word, other, 2) <= WordForms.slipsAllowed(other)
            && (isName(other) || word.length() >= MIN_LENGTH && WordForms.isSlip(word, other))
            && (near(other, at) || uses == 1 && n >= 3 && WordForms.isSlip(word, other))) {
          best = other;
          bestUses = n;
        }
      }
      return Optional.ofNullable(best);
    }

    private static boolean clearlyUsual(int usual, int uses) {
      return uses == 1 ? usual >= 2 : usual >= 3 * uses;
    }

    private boolean isName(String w) {
      return !lexicon.knows(w) || lexicon.knowsOnlyCapitalised(w);
    }

    private boolean near(String other, int at) {
      java.util.NavigableSet<Integer> where = counts.placesOf(other);
      Integer before = where.floor(at);
      Integer after = where.ceiling(at);
      return before != null && at - before <= NEAR || after != null && after - at <= NEAR;
    }
  }

  private static Issue consistent(Issue issue, String spelling, int uses) {
    List<String> replacements = new ArrayList<>();
    replacements.add(spelling);
    for (String r : issue.replacements()) {
      if (!replacements.contains(r)) {
        replacements.add(r);
      }
    }
    String message = "This draft writes “" + spelling + "” " + times(uses) + "; here it is “" + issue.coveredText() + "”.";
    return new Issue(issue.span(), RULE_ID, Category.CONSISTENCY, message, "Spelt two ways", replacements,
        issue.coveredText(), issue.context());
  }

  static String times(int n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }
}
