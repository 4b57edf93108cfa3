package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.Clauses;
import com.copydesk.rules.grammar.FiniteVerbs;
import com.copydesk.rules.grammar.ListEntries;
import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.NounPhrase.Number;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Pronouns;
import com.copydesk.rules.grammar.Tense;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Verbs;
import com.copydesk.rules.grammar.WordForms;
import com.copydesk.rules.grammar.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds clauses whose subject is followed directly (adverbs aside) by a predicate that needs a form of
 * "be": an adjective, a passive participle, an -ing form, or "likely to". The missing word goes right after
 * the subject ("the baker is waiting", "the kettle was so hot").
 */
final class SubjectGaps {
  private SubjectGaps() {}

  private static final Set<String> INDEFINITE_PRONOUNS = Set.of("anything", "something", "nothing",
      "everything", "anyone", "someone", "everyone", "nobody", "anybody", "somebody", "everybody", "none");
  /** One gap found: its kind, its subject, the predicate word and the token the missing word goes before. */
  record Candidate(PredicateKind kind, NounPhrase subject, int predicate, int insertBefore) {
    Candidate(PredicateKind kind, NounPhrase subject, int predicate) {
      this(kind, subject, predicate, subject.end() + 1);
    }

    Gap toGap(Tokens t) {
      double tense = Tense.evidence(t, insertBefore, subject.start(), predicate, kind.tensePrior(t, predicate));
      boolean certain = subject.isPronoun(t) || t.tag(subject.head(), "NNS")
          || t.tagStarts(subject.head(), "NN") && !t.tag(subject.head(), "NNP") && !t.capitalised(subject.head())
          || subject.number() == Number.PLURAL;
      return Gap.finite(insertBefore - 1, insertBefore, subject.number(), certain, tense);
    }
  }

  static List<Gap> find(Tokens t, PredicateKind wanted) {
    List<Gap> out = new ArrayList<>();
    List<Candidate> all = candidates(t);
    all.addAll(DistantSubjectGaps.candidates(t));
    for (Candidate c : all) {
      if (c.kind() == wanted) {
        out.add(c.toGap(t));
      }
    }
    return out;
  }

  static List<Candidate> candidates(Tokens t) {
    List<Candidate> out = new ArrayList<>();
    for (int e = 0; e + 1 < t.size(); e++) {
      boolean gerundAfterNoun = (t.lex(e + 1, "VBG") && (t.tag(e + 2, "IN") || t.tag(e + 2, "DT")
          || t.tag(e + 2, "TO") || t.isAny(e + 2, Words.SUBORDINATORS) || t.punctuation(e + 2)) || t.lex(e + 1, "VBN") && (t.is(e + 2, "to") && t.tag(e + 3, "VB")
          || t.is(e + 2, "by")) || Predicates.homographAdjective(t, e + 1) && t.tag(e + 2, "IN")
          && !t.is(e + 2, "of") && !t.tag(e + 1, "NN")) && NounPhrase.nominal(t, e);
      if ((NounPhrase.nominal(t, e + 1) && !gerundAfterNoun) || t.is(e + 1, "'s") || t.tag(e + 1, "POS")) {
        continue; // a longer noun phrase, unless an -ing word followed by a preposition: "the goats grazing on"
      }
      NounPhrase subject = NounPhrase.endingAt(t, e);
      if (subject == null) {
        continue;
      }
      int p = Predicates.skipAdverbs(t, e + 1);
      PredicateKind kind = PredicateKind.classify(t, subject, p);
      if (kind == null || !acceptableSubject(t, subject, p, kind)) {
        continue;
      }
      out.add(new Candidate(kind, subject, p));
      e = p;
    }
    return out;
  }

