package com.copydesk.rules.grammar;

import com.copydesk.rules.lexicon.Lexicon.After;
import java.util.Set;

/**
 * Finite verbs: which words are tensed verbs (LanguageTool's tags leave many noun/verb and participle/past
 * homographs open), and whether a later finite verb belongs to a given subject, so that the words between
 * are a reduced relative clause ("the keeper questioned on Friday returned to work") rather than a clause missing its verb.
 */
public final class FiniteVerbs {
  private FiniteVerbs() {}

  /** Conjunctions that only introduce clauses (not also prepositions). */
  private static final Set<String> CLAUSE_SUBORDINATORS = Set.of("when", "because", "although", "though", "if",
      "unless", "whereas", "while", "whilst", "whenever");
  static final Set<String> FINITE_AUX = Set.of("is", "are", "was", "were", "am", "'re", "'m", "has",
      "have", "had", "does", "do", "did", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
      "hadn't", "doesn't", "don't", "didn't", "'ve");
  /** Deictic adverbs of time, which can close a noun phrase of time ("a fortnight ago"). */
  private static final Set<String> TIME_ADVERBS = Set.of("yesterday", "today", "tonight", "ago", "earlier",
      "later");

  /** A finite verb: modal, tensed auxiliary, or a tensed lexical verb in a verb chunk. */
  public static boolean finiteVerb(Tokens t, int i) {
    if (!t.valid(i) || t.is(i - 1, "to")) {
      return false;
    }
    if ((t.isAny(i - 1, Words.PREPOSITIONS) || t.tag(i - 1, "DT") && !t.lexStarts(i - 1, "NN") || t.tag(i - 1, "PRP$"))
        && !t.isAny(i - 1, Set.of("that", "after", "before", "since", "until", "as", "like"))
        && !t.isAny(i, Words.MODALS) && !t.isAny(i, FINITE_AUX)) {
      return false; // "with renewed vigour", "the quoted fare": an attributive participle
    }
    boolean attributiveSpot = t.tag(i - 1, "CD") || t.tag(i - 1, "POS") || t.is(i - 1, "'s")
        || t.tagStarts(i - 1, "JJ") && !Predicates.verbBase(t, i - 1) && !t.tagStarts(i - 1, "NN")
        && !t.capitalised(i - 1);
    boolean auxiliary = t.isAny(i, Words.MODALS) || t.isAny(i, FINITE_AUX);
    if (t.lexStarts(i, "NN") && attributiveSpot && !auxiliary || t.lex(i, "VBN") && attributiveSpot && NounPhrase.nominal(t, i + 1)
        || Predicates.strictDegreeBefore(t, i) || t.is(i - 1, "very")) {
      return false; // "40 thousand tickets", "early and late shifts", "very tired"
    }
    if (t.lex(i, "VBN") && t.lex(i, "VBD") && t.is(i + 1, "by") && !t.tag(i + 2, "CD")) {
      return false; // "chased by the dogs": a participle with its agent
    }
    if (t.lex(i, "VBN") && t.lex(i, "VBD") && (t.lex(i - 1, "VBG") || t.isAny(i - 1, Set.of("get", "got", "gets",
        "getting", "become", "became", "becoming", "seem", "seemed", "seems", "look", "looked", "looks", "feel", "felt",
        "feels", "remain", "remained", "remains", "stay", "stayed")))) {
      return false; // "seemed bored", "got lost": a participle after another verb
    }
    if (t.isAny(i, Words.MODALS) && t.tag(i, "MD") || t.isAny(i, FINITE_AUX)) {
      return !(t.isAny(i, Words.HAVE) && t.isAny(i - 1, Words.MODALS));
    }
    if (t.is(i, "'s") || t.is(i, "'d")) {
      return t.tagStarts(i, "VB") || t.tag(i, "MD");
    }
    if (t.tag(i, "VBZ") || t.tag(i, "VBD")) {
      return !t.tagStarts(i, "NN") || t.chunk(i, "B-VP") || t.chunk(i, "I-VP");
    }
    if (t.tag(i, "VBP")) {
      // LanguageTool sometimes reads a predicative adjective as a verb ("the kettle blue with ...")
      return !t.lexStarts(i, "JJ") && (!t.tagStarts(i, "NN") || t.chunk(i, "B-VP") || t.chunk(i, "I-VP"));
    }
    return false;
  }

  /**
   * Is there, to the right of {@code from}, a finite verb that belongs to the subject before {@code from}
   * (so that the words in between are a reduced relative clause or other modifier)? Verbs with their own
   * subject ("... and the ferry's crew waited"), verbs of relative clauses ("who sang") and inserted
   * reporting clauses (", the warden recalled,") do not count.
   */
  public static boolean hasOwnVerbAfter(Tokens t, int from) {
    return hasOwnVerbAfter(t, from, false);
  }

  /**
   * Is there any finite verb after {@code from} outside relative and subordinate clauses? Stricter than
   * {@link #hasOwnVerbAfter(Tokens, int)}: a verb after "and" plus a new subject counts too.
   */
  public static boolean anyVerbAfter(Tokens t, int from) {
    for (int v = from; v < t.size(); v++) {
      if (t.isAny(v, Clauses.HARD_BOUNDARIES)) {
        return false;
      }
      if (finiteVerb(t, v) && !introducedBySubordinator(t, v)) {
        return true;
      }
    }
    return false;
  }

