package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.NounPhrase.Number;
import com.copydesk.rules.grammar.Passives;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Tense;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Verbs;
import com.copydesk.rules.grammar.WordForms;
import com.copydesk.rules.grammar.Words;
import com.copydesk.rules.lexicon.Lexicon.After;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A relative pronoun followed by a predicate that needs "be": "which widely admired and has inspired"
 * (which was widely admired), "who born in Devon", "that especially windswept". The number comes from
 * the noun the pronoun refers to.
 */
final class RelativeGaps {
  private RelativeGaps() {}

  private static final Set<String> SINGULAR_QUANTIFIERS = Set.of("each", "one", "either", "neither", "none",
      "much");
  private static final Set<String> PLURAL_QUANTIFIERS = Set.of("all", "many", "some", "most", "several",
      "both", "few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
      "hundreds", "thousands", "millions");

  static List<Gap> find(Tokens t) {
    List<Gap> out = new ArrayList<>();
    for (int w = 1; w + 1 < t.size(); w++) {
      if (!relativePronoun(t, w)) {
        continue;
      }
      int p = Predicates.skipAdverbs(t, w + 1);
      if (!needsBe(t, w, p)) {
        continue;
      }
      double prior = Predicates.participle(t, p) ? PredicateKind.participlePrior(t, p) + 0.3
          : Predicates.gerund(t, p) ? -0.5 : -0.1;
      out.add(Gap.finite(w, w + 1, antecedentNumber(t, w), true, Tense.evidence(t, w + 1, w, p, prior)));
    }
    return out;
  }

  private static boolean relativePronoun(Tokens t, int w) {
    if (t.is(w, "who") || t.is(w, "which")) {
      return !t.tag(w + 1, "DT");
    }
    return t.is(w, "that") && NounPhrase.nominal(t, w - 1) && !t.is(w - 1, "fact");
  }

  private static boolean needsBe(Tokens t, int w, int p) {
    if (!t.valid(p)) {
      return false;
    }
    boolean attributive = NounPhrase.nominal(t, p + 1);
    boolean that = t.is(w, "that");
    if (Predicates.participle(t, p)) {
      Passives.Evidence ev = Passives.evidence(t, p);
      boolean passive = ev != Passives.Evidence.NONE || Predicates.adjectivalParticiple(t, p)
          || !t.is(w, "who") && t.is(p + 1, "to") && t.tag(p + 2, "VB")
          && Verbs.passiveReading(t.verbLemma(p), After.INFINITIVE); // "a ferry that expected to sail"
      return passive && !(that && attributive)
          || Predicates.adjective(t, p) && !t.tag(p, "VBD") && !attributive;
    }
    if (Predicates.gerund(t, p) && !WordForms.mostlyNoun(t, p) && !(t.lexStarts(p, "NN") && !WordForms.seen(t, p))) {
      return !that;
    }
    if (Predicates.adjective(t, p)) {
      return !attributive || t.is(p, "worth");
    }
    if (Predicates.homographAdjective(t, p) && antecedentNumber(t, w) == Number.SINGULAR && !t.tag(p, "VBZ")
        && !t.tag(p, "VBD") && !attributive) {
      return true; // "which close to finishing": with a singular antecedent a verb would need -s
    }
    if ((!that || p > w + 1) && t.isAny(p, Words.PREDICATE_PREPOSITIONS) && t.tag(p, "IN")) {
      return true;
    }
    if (Predicates.homographAdjective(t, p) && t.is(p + 1, "to") && !t.tag(p + 2, "VB")) {
      return true; // "which not liable to the levy", "which near to"
    }
    return !that && t.tag(p, "CD") && t.is(p + 1, "of");
  }

  private static Number antecedentNumber(Tokens t, int w) {
    int b = w - 1;
    if (t.is(b, ",")) {
      b--;
    }
    if (t.is(b, "of")) {
      if (t.isAny(b - 1, SINGULAR_QUANTIFIERS)) {
        return Number.SINGULAR;
      }
      if (t.isAny(b - 1, PLURAL_QUANTIFIERS)) {
        return Number.PLURAL;
      }
      b--;
    }
    boolean nonRestrictive = t.is(w - 1, ",");
    NounPhrase np = nonRestrictive || timePhraseEndingAt(t, b) ? NounPhrase.endingAt(t, b)
        : NounPhrase.nearestEndingAt(t, b);
    return np == null ? Number.SINGULAR : np.number();
  }

  /** "repairs on Sunday which ...": the relative refers past a time phrase. */
  private static boolean timePhraseEndingAt(Tokens t, int b) {
    return Tense.isDateWord(t, b) || t.word(b).matches("(19|20)\\d\\d");
  }
}
