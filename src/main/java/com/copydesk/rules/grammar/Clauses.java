package com.copydesk.rules.grammar;

import java.util.Set;

/** Clause structure: where clauses start, which words are finite verbs, and whose verb a verb is. */
public final class Clauses {
  private Clauses() {}

  private static final Set<String> FINITE_AUX = Set.of("is", "are", "was", "were", "am", "'re", "'m", "has",
      "have", "had", "does", "do", "did", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't",
      "hadn't", "doesn't", "don't", "didn't", "'ve");
  private static final Set<String> HARD_BOUNDARIES = Set.of(";", ":", "\u2014", "\u2013", "--", "?", "!");

  /** A finite verb: modal, tensed auxiliary, or a tensed lexical verb in a verb chunk. */
  public static boolean finiteVerb(Tokens t, int i) {
    if (!t.valid(i) || t.is(i - 1, "to")) {
      return false;
    }
    if ((t.isAny(i - 1, Words.PREPOSITIONS) || t.tag(i - 1, "DT") || t.tag(i - 1, "PRP$"))
        && !t.isAny(i - 1, Set.of("that", "after", "before", "since", "until", "as", "like"))
        && !t.isAny(i, Words.MODALS) && !t.isAny(i, FINITE_AUX)) {
      return false; // "by increased pressure", "the reported interest": an attributive participle
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
      // LanguageTool sometimes reads a predicative adjective as a verb ("the train green with ...")
      return !t.lexStarts(i, "JJ") && (!t.tagStarts(i, "NN") || t.chunk(i, "B-VP") || t.chunk(i, "I-VP"));
    }
    return false;
  }

  /** Boundaries at which a new clause may begin (the token itself is not part of the new clause). */
  public static boolean clauseBoundary(Tokens t, int i) {
    return !t.valid(i) || t.isAny(i, Words.COORDINATORS) || t.isAny(i, Words.SUBORDINATORS)
        || t.isAny(i, Words.RELATIVES) || t.is(i, ",") || t.isAny(i, HARD_BOUNDARIES) || t.is(i, "(")
        || t.isAny(i, Words.QUOTES) || t.is(i, "whose") || t.is(i, "what");
  }

  /** A verb of saying or thinking in a finite form ("said", "believes"). */
  public static boolean reportingVerb(Tokens t, int i) {
    if (!t.valid(i) || !(t.tagStarts(i, "VB") || t.lexStarts(i, "VBD"))) {
      return false;
    }
    for (String lemma : Verbs.REPORTING) {
      if (t.lemma(i, lemma)) {
        return t.tag(i, "VBD") || t.tag(i, "VBZ") || t.tag(i, "VBP") || t.lexStarts(i, "VBD");
      }
    }
    return false;
  }

  /** An -ing form of a verb of saying ("saying", "claiming", "warning"). */
  public static boolean reportingParticiple(Tokens t, int i) {
    return t.valid(i) && t.lex(i, "VBG") && t.hasVerbLemma(i, Verbs.REPORTING) && !t.tagStarts(i, "NN");
  }

  /**
   * Could a noun phrase starting at {@code npStart} be the subject of its own clause? True at the start of
   * the sentence, after a conjunction, subordinator, relative pronoun, colon, quote or verb of saying, and
   * after a comma that closes an introductory phrase (one without a finite verb).
   */
  public static boolean subjectPosition(Tokens t, int npStart) {
    return subjectPosition(t, npStart, false);
  }

  /**
   * As {@link #subjectPosition(Tokens, int)}; for a full noun phrase ({@code nounPhrase}) only verbs that
   * cannot take a plain object count as introducing a clause ("said the deal ...", not "recalled the
   * speech delivered by ...").
   */
  public static boolean subjectPosition(Tokens t, int npStart, boolean nounPhrase) {
    if (nounPhrase && (reportingVerb(t, npStart - 1) || reportingParticiple(t, npStart - 1))) {
      return t.hasVerbLemma(npStart - 1, Verbs.CLAUSE_ONLY_REPORTING);
    }
    int b = npStart - 1;
    if (b < 0 || t.isAny(b, Words.QUOTES) || t.is(b, "(")) {
      return true;
    }
    if (t.is(b, "as") && t.is(b - 1, "well") || t.is(b, "than")) {
      return false; // "as well as issues surrounding ...", "higher than such orders reported for ..."
    }
    if (t.isAny(b, Words.COORDINATORS) || t.isAny(b, Words.SUBORDINATORS) || t.isAny(b, HARD_BOUNDARIES)
        || t.is(b, "-") && t.spaceBefore(b)) {
      return true;
    }
    if (reportingVerb(t, b) || reportingParticiple(t, b)) {
      return true;
    }
    if (t.is(b, ",")) {
      return introductoryBefore(t, b);
    }
    // adverbs opening the clause: "Meanwhile the firm ...", "Elsewhere production ..."
    if (t.tagStarts(b, "RB") && !t.isAny(b, Words.NEGATIONS) && (b == 0 || t.is(b - 1, ",") || t.isAny(b - 1, Words.COORDINATORS))) {
      return b == 0 || subjectPosition(t, b);
    }
    return false;
  }

