package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.Clauses;
import com.copydesk.rules.grammar.FiniteVerbs;
import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.NounPhrase.Number;
import com.copydesk.rules.grammar.Passives;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Pronouns;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Verbs;
import com.copydesk.rules.grammar.WordForms;
import com.copydesk.rules.grammar.Words;
import com.copydesk.rules.lexicon.Lexicon.After;
import java.util.Set;

/** The kind of predicate that follows a subject and needs a form of "be" before it (each has its own rule). */
enum PredicateKind {
  LIKELY, PROGRESSIVE, PASSIVE_BY, PASSIVE, ADJECTIVE;

  /** Subordinators that cannot be prepositions, so a noun phrase after them starts a clause. */
  private static final Set<String> CONTRAST_OPENERS = Set.of("while", "whilst", "whereas", "although",
      "though", "because");

  boolean passive() {
    return this == PASSIVE || this == PASSIVE_BY;
  }

  /**
   * How much this predicate leans to the past (positive) or the present (negative) when the sentence gives
   * few clues: passives of events ("was painted") lean past, passives of states ("is situated") and
   * progressives ("is waiting") lean present.
   */
  double tensePrior(Tokens t, int p) {
    return switch (this) {
      case LIKELY -> -0.4;
      case PROGRESSIVE -> -0.5;
      case ADJECTIVE -> Predicates.participle(t, p) ? participlePrior(t, p) : t.lex(p, "VBG") ? -0.5 : -0.1;
      case PASSIVE, PASSIVE_BY -> participlePrior(t, p);
    };
  }

  /** How much a passive leans to the past when nothing is known of its verb: passives mostly report events. */
  static final double EVENT_PRIOR = 0.5;
  /** The treebanks' overall share of present-tense passives (see the header of lexicon/verbs.tsv). */
  static final double TREEBANK_PRESENT_SHARE = 0.54;
  /** How fast a verb whose passives are more often present than that leans to the present. */
  static final double STATE_WEIGHT = 4;

  /**
   * Event passives lean past ("was painted"); passives of verbs the treebanks use in the present more often
   * than the average passive describe states and lean present ("is situated", "is expected").
   */
  static double participlePrior(Tokens t, int p) {
    double present = Verbs.presentShareOfPassives(t.verbLemma(p));
    return Double.isNaN(present) ? EVENT_PRIOR
        : Math.max(-EVENT_PRIOR, EVENT_PRIOR - STATE_WEIGHT * Math.max(0, present - TREEBANK_PRESENT_SHARE));
  }

  /** The part-of-speech family of the predicate, to compare with an earlier clause ("JJ", "VBG", "VBN"). */
  String predicateTag() {
    return this == PROGRESSIVE ? "VBG" : this == ADJECTIVE || this == LIKELY ? "JJ" : "VBN";
  }

