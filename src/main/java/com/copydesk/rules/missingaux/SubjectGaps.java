package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.BeForms;
import com.copydesk.rules.grammar.Clauses;
import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.NounPhrase.Number;
import com.copydesk.rules.grammar.Passives;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Pronouns;
import com.copydesk.rules.grammar.Tense;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds clauses whose subject is followed directly (adverbs aside) by a predicate that needs a form of
 * "be": an adjective, a passive participle, an -ing form, or "likely to". The missing word goes right after
 * the subject ("Ford is working", "the device was so tiny").
 */
final class SubjectGaps {
  private SubjectGaps() {}

  /** What kind of predicate follows the subject. */
  enum Kind { LIKELY, PROGRESSIVE, PASSIVE_BY, PASSIVE, ADJECTIVE }

  /** Verbs that take an object plus a predicate ("found it difficult", "saw him running"). */
  private static final Set<String> OBJECT_PREDICATE_VERBS = Set.of("find", "see", "hear", "feel", "notice",
      "show", "watch", "consider", "declare", "prove", "judge", "rule", "make", "keep", "leave", "want", "need",
      "like", "get", "have", "believe", "think", "deem", "call", "rate", "expect", "imagine", "catch", "spot",
      "report", "render", "hold", "set", "send", "reckon");
  /** Prepositions that can head a predicate after a pronoun ("he was in good form"). */
  private static final Set<String> PREDICATE_PREPOSITIONS = Set.of("in", "on", "at", "under", "above",
      "among", "without", "within", "beyond", "behind", "off", "out", "up");

  /** One gap found: its kind, its subject and the predicate word. */
  record Candidate(Kind kind, NounPhrase subject, int predicate) {
    Gap toGap(Tokens t) {
      Tense fallback = kind == Kind.PASSIVE || kind == Kind.PASSIVE_BY ? Tense.PAST : Tense.PRESENT;
      Tense tense = Tense.guess(t, subject.end() + 1, subject.start(), fallback);
      boolean certain = subject.isPronoun(t) || t.tag(subject.head(), "NNS") || t.tag(subject.head(), "NN")
          && !t.capitalised(subject.head()) || subject.number() == Number.PLURAL;
      return new Gap(subject.end(), subject.end() + 1, BeForms.finite(subject.number(), tense, certain));
    }
  }

  static List<Gap> find(Tokens t, Kind wanted) {
    List<Gap> out = new ArrayList<>();
    for (Candidate c : candidates(t)) {
      if (c.kind() == wanted) {
        out.add(c.toGap(t));
      }
    }
    return out;
  }

  static List<Candidate> candidates(Tokens t) {
    List<Candidate> out = new ArrayList<>();
    for (int e = 0; e + 1 < t.size(); e++) {
      if (NounPhrase.nominal(t, e + 1) || t.is(e + 1, "'s") || t.tag(e + 1, "POS")) {
        continue;
      }
      NounPhrase subject = NounPhrase.endingAt(t, e);
      if (subject == null) {
        continue;
      }
      int p = Predicates.skipAdverbs(t, e + 1);
      boolean pronoun = subject.isPronoun(t);
      Kind kind = classify(t, p, pronoun);
      if (kind == null || !acceptableSubject(t, subject, p, kind)) {
        continue;
      }
      out.add(new Candidate(kind, subject, p));
      e = p;
    }
    return out;
  }

  private static Kind classify(Tokens t, int p, boolean pronoun) {
    if ((t.is(p, "likely") || t.is(p, "unlikely"))
        && (t.is(p + 1, "to") || t.punctuation(p + 1) || !t.valid(p + 1))) {
      return Kind.LIKELY;
    }
    if (Predicates.gerund(t, p) && !t.lexStarts(p, "JJ")) {
      return Kind.PROGRESSIVE;
    }
    if (Predicates.participle(t, p)) {
      Passives.Evidence ev = Passives.evidence(t, p);
      if (ev == Passives.Evidence.BY_AGENT) {
        return Kind.PASSIVE_BY;
      }
      if (ev == Passives.Evidence.PASSIVE) {
        return Kind.PASSIVE;
      }
      return Predicates.adjective(t, p) && !t.tag(p, "VBD") ? Kind.ADJECTIVE : null;
    }
    if (Predicates.adjective(t, p) && !t.is(p, "likely") && !t.is(p, "unlikely")) {
      return Kind.ADJECTIVE;
    }
    if (pronoun && t.isAny(p, PREDICATE_PREPOSITIONS) && !t.tag(p, "RP")) {
      return Kind.ADJECTIVE;
    }
    return null;
  }

  private static boolean acceptableSubject(Tokens t, NounPhrase subject, int p, Kind kind) {
    int start = subject.start();
    if (subject.isPronoun(t)) {
      if (t.is(start, "what") && kind != Kind.LIKELY) {
        return false;
      }
      if (Pronouns.isNominative(t, start)) {
        return true;
      }
      return Clauses.subjectPosition(t, start) && !afterObjectPredicateVerb(t, start)
          || t.is(start - 1, ",") && !afterObjectPredicateVerb(t, start);
    }
    if (!Clauses.subjectPosition(t, start) || afterObjectPredicateVerb(t, start)) {
      return false;
    }
    if (kind == Kind.ADJECTIVE && NounPhrase.nominal(t, p + 1) && !t.is(p, "worth")) {
      return false; // attributive: "the company chief ...", not a predicate
    }
    return !Clauses.hasOwnVerbAfter(t, p + 1);
  }

  private static boolean afterObjectPredicateVerb(Tokens t, int start) {
    int b = start - 1;
    return t.valid(b) && t.tagStarts(b, "VB") && OBJECT_PREDICATE_VERBS.contains(t.verbLemma(b))
        && !t.is(b, "said") && !t.isAny(b, Words.BE);
  }
}