  /** A verb of a relative or subordinate clause ("who sang", "when the tide turned"). */
  public static boolean embedded(Tokens t, int v) {
    return introducedBySubordinator(t, v);
  }

  /** A verb of a relative clause ("which leaks", "who sang"). */
  public static boolean inRelativeClause(Tokens t, int v) {
    int j = v - 1;
    while (Predicates.adverb(t, j)) {
      j--;
    }
    NounPhrase np = NounPhrase.endingAt(t, j);
    int b = np == null ? j : np.start() - 1;
    return t.isAny(b, Words.RELATIVES) && !(t.is(b, "that") && Clauses.reportingVerb(t, b - 1))
        || t.is(b, "whose");
  }

  private static boolean introducedBySubordinator(Tokens t, int v) {
    int j = v - 1;
    while (Predicates.adverb(t, j)) {
      j--;
    }
    NounPhrase np = NounPhrase.endingAt(t, j);
    int b = np == null ? j : np.start() - 1;
    return t.isAny(b, Words.RELATIVES) || t.isAny(b, Clauses.INTRODUCING_SUBORDINATORS) || t.is(b, "whose");
  }

  /** As {@link #hasOwnVerbAfter(Tokens, int)}, looking no further than the next comma if asked. */
  public static boolean hasOwnVerbAfter(Tokens t, int from, boolean stopAtComma) {
    return ownVerbAfter(t, from, stopAtComma) >= 0;
  }

  /** The index of the first finite verb after {@code from} that belongs to the earlier subject, or -1. */
  public static int ownVerbAfter(Tokens t, int from, boolean stopAtComma) {
    for (int v = from; v < t.size(); v++) {
      if (t.isAny(v, Clauses.HARD_BOUNDARIES) || stopAtComma && t.is(v, ",")) {
        return -1;
      }
      if (t.isAny(v, CLAUSE_SUBORDINATORS) && startsClause(t, v + 1)) {
        while (t.valid(v + 1) && !t.is(v + 1, ",") && !t.isAny(v + 1, Clauses.HARD_BOUNDARIES)) {
          v++; // "... when the harbour master's deputy arrived ...": that clause's verbs are its own
        }
        continue;
      }
      if (finiteVerb(t, v) && belongsToEarlierSubject(t, v, from)) {
        return v;
      }
    }
    return -1;
  }

  /** A subject (pronoun or noun phrase) starts here. */
  private static boolean startsClause(Tokens t, int i) {
    return Pronouns.isNominative(t, i) || t.is(i, "it") || t.tag(i, "DT") || t.tag(i, "PRP$")
        || NounPhrase.nominal(t, i);
  }

