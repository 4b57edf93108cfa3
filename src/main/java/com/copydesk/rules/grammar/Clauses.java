package com.copydesk.rules.grammar;

import java.util.Set;

/** Clause structure: where clauses start and where a noun phrase can be a subject. */
public final class Clauses {
  private Clauses() {}

  static final Set<String> INTRODUCING_SUBORDINATORS = Set.of("while", "whilst", "when", "if", "although",
      "though", "as", "after", "before", "because", "since", "once", "unless", "until", "whereas", "whenever",
      "given");
  static final Set<String> HARD_BOUNDARIES = Set.of(";", ":", "\u2014", "\u2013", "--", "?", "!");

  /** Boundaries at which a new clause may begin (the token itself is not part of the new clause). */
  public static boolean clauseBoundary(Tokens t, int i) {
    return !t.valid(i) || t.isAny(i, Words.COORDINATORS) || t.isAny(i, Words.SUBORDINATORS)
        || t.isAny(i, Words.RELATIVES) || t.is(i, ",") || t.isAny(i, HARD_BOUNDARIES) || t.is(i, "(")
        || t.isAny(i, Words.QUOTES) || t.is(i, "whose") || t.is(i, "what") || t.is(i, "-") && t.spaceBefore(i);
  }

  /** A verb of saying or thinking in a finite form ("said", "believes"). */
  public static boolean reportingVerb(Tokens t, int i) {
    if (!t.valid(i) || !(t.tagStarts(i, "VB") || t.lexStarts(i, "VBD"))) {
      return false;
    }
    return t.hasVerbLemma(i, Verbs::reporting)
        && (t.tag(i, "VBD") || t.tag(i, "VBZ") || t.tag(i, "VBP") || t.lexStarts(i, "VBD"));
  }