  static boolean acceptableSubject(Tokens t, NounPhrase subject, int p, PredicateKind kind) {
    int start = subject.start();
    if (ListEntries.inLabel(t, start)) {
      return false; // "12 - Number of lifeboats launched ...": a figure's label, not a clause
    }
    if (kind == PredicateKind.ADJECTIVE && t.is(p, "alike") && coordinatedBefore(t, p)) {
      return false; // "walkers and cyclists alike": "alike" closes a coordination as an adverb
    }
    if (t.isAny(start - 1, Words.BE) || t.isAny(start - 1, Words.HAVE) || t.isAny(start - 1, Words.MODALS)
        || t.isAny(start - 1, Set.of("do", "does", "did"))) {
      return false; // "How does the garden look?", "Is the bakery open?": the verb stands before its subject
    }
    if (t.isAny(start, Words.BE) || t.isAny(start, Words.MODALS) || t.isAny(start, Set.of("do", "does", "did"))) {
      return false; // "Is the old ferry safe?": a question
    }
    if (t.isAny(start, Set.of("those", "these")) && subject.start() == subject.end()
        && (Predicates.participle(t, p) || t.lex(p, "VBG") || NounPhrase.nominal(t, p + 1) && !t.capitalised(p + 1))) {
      return false; // "those waiting outside", "these rising tides": a noun phrase, not a clause
    }
    if (kind == PredicateKind.ADJECTIVE && (Words.hasDigit(t.word(subject.end())) || Words.hasDigit(t.word(p)))) {
      return false; // "the A40 westbound", "March 3rd", "2x faster": codes, dates and figures are labels
    }
    if (coordinatedVerb(t, subject)) {
      return false; // "they sell the flat and move abroad": a verb sharing the subject, not a plural noun
    }
    if (t.tag(subject.head(), "CD") && !subject.isPronoun(t) || t.tag(p, "CD") && !subject.isPronoun(t)) {
      return false; // "2x faster", "Sunday, April 9th": numbers and dates
    }
    if (subject.start() == subject.end() && (start == 0 || t.isAny(start - 1, Words.QUOTES))
        && WordForms.mostlyVerb(t, start) && !subject.isPronoun(t)) {
      return false; // "Stay calm and ...": an imperative, not a subject
    }
    if (kind == PredicateKind.PROGRESSIVE && t.lexStarts(subject.head(), "VBZ") && t.tag(subject.head(), "NNS")
        && t.hasVerbLemma(subject.head(), Verbs::ingComplement)) {
      return false; // "the mill avoids wasting grain": a verb that takes an -ing complement
    }
    if (subject.isPronoun(t)) {
      if (t.is(start, "what")) {
        return freeRelative(t, start, p, kind);
      }
      if (Pronouns.isNominative(t, start)) {
        int next = Predicates.skipAdverbs(t, p + 1);
        boolean verbNext = FiniteVerbs.finiteVerb(t, next) || t.lexStarts(next, "VBD")
            || t.lex(next, "VBZ") || t.lex(next, "VBP") && !t.lexStarts(next, "NN") && !t.lexStarts(next, "JJ");
        return !verbNext || t.isAny(next, Words.BE); // "the twins both waved", "they first sailed"
      }
      if (t.is(start, "that") && !(start == 0 || t.isAny(start - 1, Words.QUOTES)
          || t.isAny(start - 1, Words.COORDINATORS))) {
        return false; // "hinted that sailing ...": a conjunction, not a pronoun
      }
      // "it", "this", "you" are objects after most verbs ("painted it in blue"); before an adjective, "-ing" or
      // "likely" a verb of saying makes them subjects ("thought it hopeless")
      return (Clauses.subjectPosition(t, start, t.tag(p, "IN")) || t.is(start - 1, ","))
          && !afterObjectPredicateVerb(t, start);
    }
    // "predicts the orchard likely to ...": after a verb of saying, a noun phrase + "likely to" is a clause
    boolean anyReportingVerb = kind == PredicateKind.LIKELY && t.is(p + 1, "to");
    if (!Clauses.subjectPosition(t, start, !anyReportingVerb) || afterObjectPredicateVerb(t, start)) {
      return false;
    }
    if (kind == PredicateKind.ADJECTIVE && t.isAny(subject.head(), INDEFINITE_PRONOUNS) && start > 0
        && !(start == 1 && t.isAny(0, Words.QUOTES))) {
      return false; // "noticed anything odd": the adjective follows its noun
    }
    if (kind == PredicateKind.ADJECTIVE && NounPhrase.nominal(t, p + 1) && !t.tag(p + 1, "CD") && !t.is(p, "worth")
        && !t.tag(p, "IN")
        && !t.tag(p, "DT") && !t.tag(p, "CD") && !t.tag(p, "PRP$")) {
      return false; // attributive: "the village green ...", not a predicate
    }
    if (kind == PredicateKind.PROGRESSIVE && p == subject.end() + 1 && bareSingularNoun(t, subject.end())
        && WordForms.mostlyNoun(t, p)) {
      return false; // "bread making", "bird watching": a bare singular noun + an -ing noun is a compound
    }
    if (kind == PredicateKind.PROGRESSIVE && t.lexStarts(p, "JJ") && NounPhrase.nominal(t, p + 1)
        && !t.capitalised(p + 1)) {
      return false; // "head gardening volunteer", "sailing instructor": a modifier inside the noun phrase
    }
    if ((kind == PredicateKind.PROGRESSIVE || t.lex(p, "VBG")) && (t.is(start - 1, "-") || t.is(start - 1, "as")
        && t.isAny(start, Set.of("a", "an")))) {
      return false; // "as a Welshman living in Kent", "- both choirs singing"
    }
    if (Clauses.gappedAfterCoordinator(t, start, subject.number() == Number.PLURAL, kind.predicateTag())) {
      return false; // "the path is too steep and the steps too narrow"
    }
    if (!kind.passive() && relativeClauseSubject(t, start)) {
      return true; // "the hour that the baker not busy is the hour": "is" is the main clause's
    }
    return !FiniteVerbs.hasOwnVerbAfter(t, p + 1, Clauses.subordinateSubject(t, start));
  }

