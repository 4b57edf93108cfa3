package com.copydesk.rules.grammar;

import java.util.Set;

/**
 * Guesses whether a clause is set in the past or the present, from (in order of strength) a verb of
 * saying that frames it ("said the orchard ..." backshifts), time expressions ("last spring", "on
 * Sundays", "nowadays"), and the tense of the other finite verbs around it, nearer ones weighing more. Quoted speech
 * follows its own verbs: inside a quotation only quoted verbs count, outside only unquoted ones.
 */
public enum Tense {
  PAST, PRESENT;

  private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did", "wasn't", "weren't",
      "hadn't", "didn't");
  private static final Set<String> WEAK_PAST = Set.of("would", "could", "might", "'d");
  private static final Set<String> PRESENT_AUX = Set.of("is", "are", "am", "'re", "'m", "has", "have",
      "does", "do", "will", "can", "may", "must", "shall", "'ll", "wo", "ca", "cannot", "isn't", "aren't",
      "hasn't", "haven't", "doesn't", "don't", "'ve");
  private static final Set<String> PAST_TIME = Set.of("yesterday", "ago", "earlier", "previously",
      "formerly", "once", "later", "then", "initially", "originally");
  private static final Set<String> PRESENT_TIME = Set.of("now", "currently", "nowadays", "presently",
      "today", "still", "increasingly", "tomorrow", "always", "often", "usually", "generally");
  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december");

  /** How much a verb of saying that frames the clause outweighs all other evidence. */
  static final double FRAME = 10;

  /** PAST for positive evidence, PRESENT otherwise. */
  public static Tense of(double evidence) {
    return evidence > 0 ? PAST : PRESENT;
  }

  /** The tense the sentence gives a missing verb before {@code gap}: see {@link #evidence}. */
  public static Tense guess(Tokens t, int gap, int subjectStart, int predicate, double prior) {
    return of(evidence(t, gap, subjectStart, predicate, prior));
  }

  /**
   * How strongly the sentence puts a missing verb before token {@code gap}, whose subject starts at
   * {@code subjectStart} and whose predicate word is {@code predicate}, in the past (positive) or present
   * (negative). {@code prior} is how much the construction itself leans one way when the sentence says little
   * ("was painted by" reports an event, "is situated near" a state, "is waiting" the present). A framing verb of
   * saying decides on its own ({@link #FRAME}); other evidence is a few units at most.
   */
  public static double evidence(Tokens t, int gap, int subjectStart, int predicate, double prior) {
    boolean[] quoted = Quotes.insideMap(t);
    boolean inQuote = t.valid(gap) && quoted[gap];
    Tense framed = reportingFrame(t, subjectStart, quoted, inQuote);
    if (framed != null) {
      return framed == PAST ? FRAME : -FRAME;
    }
    double score = prior + conditional(t, subjectStart);
    boolean gapEmbedded = t.isAny(subjectStart - 1, Words.RELATIVES) || t.isAny(subjectStart, Words.RELATIVES);
    for (int i = 0; i < t.size(); i++) {
      if (quoted[i] != inQuote || i >= subjectStart && i <= Math.max(gap, predicate)) {
        continue;
      }
      double weight = 1.0 / (1 + Math.abs(i - gap) / 16.0);
      if (FiniteVerbs.inRelativeClause(t, i)) {
        weight *= 0.3; // verbs of other relative clauses tell little about this clause
      } else if (FiniteVerbs.embedded(t, i)) {
        weight *= 0.7;
      }
      if (gapEmbedded && (i < subjectStart || i > predicate + 8)) {
        weight *= 0.5; // a relative clause keeps its own time ("the shield, which was carved by monks")
      }
      double timeWeight = weight * (1 + Math.abs(i - gap) / 16.0) / (1 + Math.abs(i - gap) / 6.0);
      score += weight * verbEvidence(t, i, gap) + (t.is(i - 1, "than") ? 0 : timeWeight * timeEvidence(t, i));
    }
    return score;
  }

  /**
   * How much a paragraph's other sentences lean to the past (up to +1) or the present (down to -1): the mean
   * evidence of their finite verbs and time words outside quotations, nearer sentences weighing more. 0 when
   * they have none.
   */
  public static double paragraphLean(java.util.List<Tokens> sentences, int index) {
    double sum = 0;
    double weights = 0;
    for (int s = 0; s < sentences.size(); s++) {
      if (s == index) {
        continue;
      }
      Tokens t = sentences.get(s);
      boolean[] quoted = Quotes.insideMap(t);
      double w = 1.0 / (1 + Math.abs(s - index));
      for (int i = 0; i < t.size(); i++) {
        if (quoted[i] || t.isAny(i, Words.QUOTES)) {
          continue;
        }
        double e = verbEvidence(t, i, Integer.MAX_VALUE) + timeEvidence(t, i) / 2;
        if (e != 0) {
          sum += w * Math.max(-1, Math.min(1, e));
          weights += w;
        }
      }
    }
    return weights == 0 ? 0 : sum / weights;
  }

  /** "if the weather holds": conditions are put in the present. */
  private static double conditional(Tokens t, int subjectStart) {
    return t.isAny(subjectStart - 1, Set.of("if", "unless")) ? -0.6 : 0;
  }

  /** A verb of saying before the subject ("Gardeners said [that] ...") decides the tense on its own. */
  private static Tense reportingFrame(Tokens t, int subjectStart, boolean[] quoted, boolean inQuote) {
    int b = subjectStart - 1;
    if (t.is(b, "that")) {
      b--;
    }
    // "said at dawn that ...", "told the villagers that ..."
    for (int k = 0; k < 6 && t.valid(b) && !Clauses.reportingVerb(t, b) && t.is(subjectStart - 1, "that"); k++) {
      if (FiniteVerbs.finiteVerb(t, b) || t.is(b, ",")) {
        break;
      }
      b--;
    }
    if (!t.valid(b) || quoted[b] != inQuote || !Clauses.reportingVerb(t, b)) {
      return null;
    }
    if (t.tag(b, "VBD") || t.lexStarts(b, "VBD") && !t.tag(b, "VBZ") && !t.tag(b, "VBP")) {
      // "has said", "have hinted": present perfect frames report the present
      return t.isAny(b - 1, Set.of("has", "have", "'ve")) ? PRESENT : PAST;
    }
    return PRESENT;
  }

  private static double verbEvidence(Tokens t, int i, int gap) {
    if (!FiniteVerbs.finiteVerb(t, i)) {
      return 0;
    }
    // an inserted or closing attribution (", the curator said") does not set the tense of the statement
    if (i > gap && Clauses.reportingVerb(t, i) && attribution(t, i)) {
      return t.tag(i, "VBZ") || t.tag(i, "VBP") ? -1 : 0; // "..., the curator believes" is present; "said" tells nothing
    }
    if (t.isAny(i, PAST_AUX)) {
      return 1;
    }
    if (t.isAny(i, Words.MODALS) && t.is(i + 1, "have") && t.lex(i + 2, "VBN")) {
      return 1; // "should have waited"
    }
    if (t.isAny(i, WEAK_PAST)) {
      return 0.2;
    }
    if (t.isAny(i, PRESENT_AUX)) {
      return t.isAny(i, Set.of("has", "have", "'ve")) && t.lexStarts(i + 1, "VBN") ? -0.5 : -1;
    }
    if (t.tag(i, "VBD")) {
      return 1;
    }
    return t.tag(i, "VBZ") || t.tag(i, "VBP") ? -1 : 0;
  }

  private static boolean attribution(Tokens t, int v) {
    int j = v - 1;
    NounPhrase np = NounPhrase.endingAt(t, j);
    if (np != null) {
      j = np.start() - 1;
    }
    return t.is(j, ",") || t.isAny(j, Words.QUOTES);
  }

  /** A day or month name ("by Sunday", "by April"). */
  public static boolean isDateWord(Tokens t, int i) {
    return t.isAny(i, DAYS) || t.isAny(i, MONTHS) || t.is(i, "may") && t.capitalised(i) && !t.tag(i, "MD");
  }

  private static double timeEvidence(Tokens t, int i) {
    if (t.isAny(i, PAST_TIME)) {
      return t.is(i, "then") || t.is(i, "once") || t.is(i, "later") ? 0.5 : 2;
    }
    if (t.isAny(i, PRESENT_TIME)) {
      return t.is(i, "now") || t.is(i, "currently") || t.is(i, "nowadays") ? -2 : -0.6;
    }
    if (t.is(i, "last") && WordForms.timeNoun(t, i + 1) && !t.tag(i - 1, "DT") && !t.tag(i - 1, "PRP$")) {
      return 2;
    }
    if (t.is(i, "on") && (t.isAny(i + 1, DAYS) || t.isAny(i + 1, MONTHS) || t.isAny(i + 2, MONTHS))) {
      return 0.6;
    }
    if (t.word(i).matches("1[0-9]{3}|20[0-9]{2}") && t.isAny(i - 1, Set.of("in", "of", "since", "until"))) {
      return t.word(i).startsWith("20") ? 0.6 : 1.2;
    }
    if (t.is(i, "at") && t.is(i + 1, "the") && t.is(i + 2, "time")) {
      return 1.2; // "at the time": then, not now
    }
    if (t.is(i, "this") && t.isAny(i + 1, Set.of("week", "month", "season", "year", "time"))) {
      return -0.3;
    }
    return 0;
  }
}
