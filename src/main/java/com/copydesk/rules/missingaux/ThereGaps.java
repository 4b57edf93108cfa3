package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.Clauses;
import com.copydesk.rules.grammar.FiniteVerbs;
import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.NounPhrase.Number;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Tense;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Words;
import com.copydesk.rules.grammar.Verbs;
import com.copydesk.rules.lexicon.Lexicon.After;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Existential "there" followed straight by a noun phrase: "There also puddles on ..." needs "were"/"are",
 * with the number of the noun phrase ("there are a lot of geese", "there was plenty of hay").
 */
final class ThereGaps {
  private ThereGaps() {}

  private static final Set<String> LOCATIVE = Set.of("here", "over", "out", "up", "down", "back", "in", "right",
      "just", "still", "and", "from", "get", "got", "go", "went", "be");
  private static final Set<String> NOT_AFTER_THERE = Set.of("the", "this", "that", "these", "those", "it",
      "he", "she", "they", "we", "i", "you", "to", "and", "or", "but");

  static List<Gap> find(Tokens t) {
    List<Gap> out = new ArrayList<>();
    for (int r = 0; r + 1 < t.size(); r++) {
      if (!t.is(r, "there") || !existential(t, r)) {
        continue;
      }
      int p = Predicates.skipAdverbs(t, r + 1);
      if (!t.valid(p) || t.isAny(p, NOT_AFTER_THERE) && !(t.is(p, "the") && p > r + 1)
          || t.punctuation(p) || t.is(p, "been")) {
        continue;
      }
      // a verb may follow "there" ("there seems"); a noun LanguageTool also reads as a verb starts the noun
      // phrase ("there plans drawn up for ...")
      boolean nounAfterAll = t.lexStarts(p, "NN") && !(t.hasVerbLemma(p, ThereGaps::canFollowThere)
          && startsNounPhrase(t, p + 1));
      if (FiniteVerbs.finiteVerb(t, p) && !NounPhrase.nominal(t, p) && !nounAfterAll) {
        continue;
      }
      Number number;
      if (t.lex(p, "VBG") && NounPhrase.nominal(t, p + 1)) {
        NounPhrase np = NounPhrase.startingAt(t, p + 1); // "there growing doubts that ..."
        if (np == null) {
          continue;
        }
        number = np.number();
      } else if (Predicates.gerund(t, p) && !t.lexStarts(p, "NN")) {
        number = Number.SINGULAR; // "there never going to be a rematch"
      } else {
        NounPhrase np = NounPhrase.startingAt(t, p);
        if (np == null || Predicates.verbBase(t, p) && !t.lexStarts(p, "NN") && !t.lexStarts(p, "JJ")) {
          continue;
        }
        number = np.number();
        int after = t.lex(np.end() + 1, "VBN") ? np.end() + 2 : np.end() + 1; // "there no bread left for ..."
        if (FiniteVerbs.hasOwnVerbAfter(t, after)) {
          continue; // "there the path ends": "there" is an adverb of place
        }
      }
      out.add(Gap.finite(r, r + 1, number, true, Tense.evidence(t, r + 1, r, p, -0.3)));
    }
    return out;
  }

  /**
   * A verb that can follow existential "there": one the treebanks show there ("there seems to be"), a linking
   * verb, or any verb often used without an object ("there remain doubts", "there followed a pause").
   */
  private static boolean canFollowThere(String lemma) {
    return lemma.equals("be") || lemma.equals("have") || Verbs.existential(lemma) || Verbs.linking(lemma)
        || Verbs.activeReading(lemma, After.NOTHING);
  }

  /** A noun phrase starts here: the logical subject after an existential verb ("there remain two puzzles"). */
  private static boolean startsNounPhrase(Tokens t, int i) {
    return t.tag(i, "DT") || t.tag(i, "PRP$") || t.tag(i, "CD") || t.tagStarts(i, "JJ") || NounPhrase.nominal(t, i);
  }

  /**
   * Existential, not locative: at the start of a clause, or after a word that cannot take "there" as a
   * place ("below the pier there ...", "until dusk there ..."); not after a verb ("sailed there"), a
   * preposition ("from there") or a locative adverb ("over there").
   */
  private static boolean existential(Tokens t, int r) {
    if (t.is(r + 1, ",")) {
      return false;
    }
    if (Clauses.subjectPosition(t, r)) {
      return true;
    }
    int b = r - 1;
    return t.valid(b) && !t.tagStarts(b, "VB") && !t.isAny(b, Words.PREPOSITIONS) && !t.isAny(b, LOCATIVE)
        && !t.isAny(b, Words.BE) && !t.isAny(b, Words.MODALS) && (NounPhrase.nominal(t, b) || t.tagStarts(b, "RB"));
  }
}