  /**
   * "what" as the subject of a free relative clause inside a larger sentence, after a preposition or a verb
   * ("fretted about what likely to follow", "packed what necessary"): it takes "be" like any subject. A
   * question ("What next?") and "what" + noun are left alone; so are passives that may be active.
   */
  private static boolean freeRelative(Tokens t, int what, int p, PredicateKind kind) {
    boolean embedded = what > 0 && (t.isAny(what - 1, Words.PREPOSITIONS) || t.lexStarts(what - 1, "VB"))
        && !t.isAny(what - 1, Words.QUOTES);
    boolean predicate = kind == PredicateKind.LIKELY
        || kind == PredicateKind.ADJECTIVE && Predicates.adjective(t, p) && !NounPhrase.nominal(t, p + 1);
    return embedded && predicate && !t.is(p + 1, "?");
  }

  /** A coordinator among the few words before {@code p} ("good and bad weather alike"). */
  private static boolean coordinatedBefore(Tokens t, int p) {
    for (int k = p - 1; k >= Math.max(0, p - 6); k--) {
      if (t.isAny(k, Set.of("and", "or"))) {
        return true;
      }
      if (t.punctuation(k) && !t.is(k, ",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * A one-word "subject" after "and"/"or" that is also a verb in the form of an earlier verb of the sentence
   * ("hopes to sell and move abroad", "builds on it or twists back"): the second verb of a coordination.
   */
  static boolean coordinatedVerb(Tokens t, NounPhrase subject) {
    int w = subject.start();
    if (w != subject.end() || !t.isAny(w - 1, Set.of("and", "or")) || t.tag(w - 2, ",")) {
      return false;
    }
    for (String form : List.of("VBZ", "VBP", "VB")) {
      if (!t.lex(w, form)) {
        continue;
      }
      for (int k = w - 2; k >= 0 && !t.isAny(k, Set.of(";", ":", "?", "!")); k--) {
        if (t.tag(k, form) && !t.tagStarts(k, "NN")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A singular common noun with no determiner or possessive straight before it ("bread", "big rig"). */
  private static boolean bareSingularNoun(Tokens t, int n) {
    return t.tagStarts(n, "NN") && !t.tagStarts(n, "NNS") && !t.tagStarts(n, "NNP") && !t.capitalised(n)
        && !(t.tag(n - 1, "DT") || t.tag(n - 1, "PRP$") || t.tag(n - 1, "POS") || t.tag(n - 1, "CD"));
  }

  private static boolean relativeClauseSubject(Tokens t, int start) {
    return t.is(start - 1, "that") && NounPhrase.nominal(t, start - 2);
  }

  static boolean afterObjectPredicateVerb(Tokens t, int start) {
    int b = start - 1;
    return t.valid(b) && t.tagStarts(b, "VB") && !t.tagStarts(b, "NN") && t.hasVerbLemma(b, Verbs::objectPredicate)
        && !t.is(b, "said") && !t.isAny(b, Words.BE);
  }
}