  /** An -ing form of a verb of saying ("saying", "claiming", "warning"). */
  public static boolean reportingParticiple(Tokens t, int i) {
    return t.valid(i) && t.lex(i, "VBG") && t.hasVerbLemma(i, Verbs::reporting)
        && (!t.tagStarts(i, "NN") || t.is(i - 1, ",") || Pronouns.isNominative(t, i + 1) || t.is(i + 1, "that"));
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
   * cannot take a plain object count as introducing a clause ("said the orchard ...", not "recalled the
   * sermon preached by ...").
   */
  public static boolean subjectPosition(Tokens t, int npStart, boolean nounPhrase) {
    if (reportingVerb(t, npStart - 1) && (t.isAny(npStart - 2, Words.QUOTES) || t.is(npStart - 2, ","))) {
      return false; // "...," said Ada Lovell of ...: the inverted subject of "said", not a new clause
    }
    if (nounPhrase && (reportingVerb(t, npStart - 1) || reportingParticiple(t, npStart - 1))) {
      return t.hasVerbLemma(npStart - 1, Verbs::clauseNotObject);
    }
    int b = npStart - 1;
    if (quotedModifier(t, b)) {
      return false; // 'the "Harbour Lights" column said', 'known as "bone dry"': a quoted name or term
    }
    if (b < 0 || t.isAny(b, Words.QUOTES) || t.is(b, "(")) {
      return true;
    }
    if (t.is(b, "as") && t.is(b - 1, "well") || t.is(b, "than")) {
      return false; // "as well as doubts concerning ...", "taller than any hedges planted in ..."
    }
    if ((t.is(b, "which") || t.is(b, "whom")) && t.isAny(b - 1, Words.PREPOSITIONS) || t.is(b, "whose")) {
      return true; // "in which the kettle ...", "whose cottage ..."
    }
    if (t.isAny(b, Words.COORDINATORS) || t.isAny(b, Words.SUBORDINATORS) || t.isAny(b, HARD_BOUNDARIES)
        || t.is(b, "-") && t.spaceBefore(b) && !(nounPhrase && dashFollows(t, npStart))) {
      return true;
    }
    if (reportingVerb(t, b) || reportingParticiple(t, b)) {
      return true;
    }
    if (t.is(b, ",")) {
      return t.spaceBefore(npStart) && introductoryBefore(t, b); // not "12,500 geese"
    }
    // adverbs opening the clause: "Meanwhile the ferry ...", "Elsewhere the harvest ..."
    if (t.tagStarts(b, "RB") && !t.isAny(b, Words.NEGATIONS) && (b == 0 || t.is(b - 1, ",") || t.isAny(b - 1, Words.COORDINATORS))) {
      return b == 0 || subjectPosition(t, b);
    }
    return false;
  }

  /**
   * A quotation mark that makes the words after it part of a larger noun phrase rather than a new clause: a
   * closing mark straight after a word (the quoted words name something: 'the "Harbour Lights" column'), or an
   * opening mark after a preposition or "as" (a quoted term: 'listed as "bone dry"').
   */
  static boolean quotedModifier(Tokens t, int b) {
    if (b <= 0 || !t.isAny(b, Words.QUOTES)) {
      return false;
    }
    boolean closing = !t.spaceBefore(b) && !t.punctuation(b - 1) && !t.isAny(b - 1, Words.QUOTES);
    boolean opening = t.spaceBefore(b) && (t.isAny(b - 1, Words.PREPOSITIONS) || t.is(b - 1, "as"));
    return closing || opening;
  }

  /** "- the hay stored for the winter -": a noun phrase between dashes is a parenthesis. */
  private static boolean dashFollows(Tokens t, int from) {
    for (int i = from; i < t.size(); i++) {
      if (t.is(i, "-") && t.spaceBefore(i)) {
        return true;
      }
    }
    return false;
  }

  /** The subject opens a subordinate clause ("although the orchard ..."), which ends at the next comma. */
  public static boolean subordinateSubject(Tokens t, int subjectStart) {
    return t.isAny(subjectStart - 1, INTRODUCING_SUBORDINATORS);
  }

  /**
   * A subject right after "and"/"but"/"or" whose clause may leave out "be" because the clause before the
   * conjunction has it as its last finite verb ("the path is too steep and the steps too narrow").
   */
  public static boolean gappedAfterCoordinator(Tokens t, int subjectStart, boolean plural, String predicateTag) {
    int c = subjectStart - 1;
    if (!t.isAny(c, Set.of("and", "or")) || t.is(c - 1, ",")) {
      return false;
    }
    for (int i = c - 1; i >= 0 && !t.isAny(i, HARD_BOUNDARIES); i--) {
      if (FiniteVerbs.finiteVerb(t, i)) {
        boolean agrees = plural ? t.isAny(i, Set.of("are", "were", "'re")) : t.isAny(i, Set.of("is", "was", "'s"));
        int next = Predicates.skipAdverbs(t, i + 1);
        boolean sameKind = predicateTag.equals("JJ") ? !t.lex(next, "VBG") && !t.lex(next, "VBN")
            || t.lexStarts(next, "JJ") : t.lex(next, predicateTag);
        return agrees && sameKind;
      }
    }
    return false;
  }

  /** True if the stretch from the clause start to this comma holds no finite verb. */
  public static boolean introductoryBefore(Tokens t, int comma) {
    int open = comma - 1;
    int level = 0;
    while (open > 0) {
      level += t.is(open - 1, ")") ? 1 : t.is(open - 1, "(") ? -1 : 0;
      if (level <= 0 && (t.isAny(open - 1, HARD_BOUNDARIES) || t.is(open - 1, ",")
          || t.is(open - 1, "that") && reportingVerb(t, open - 2))) {
        break;
      }
      open--;
    }
    while (open < comma - 1 && (t.isAny(open, Words.QUOTES) || t.is(open, ",") || t.isAny(open, Words.COORDINATORS)
        || t.tagStarts(open, "RB"))) {
      open++;
    }
    if (reportingVerb(t, comma - 1) && NounPhrase.endingAt(t, comma - 2) != null
        && NounPhrase.endingAt(t, comma - 2).start() <= open) {
      return true; // "However, she added, any late arrival ...": an inserted attribution
    }
    if (t.isAny(open, INTRODUCING_SUBORDINATORS) || t.is(open, "where") || t.is(open, "with") || t.is(open, "without") || t.lex(open, "VBG") && !t.tagStarts(open, "NN")
        || t.lex(open, "VBN") && t.is(open + 1, "by")) {
      return true; // "While the tide turned ..., the ferry ...": the comma closes the subordinate clause
    }
    NounPhrase before = NounPhrase.endingAt(t, comma - 1);
    if (before != null && before.start() <= open) {
      return false; // "Ada Lovell, a potter living in ...": an apposition, not an introduction
    }
    int depth = 0;
    for (int i = comma - 1; i >= open; i--) {
      depth += t.is(i, ")") ? 1 : t.is(i, "(") ? -1 : 0;
      if (depth <= 0 && t.isAny(i, HARD_BOUNDARIES)) {
        return true;
      }
      if (FiniteVerbs.finiteVerb(t, i)) {
        return false;
      }
    }
    return true;
  }

}