  /** What kind of predicate word {@code p} starts after this subject, or null if it needs no "be". */
  static PredicateKind classify(Tokens t, NounPhrase subject, int p) {
    if (!t.valid(p) || t.capitalised(p) && p > 0 && !t.isAny(p - 1, Words.QUOTES)) {
      return null; // names and titles: "The Kettle Boiled", "Moth Interactive"
    }
    int a = subject.end() + 1;
    if (t.is(a, "as") && t.is(a + 1, "well") && t.is(a + 2, "as")) {
      return null; // "folk songs as well as hymns": a conjunction, not a predicate
    }
    boolean pronoun = subject.isPronoun(t);
    if (negatedWithoutAuxiliary(t, subject, p)) {
      // "the ferry not expected to", "the baker not happy": "not" needs an auxiliary before it
      if (Predicates.participle(t, p)) {
        return Passives.evidence(t, p) == Passives.Evidence.BY_AGENT ? PASSIVE_BY : PASSIVE;
      }
      if (Predicates.gerund(t, p)) {
        return PROGRESSIVE;
      }
    }
    if ((t.is(p, "likely") || t.is(p, "unlikely")) && (t.is(p + 1, "to") || t.punctuation(p + 1) || !t.valid(p + 1)
        || t.isAny(p + 1, Set.of("that", "because", "as", "if", "since", "given"))
        || t.is(subject.start(), "it") && (Pronouns.isNominative(t, p + 1) || NounPhrase.nominal(t, p + 1)))) {
      return LIKELY; // "the orchard likely to", "more storms likely because", "it unlikely she would"
    }
    if (Predicates.strictDegreeBefore(t, p) && (Predicates.adjective(t, p) || Predicates.participle(t, p))) {
      return ADJECTIVE; // "so muddy", "more cheerful"
    }
    if (t.is(p + 1, "to") && WordForms.infinitiveAfter(t, p) <= 0.1) {
      return null; // "prior to", "next to": an adjective that makes a preposition with "to"
    }
    if (t.is(p, "being") && Predicates.participle(t, p + 1)) {
      return PROGRESSIVE; // "lanes being blocked by"
    }
    if (Predicates.gerund(t, p)) {
      return Predicates.ingAdjective(t, p) ? ADJECTIVE : PROGRESSIVE;
    }
    if (Predicates.adjectivalParticiple(t, p)) {
      return PASSIVE; // "we thrilled that", "she obliged to"
    }
    if (Predicates.participle(t, p)) {
      return participle(t, subject, p, pronoun);
    }
    if (Predicates.adjective(t, p)) {
      return ADJECTIVE;
    }
    if (pronoun && t.isAny(p, Set.of("better", "worse")) && (t.punctuation(p + 1) || t.isAny(p + 1,
        Set.of("but", "and", "than", "now", "off")))) {
      return ADJECTIVE; // "after the break we better but ..."
    }
    if (Predicates.homographAdjective(t, p) && thirdPersonSingular(t, subject) && !t.tag(p, "VBZ")
        && !t.tag(p, "VBD") && (!NounPhrase.nominal(t, p + 1) || t.tag(p + 1, "CD"))) {
      return ADJECTIVE; // "the gate open to", "the tide lower than": a verb would need -s
    }
    boolean adverbBetween = p > subject.end() + 1 && Predicates.skipAdverbs(t, subject.end() + 1) == p;
    boolean strongPronoun = pronoun && (Pronouns.isNominative(t, subject.start()) || t.is(subject.start(), "it"));
    if (t.isAny(p, Words.PREDICATE_PREPOSITIONS) && t.tag(p, "IN") && verbElsewhere(t, subject.start(), p)
        && (strongPronoun || !pronoun && (adverbBetween || firmSubjectPosition(t, subject)))) {
      // "she said he in the garden", "the tide turned while the ferry below the pier"; a noun and a prepositional
      // phrase with no verb in the sentence is a caption or a list entry ("Deckchairs on the lawn.")
      return ADJECTIVE;
    }
    if ((t.tag(p, "DT") || t.tag(p, "CD") || t.tag(p, "PRP$")) && !t.is(p, "that") && !t.is(p, "all")
        && (strongPronoun && !t.is(subject.start() - 1, "that") || !pronoun && adverbBetween)) {
      return ADJECTIVE; // "she was only the second", "the storm was just the latest setback"
    }
    return null;
  }

