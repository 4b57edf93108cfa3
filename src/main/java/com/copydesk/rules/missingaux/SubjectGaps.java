package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.BeForms;
import com.copydesk.rules.grammar.Clauses;
import com.copydesk.rules.grammar.FiniteVerbs;
import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.NounPhrase.Number;
import com.copydesk.rules.grammar.Passives;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Pronouns;
import com.copydesk.rules.grammar.Tense;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Verbs;
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
  private static final Set<String> INDEFINITE_PRONOUNS = Set.of("anything", "something", "nothing",
      "everything", "anyone", "someone", "everyone", "nobody", "anybody", "somebody", "everybody", "none");
  /** Subordinators that cannot be prepositions, so a noun phrase after them starts a clause. */
  private static final Set<String> CONTRAST_OPENERS = Set.of("while", "whilst", "whereas", "although",
      "though", "because");
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
      Kind kind = classify(t, subject, p);
      if (kind != null && Boolean.getBoolean("copydesk.debug")) {
        System.err.println("try " + kind + " subj=" + t.word(subject.start()) + ".." + t.word(subject.end())
            + " p=" + t.word(p) + " ok=" + acceptableSubject(t, subject, p, kind));
      }
      if (kind == null || !acceptableSubject(t, subject, p, kind)) {
        continue;
      }
      if (Boolean.getBoolean("copydesk.debug")) {
        System.err.println("cand " + kind + " subj=" + t.word(subject.start()) + ".." + t.word(subject.end()) + " p=" + t.word(p));
      }
      out.add(new Candidate(kind, subject, p));
      e = p;
    }
    return out;
  }

  private static Kind classify(Tokens t, NounPhrase subject, int p) {
    if (!t.valid(p) || t.capitalised(p) && p > 0 && !t.isAny(p - 1, Words.QUOTES)) {
      return null; // names and titles: "Von Trapped", "Spooks Interactive"
    }
    boolean pronoun = subject.isPronoun(t);
    if ((t.is(p, "likely") || t.is(p, "unlikely"))
        && (t.is(p + 1, "to") || t.punctuation(p + 1) || !t.valid(p + 1))) {
      return Kind.LIKELY;
    }
    if (Predicates.strictDegreeBefore(t, p) && (t.lexStarts(p, "JJ") || Predicates.participle(t, p))) {
      return Kind.ADJECTIVE; // "so tiny", "more subdued"
    }
    if (t.is(p, "being") && Predicates.participle(t, p + 1)) {
      return Kind.PROGRESSIVE; // "roads being clogged by"
    }
    if (Predicates.gerund(t, p)) {
      return t.lexStarts(p, "JJ") ? Kind.ADJECTIVE : Kind.PROGRESSIVE;
    }
    if (Predicates.adjectivalParticiple(t, p)) {
      return Kind.PASSIVE; // "we delighted that", "he entitled to"
    }
    if (Predicates.participle(t, p)) {
      Passives.Evidence ev = Passives.evidence(t, p);
      if (ev == Passives.Evidence.BY_AGENT) {
        return Kind.PASSIVE_BY;
      }
      boolean attribution = t.isAny(subject.start() - 1, Words.QUOTES) || t.is(subject.start() - 1, ",");
      if (ev == Passives.Evidence.NO_OBJECT && pronoun && NounPhrase.nominal(t, subject.start() - 1)) {
        return null; // "the label he founded in 1987": the object is the noun before
      }
      if (ev == Passives.Evidence.PASSIVE
          || ev == Passives.Evidence.NO_OBJECT && !(attribution && Verbs.REPORTING.contains(t.verbLemma(p)))) {
        return Kind.PASSIVE;
      }
      return Predicates.adjective(t, p) && !t.tag(p, "VBD") ? Kind.ADJECTIVE : null;
    }
    if (Predicates.adjective(t, p)) {
      return Kind.ADJECTIVE;
    }
    if (Predicates.homographAdjective(t, p) && thirdPersonSingular(t, subject) && !t.tag(p, "VBZ")
        && !t.tag(p, "VBD") && !NounPhrase.nominal(t, p + 1)) {
      return Kind.ADJECTIVE; // "the prize open to", "the index lower than": a verb would need -s
    }
    boolean adverbBetween = p > subject.end() + 1;
    boolean strongPronoun = pronoun && (Pronouns.isNominative(t, subject.start()) || t.is(subject.start(), "it"));
    if (t.isAny(p, PREDICATE_PREPOSITIONS) && t.tag(p, "IN")
        && (strongPronoun || !pronoun && (adverbBetween || t.isAny(subject.start() - 1, CONTRAST_OPENERS)))) {
      return Kind.ADJECTIVE; // "he was in good form", "Nadal was on a hot streak"
    }
    if ((t.tag(p, "DT") || t.tag(p, "CD") || t.tag(p, "PRP$")) && !t.is(p, "that") && !t.is(p, "all")
        && (strongPronoun && !t.is(subject.start() - 1, "that") || !pronoun && adverbBetween)) {
      return Kind.ADJECTIVE; // "she was only the second", "the news was just the latest blow"
    }
    return null;
  }

  private static boolean thirdPersonSingular(Tokens t, NounPhrase subject) {
    return subject.number() == Number.SINGULAR && !t.isAny(subject.start(), Set.of("i", "you", "we", "they"));
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
      if (t.is(start, "that") && !(start == 0 || t.isAny(start - 1, Words.QUOTES)
          || t.isAny(start - 1, Words.COORDINATORS))) {
        return false; // "added that joining ...": a conjunction, not a pronoun
      }
      return (Clauses.subjectPosition(t, start) || t.is(start - 1, ",")) && !afterObjectPredicateVerb(t, start);
    }
    if (!Clauses.subjectPosition(t, start, true) || afterObjectPredicateVerb(t, start)) {
      return false;
    }
    if (kind == Kind.ADJECTIVE && t.isAny(subject.head(), INDEFINITE_PRONOUNS) && start > 0) {
      return false; // "mentioned anything uncomfortable": the adjective follows its noun
    }
    if (kind == Kind.ADJECTIVE && NounPhrase.nominal(t, p + 1) && !t.is(p, "worth") && !t.tag(p, "IN")
        && !t.tag(p, "DT") && !t.tag(p, "CD") && !t.tag(p, "PRP$")) {
      return false; // attributive: "the company chief ...", not a predicate
    }
    if ((kind == Kind.PROGRESSIVE || t.lex(p, "VBG")) && (t.is(start - 1, "-") || t.is(start - 1, "as")
        && t.isAny(start, Set.of("a", "an")))) {
      return false; // "as a Scot living in England", "- both groups winning"
    }
    String predicateTag = kind == Kind.PROGRESSIVE ? "VBG" : kind == Kind.ADJECTIVE || kind == Kind.LIKELY ? "JJ"
        : "VBN";
    if (Clauses.gappedAfterCoordinator(t, start, subject.number() == Number.PLURAL, predicateTag)) {
      return false; // "the burden is too expensive and the timescale too short"
    }
    if (kind != Kind.PASSIVE && kind != Kind.PASSIVE_BY && relativeClauseSubject(t, start)) {
      return true; // "the day that this club not happy with me is the day": "is" is the main clause's
    }
    return !FiniteVerbs.hasOwnVerbAfter(t, p + 1);
  }

  private static boolean relativeClauseSubject(Tokens t, int start) {
    return t.is(start - 1, "that") && NounPhrase.nominal(t, start - 2);
  }

  private static boolean afterObjectPredicateVerb(Tokens t, int start) {
    int b = start - 1;
    return t.valid(b) && t.lexStarts(b, "VB") && t.hasVerbLemma(b, OBJECT_PREDICATE_VERBS)
        && !t.is(b, "said") && !t.isAny(b, Words.BE);
  }
}
