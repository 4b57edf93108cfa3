package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.Clauses;
import com.copydesk.rules.grammar.FiniteVerbs;
import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Pronouns;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Words;
import com.copydesk.rules.missingaux.SubjectGaps.Candidate;
import com.copydesk.rules.grammar.Verbs;
import com.copydesk.rules.grammar.WordForms;
import com.copydesk.rules.lexicon.Lexicon.After;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Subjects kept apart from their predicate, where the missing "be" is easy to overlook: by a relative clause,
 * participle phrase or apposition between commas ("The new stand, which took two years to build, opened by the
 * mayor on Friday") or by a contact relative clause ("The van my cousin bought in May bright orange with a black
 * roof").
 */
final class DistantSubjectGaps {
  private DistantSubjectGaps() {}

  private static final Set<String> RELATIVE_OPENERS = Set.of("which", "who", "whose", "where");

  static List<Candidate> candidates(Tokens t) {
    List<Candidate> out = new ArrayList<>();
    afterRelativeClause(t, out);
    afterContactClause(t, out);
    likelyAfterAnd(t, out);
    return out;
  }

  /**
   * "She has left the choir ... and likely to join another": a second predicate joined by "and" to a clause whose
   * verb is not "be" needs its own "is"; the subject is the first clause's.
   */
  private static void likelyAfterAnd(Tokens t, List<Candidate> out) {
    for (int a = 1; a + 2 < t.size(); a++) {
      int p = Predicates.skipAdverbs(t, a + 1);
      if (!t.isAny(a, Set.of("and", "but")) || !t.isAny(p, Set.of("likely", "unlikely")) || !t.is(p + 1, "to")) {
        continue;
      }
      int f = a - 1;
      while (f >= 0 && !FiniteVerbs.finiteVerb(t, f) && !Clauses.clauseBoundary(t, f) || t.is(f, ",") && f > 0
          && !FiniteVerbs.finiteVerb(t, f)) {
        f--;
      }
      if (f < 0 || !FiniteVerbs.finiteVerb(t, f) || t.isAny(f, Words.BE) || t.is(f, "'s")) {
        continue;
      }
      int e = f - 1;
      while (Predicates.adverb(t, e)) {
        e--;
      }
      NounPhrase subject = NounPhrase.endingAt(t, e);
      if (subject != null && Clauses.subjectPosition(t, subject.start(), !subject.isPronoun(t))) {
        out.add(new Candidate(PredicateKind.LIKELY, subject, p, a + 1));
      }
    }
  }

  /** "Subject, which ..., opened by the mayor": the predicate follows the closing comma. */
  private static void afterRelativeClause(Tokens t, List<Candidate> out) {
    for (int c = 1; c + 1 < t.size(); c++) {
      if (!t.is(c, ",")) {
        continue;
      }
      int o = c - 1;
      while (o > 0 && !t.is(o, ",")) {
        o--;
      }
      if (o <= 0 || !interruption(t, o, c)) {
        continue;
      }
      NounPhrase subject = NounPhrase.endingAt(t, o - 1);
      if (subject == null || subject.isPronoun(t) || !Clauses.subjectPosition(t, subject.start(), true)
          || SubjectGaps.afterObjectPredicateVerb(t, subject.start())) {
        continue;
      }
      int p = Predicates.skipAdverbs(t, c + 1);
      PredicateKind kind = PredicateKind.classify(t, subject, p);
      if ((kind == PredicateKind.PASSIVE_BY || kind == PredicateKind.LIKELY || kind == PredicateKind.ADJECTIVE)
          && !NounPhrase.nominal(t, p + 1) && !FiniteVerbs.hasOwnVerbAfter(t, p + 1)) {
        out.add(new Candidate(kind, subject, p, c + 1));
      }
    }
  }

  /**
   * What stands between the commas is a relative clause (", which ..."), a participle phrase (", sailing from
   * Dover, ...") or an apposition (", the oldest bakery in town,").
   */
  private static boolean interruption(Tokens t, int o, int c) {
    if (t.isAny(o + 1, RELATIVE_OPENERS) || t.lex(o + 1, "VBG") && !t.tagStarts(o + 1, "NN")) {
      return true;
    }
    NounPhrase inner = NounPhrase.endingAt(t, c - 1);
    return inner != null && inner.start() == o + 1 && !inner.isPronoun(t) && c - o > 2;
  }

  /**
   * A subject, a contact relative clause (one without "that": "the van my cousin bought in May"), then the
   * subject's predicate adjective: "The van my cousin bought in May bright orange with a black roof". The
   * relative clause has its own subject (a pronoun, a name, a titled name or a determiner and noun) and a verb
   * that needs an object but has none after it (its object is the noun before), which is what tells the clause
   * from a main clause ("The van my cousin bought a week later ...").
   */
  private static void afterContactClause(Tokens t, List<Candidate> out) {
    for (int s = 0; s + 3 < t.size(); s++) {
      if (!(t.tag(s, "DT") || t.tag(s, "PRP$")) || !Clauses.subjectPosition(t, s, true)) {
        continue;
      }
      int e1 = s + 1;
      while (NounPhrase.nominal(t, e1 + 1) && !t.capitalised(e1 + 1) || t.tagStarts(e1, "JJ") && NounPhrase.nominal(t, e1 + 1)) {
        e1++;
      }
      if (!NounPhrase.nominal(t, e1) || t.capitalised(e1) || !startsClauseSubject(t, e1 + 1)) {
        continue;
      }
      NounPhrase subject = NounPhrase.endingAt(t, e1);
      int v = e1 + 1;
      while (t.valid(v) && !FiniteVerbs.finiteVerb(t, v) && v < e1 + 6) {
        v++;
      }
      if (subject == null || !FiniteVerbs.finiteVerb(t, v) || !objectGap(t, v)) {
        continue;
      }
      int p = predicateAfter(t, subject, v);
      if (p > 0 && !FiniteVerbs.hasOwnVerbAfter(t, p + 1)) {
        int insert = p;
        while (Predicates.adverb(t, insert - 1) && !Predicates.sentenceAdverb(t, insert - 1) && insert - 1 > v + 1) {
          insert--; // "be" goes before an adverb that grades the adjective ("was very green")
        }
        out.add(new Candidate(PredicateKind.ADJECTIVE, subject, p, insert));
        return;
      }
    }
  }

  /** The relative clause's own subject starts here: a pronoun, a name, a titled name, or a determiner + noun. */
  private static boolean startsClauseSubject(Tokens t, int i) {
    return Pronouns.isNominative(t, i) || t.isAny(i, Words.TITLES) && t.capitalised(i)
        || t.tag(i, "NNP") && t.capitalised(i) || (t.tag(i, "DT") || t.tag(i, "PRP$")) && NounPhrase.nominal(t, i + 1);
  }

  /** A verb that wants an object with none after it (adverbs and a prepositional phrase may follow). */
  private static boolean objectGap(Tokens t, int v) {
    int q = Predicates.skipAdverbs(t, v + 1);
    boolean objectAfter = t.tag(q, "DT") || t.tag(q, "PRP$") || t.tag(q, "CD") || t.tag(q, "PRP")
        || NounPhrase.nominal(t, q) && !WordForms.timeNoun(t, q);
    return !objectAfter && !(Verbs.passiveShare(t.verbLemma(v), After.NOTHING) < 0.5);
  }

  /** The first adjective after the contact clause's verb that stands as a predicate, or -1. */
  private static int predicateAfter(Tokens t, NounPhrase subject, int v) {
    for (int p = v + 2; p < t.size() && p < v + 12; p++) {
      if (t.is(p, ",") || FiniteVerbs.finiteVerb(t, p) || t.isAny(p, Words.BE)
          || Clauses.clauseBoundary(t, p) && !t.is(p, "that")) {
        return -1;
      }
      boolean adjective = Predicates.adjective(t, p) || Predicates.homographAdjective(t, p)
          && PredicateKind.thirdPersonSingular(t, subject) && !t.tag(p, "VBZ") && !t.tag(p, "VBD");
      if (adjective && !NounPhrase.nominal(t, p + 1) && !t.tagStarts(p + 1, "JJ")
          && (t.tag(p + 1, "IN") || t.punctuation(p + 1)) && !t.tag(p - 1, "DT")) {
        return p;
      }
    }
    return -1;
  }
}