  /** A finite verb somewhere in the sentence outside tokens from..to. */
  private static boolean verbElsewhere(Tokens t, int from, int to) {
    for (int k = 0; k < t.size(); k++) {
      if ((k < from || k > to) && FiniteVerbs.finiteVerb(t, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedWithoutAuxiliary(Tokens t, NounPhrase subject, int p) {
    for (int k = subject.end() + 1; k < p; k++) {
      if (t.is(k, "not") && !t.isAny(k + 1, Set.of("only", "least", "long", "just", "even", "quite"))) {
        return true;
      }
    }
    return false;
  }

  private static PredicateKind participle(Tokens t, NounPhrase subject, int p, boolean pronoun) {
    Passives.Evidence ev = Passives.evidence(t, p);
    if (ev == Passives.Evidence.BY_AGENT) {
      return PASSIVE_BY;
    }
    if ((ev == Passives.Evidence.NO_OBJECT || ev == Passives.Evidence.PASSIVE) && !Predicates.participleOnly(t, p)
        && objectGapClause(t, subject, pronoun)) {
      return null; // "the van she bought last year", "as we guessed": the object is elsewhere
    }
    boolean personal = pronoun && Pronouns.isNominative(t, subject.start());
    if (personal && (ev == Passives.Evidence.NO_OBJECT && !(Verbs.passiveShare(t.verbLemma(p), After.NOTHING) >= 0.9)
        || ev == Passives.Evidence.PASSIVE && Passives.phrasal(t, p))) {
      return null; // "they tidied up", "she waved to": a person is mostly the doer
    }
    if (properName(t, subject) && (ev == Passives.Evidence.NO_OBJECT
        || ev == Passives.Evidence.PASSIVE && Passives.phrasal(t, p))) {
      return null; // "Okafor saved easily", "Lindqvist held on": a named player or team is the doer
    }
    boolean attribution = t.isAny(subject.start() - 1, Words.QUOTES) || t.is(subject.start() - 1, ",");
    if (ev == Passives.Evidence.PASSIVE
        || ev == Passives.Evidence.NO_OBJECT && !(attribution && Verbs.reporting(t.verbLemma(p)))) {
      return PASSIVE;
    }
    return Predicates.adjective(t, p) && !t.tag(p, "VBD") ? ADJECTIVE : null;
  }

  /**
   * A bare proper name as subject ("Okafor saved", "Lindqvist held on"): like a personal pronoun, a named
   * person or team is mostly the doer, so only a verb the data nearly always uses as a passive counts.
   */
  static boolean properName(Tokens t, NounPhrase subject) {
    for (int k = subject.start(); k <= subject.head(); k++) {
      if (!t.capitalised(k) || !(t.tagStarts(k, "NNP") || t.unknown(k)) || t.tag(k, "NNPS")
          || t.lexStarts(k, "NN") && !t.lexStarts(k, "NNP") || t.lexStarts(k, "JJ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The subject opens a clause whose object is not written after its verb: a relative clause (with "that",
   * "which" or "whom" after a noun, or none: "the van she bought"), or a comparison ("as we guessed", "than
   * they feared"). A past form with no object there is active.
   */
  static boolean objectGapClause(Tokens t, NounPhrase subject, boolean pronoun) {
    int b = subject.start() - 1;
    if (t.isAny(b, Set.of("as", "than"))) {
      return true;
    }
    if (t.isAny(b, Set.of("that", "which", "whom")) && NounPhrase.nominal(t, b - 1)) {
      return true;
    }
    return pronoun && NounPhrase.nominal(t, b) && !introductoryPhraseBefore(t, subject.start());
  }

  /**
   * At the start of a sentence or quotation, or after a conjunction that only introduces clauses ("while",
   * "that" after a verb of saying), so a noun phrase plus a prepositional phrase there is a clause.
   */
  private static boolean firmSubjectPosition(Tokens t, NounPhrase subject) {
    int b = subject.start() - 1;
    if (t.lex(subject.head(), "VBG") || t.lexStarts(subject.head(), "RB")) {
      return false; // "Speaking on local radio, ...", "said quietly at ..."
    }
    if (t.isAny(b, CONTRAST_OPENERS)) {
      return true;
    }
    boolean saying = Clauses.reportingVerb(t, b) && t.hasVerbLemma(b, Verbs::clauseNotObject)
        || t.is(b, "that") && Clauses.reportingVerb(t, b - 1);
    boolean quoteOpens = t.isAny(b, Words.QUOTES) && (b == 0 || t.isAny(b - 1, Set.of(":", ",")));
    return (b < 0 || quoteOpens || saying) && !FiniteVerbs.anyVerbAfter(t, subject.end() + 1);
  }

  /** "In the early rounds she ...": the noun before the pronoun closes a phrase that opens the clause. */
  private static boolean introductoryPhraseBefore(Tokens t, int pronoun) {
    NounPhrase before = NounPhrase.endingAt(t, pronoun - 1);
    if (before == null || !t.isAny(before.start() - 1, Words.PREPOSITIONS)) {
      return false;
    }
    int prep = before.start() - 1;
    return prep == 0 || t.is(prep - 1, ",") || t.isAny(prep - 1, Words.COORDINATORS) || t.isAny(prep - 1, Words.QUOTES);
  }

  static boolean thirdPersonSingular(Tokens t, NounPhrase subject) {
    return subject.number() == Number.SINGULAR && !t.isAny(subject.start(), Set.of("i", "you", "we", "they"));
  }
}