  private static boolean belongsToEarlierSubject(Tokens t, int v, int from) {
    int j = v - 1;
    while (t.valid(j) && (t.tagStarts(j, "RB") || t.isAny(j, Words.NEGATIONS)) && !t.isAny(j, Words.RELATIVES)) {
      j--;
    }
    if (t.isAny(j, Words.QUOTES)) {
      j--; // 'the choir "are singing ...'
    }
    if (t.isAny(j, Set.of("as", "than", "if", "when", "unless", "once", "until", "while")) && t.lex(v, "VBN")) {
      return false; // "as laid down in": an elliptical participle
    }
    if (t.isAny(j, Words.RELATIVES) || t.tag(j, "WDT") || t.tag(j, "WP")) {
      return false;
    }
    if (t.isAny(j, Words.COORDINATORS)) {
      return false; // "the orchard ripe ..., and has yielded": a coordinated verb needs a finite first conjunct too
    }
    if (participleModifier(t, v, j)) {
      return false; // "barns, valued at £40,000", "parcels bound for islands"
    }
    if (finiteVerb(t, j) || t.isAny(j, Words.BE) || t.isAny(j, Words.HAVE) || t.isAny(j, Words.MODALS)) {
      return false; // part of a verb group whose first word was judged already ("might wander", "was not repainted")
    }
    if ((t.is(j, ",") || t.isAny(j, Words.QUOTES)) && Clauses.reportingVerb(t, v)) {
      return false; // "..., said the ferryman" or "..." said the curator
    }
    if (t.isAny(j, Words.PREPOSITIONS) && !t.is(j, "that") || t.tag(j, "DT") || t.tag(j, "PRP$")) {
      return false; // "with renewed vigour": a verb cannot follow a preposition, so this is no verb
    }
    NounPhrase np = NounPhrase.endingAt(t, j);
    if (np == null && determinerPhraseBefore(t, j, from)) {
      return false; // "... and most of those invited will not": a new clause with its own subject
    }
    if (np == null) {
      return !(t.tag(v, "VBP") && !t.tag(v, "VBD") && !t.isAny(v, FINITE_AUX)); // "rather than wander"
    }
    if (np.start() < from) {
      return true; // a noun phrase that reaches back into the subject's predicate
    }
    if (np.number() == NounPhrase.Number.PLURAL && (t.tag(v, "VBZ") || t.isAny(v, Set.of("is", "has", "does", "was")))
        && coordinated(t, np)) {
      return false; // "the mill and the latter has": the verb agrees with the nearer noun, a new clause
    }
    int b = np.start() - 1;
    while (t.valid(b) && Predicates.adverb(t, b) && !t.isAny(b, Words.NEGATIONS)) {
      b--; // "and now the warden has agreed"
    }
    if (t.is(b, "as") && Predicates.participle(t, b - 1)
        && Verbs.passiveReading(t.verbLemma(b - 1), After.AS)) {
      return true; // "a painter described as reclusive sold ...": "as" is a preposition here
    }
    boolean passiveModifier = t.lex(v, "VBN") && !t.isAny(v, FINITE_AUX) && Verbs.passiveReading(t.verbLemma(v), After.NOTHING)
        && (t.isAny(v + 1, Words.PREPOSITIONS) || t.punctuation(v + 1) || t.is(v + 1, "and"));
    boolean participleOrBase = passiveModifier || t.tag(v, "VBP") && !t.tag(v, "VBD") && !t.isAny(v, FINITE_AUX);
    if (participleOrBase && t.lexStarts(b, "VB") && !t.isAny(b, Words.BE) && !t.isAny(b, Words.HAVE)
        && !t.isAny(b, Words.MODALS) && !WordForms.timeNoun(t, np.head()) && !t.isAny(np.head(), TIME_ADVERBS) && !t.is(np.start(), "last")) {
      return false; // "hiring gardeners trained in ...", "watching prices climb": the object's own modifier
    }
    if (pluralNounThenName(t, np)) {
      return false; // "sketches Turner made": a contact relative clause on the plural noun
    }
    if (!t.valid(b) || Clauses.clauseBoundary(t, b) || Clauses.reportingVerb(t, b) || Clauses.reportingParticiple(t, b)
        || t.is(b, "with") || t.is(b, "without")) {
      return false; // "with the lake set to freeze": an absolute phrase
    }
    if (t.isAny(b, Set.of("me", "him", "us", "them"))) {
      return false; // "but for us the lake is ...": a new clause after a prepositional phrase
    }
    if (t.isAny(b - 1, Set.of("which", "whom", "whose")) || t.isAny(b - 2, Set.of("which", "whom", "whose"))
        && !t.punctuation(b - 1)) {
      return false; // "in which ovens the loaves could be baked": a relative clause
    }
    // contact relative clause: "the kite Ms Ray flew", "the scarf she knitted", "everything they grow"
    if ((NounPhrase.nominal(t, b) || t.isAny(b, Set.of("everything", "something", "anything", "all", "nothing")))
        && (np.isPronoun(t) || t.tag(np.start(), "DT")
        || t.isAny(np.start(), Set.of("mr", "mrs", "ms", "dr")))) {
      return false;
    }
    return true;
  }

  private static boolean pluralNounThenName(Tokens t, NounPhrase np) {
    for (int k = np.start() + 1; k <= np.end(); k++) {
      if (t.capitalised(k) && t.tag(k, "NNP") && t.tag(k - 1, "NNS") && !t.capitalised(k - 1)) {
        return true;
      }
    }
    return false;
  }

  /** "those invited", "many of the stranded" right after a clause boundary: a noun phrase without a noun. */
  private static boolean determinerPhraseBefore(Tokens t, int j, int from) {
    if (!(Predicates.participle(t, j) || t.tagStarts(j, "JJ"))) {
      return false;
    }
    int k = j - 1;
    while (k >= from && (t.tag(k, "DT") || t.isAny(k, Set.of("those", "these", "many", "most", "some", "all",
        "of", "the", "few", "several")) || t.tagStarts(k, "JJ"))) {
      k--;
    }
    return k < j - 1 && k >= from && (Clauses.clauseBoundary(t, k) || t.is(k, ","));
  }

  /**
   * A past form followed by a preposition, right after a comma or after a noun that is itself the object of a
   * preposition: a participle modifying that noun, not a verb of the clause.
   */
  private static boolean participleModifier(Tokens t, int v, int j) {
    if (!t.lex(v, "VBN") || t.isAny(v, FINITE_AUX) || !(t.tag(v + 1, "IN") || t.is(v + 1, "by"))
        || t.is(v + 1, "that")) {
      return false;
    }
    if (t.is(j, ",")) {
      return Verbs.passiveReading(t.verbLemma(v), After.NOTHING);
    }
    NounPhrase np = NounPhrase.nearestEndingAt(t, j);
    return np != null && t.isAny(np.start() - 1, Words.PREPOSITIONS) && !t.is(np.start() - 1, "that")
        && !Verbs.activeReading(t.verbLemma(v), After.NOTHING);
  }

  private static boolean coordinated(Tokens t, NounPhrase np) {
    for (int k = np.start(); k <= np.end(); k++) {
      if (t.is(k, "and") || t.is(k, "&")) {
        return true;
      }
    }
    return false;
  }
}