  /**
   * A subject right after "and"/"but"/"or" whose clause may leave out "be" because the clause before the
   * conjunction has it as its last finite verb ("the burden is too expensive and the timescale too short").
   */
  public static boolean gappedAfterCoordinator(Tokens t, int subjectStart) {
    int c = subjectStart - 1;
    if (!t.isAny(c, Set.of("and", "but", "or", "while", "whereas"))) {
      return false;
    }
    for (int i = c - 1; i >= 0 && !t.isAny(i, HARD_BOUNDARIES); i--) {
      if (finiteVerb(t, i)) {
        return t.isAny(i, Words.BE);
      }
    }
    return false;
  }

  /** True if the stretch from the clause start to this comma holds no finite verb. */
  public static boolean introductoryBefore(Tokens t, int comma) {
    int depth = 0;
    for (int i = comma - 1; i >= 0; i--) {
      depth += t.is(i, ")") ? 1 : t.is(i, "(") ? -1 : 0;
      if (depth <= 0 && t.isAny(i, HARD_BOUNDARIES)) {
        return true;
      }
      if (finiteVerb(t, i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Is there, to the right of {@code from}, a finite verb that belongs to the subject before {@code from}
   * (so that the words in between are a reduced relative clause or other modifier)? Verbs with their own
   * subject ("... and the firm's shares fell"), verbs of relative clauses ("who was") and inserted
   * reporting clauses (", police said,") do not count.
   */
  public static boolean hasOwnVerbAfter(Tokens t, int from) {
    for (int v = from; v < t.size(); v++) {
      if (t.isAny(v, HARD_BOUNDARIES)) {
        return false;
      }
      if (finiteVerb(t, v) && belongsToEarlierSubject(t, v, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean belongsToEarlierSubject(Tokens t, int v, int from) {
    int j = v - 1;
    while (t.valid(j) && (t.tagStarts(j, "RB") || t.isAny(j, Words.NEGATIONS)) && !t.isAny(j, Words.RELATIVES)) {
      j--;
    }
    if (t.isAny(j, Words.RELATIVES) || t.tag(j, "WDT") || t.tag(j, "WP")) {
      return false;
    }
    if (t.isAny(j, Words.COORDINATORS)) {
      return false; // "X bullish ..., and has identified": a coordinated verb needs a finite first conjunct too
    }
    if (finiteVerb(t, j) || t.isAny(j, Words.BE) || t.isAny(j, Words.HAVE) || t.isAny(j, Words.MODALS)) {
      return false; // part of a verb group whose first word was judged already ("may decide", "was not broadcast")
    }
    if ((t.is(j, ",") || t.isAny(j, Words.QUOTES)) && reportingVerb(t, v)) {
      return false; // "..., said Al Breach" or "..." said the minister
    }
    if (t.isAny(j, Words.PREPOSITIONS) && !t.is(j, "that") || t.tag(j, "DT") || t.tag(j, "PRP$")) {
      return false; // "by increased pressure": a verb cannot follow a preposition, so this is no verb
    }
    NounPhrase np = NounPhrase.endingAt(t, j);
    if (np == null) {
      return !(t.tag(v, "VBP") && !t.tag(v, "VBD") && !t.isAny(v, FINITE_AUX)); // "rather than ignite"
    }
    if (np.start() < from) {
      return true; // a noun phrase that reaches back into the subject's predicate
    }
    int b = np.start() - 1;
    while (t.valid(b) && Predicates.adverb(t, b) && !t.isAny(b, Words.NEGATIONS)) {
      b--; // "and now the regulator has said"
    }
    if (t.is(b, "as") && Predicates.participle(t, b - 1)) {
      return true; // "an actor dressed as the creature breathed smoke": "as" is a preposition here
    }
    if (!t.valid(b) || clauseBoundary(t, b) || reportingVerb(t, b) || reportingParticiple(t, b)
        || t.is(b, "with") || t.is(b, "without")) {
      return false; // "with growth set to sputter": an absolute phrase
    }
    // contact relative clause: "the train Mr Kim took", "the book she wrote"
    if (NounPhrase.nominal(t, b) && (np.isPronoun(t) || t.tag(np.start(), "DT")
        || t.isAny(np.start(), Set.of("mr", "mrs", "ms", "dr")))) {
      return false;
    }
    return true;
  }
}
