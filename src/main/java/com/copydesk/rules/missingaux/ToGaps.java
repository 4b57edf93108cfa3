package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Tense;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Verbs;
import com.copydesk.rules.grammar.WordForms;
import com.copydesk.rules.grammar.Words;
import com.copydesk.rules.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "to" followed by what only "be" can introduce: "likely to damp", "expected to repaired", "going to
 * muddy", "the warden expects it to a busy spring", "to at the fete". What may follow depends on
 * how sure it is that this "to" marks an infinitive: after "likely", "able", "tends", "is thought", "expects
 * it" and the like it must, so a noun phrase after it shows "be" is missing; after other words only what can
 * never follow a preposition "to" (an adjective standing alone, "at", "in") does.
 */
final class ToGaps {
  private ToGaps() {}

  /** At or above this share of infinitives after a word, its "to" is taken to mark an infinitive. */
  static final double INFINITIVE_AFTER = 0.9;
  /** At or below it, "to" after the word is a preposition ("according to", "next to"). */
  static final double PREPOSITION_AFTER = 0.1;
  /** Semi-modals, whose "to" is always infinitival ("has to", "used to", "ought to"). */
  private static final Set<String> SEMI_MODALS = Set.of("has", "have", "had", "having", "ought", "used", "got",
      "gotta");
  private static final Set<String> NEVER_AFTER_TO = Set.of("at", "in", "on", "under", "among", "within",
      "without", "inside", "outside", "behind", "amongst", "with", "of", "here");
  private static final Set<String> INDEFINITES = Set.of("someone", "somebody", "something", "nothing",
      "anyone", "anything", "everyone", "everything", "nobody", "part");

  static List<Gap> find(Tokens t) {
    List<Gap> out = new ArrayList<>();
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!t.is(i, "to") || WordForms.infinitiveAfter(t, i - 1) <= PREPOSITION_AFTER) {
        continue;
      }
      int p = Predicates.skipAdverbs(t, i + 1);
      if (!t.valid(p) || t.is(p, "be") || t.is(p, "being") || t.punctuation(p)) {
        continue;
      }
      if (needsBe(t, i, p, infinitiveCertain(t, i))) {
        out.add(Gap.be(i, i + 1));
      }
    }
    return out;
  }

  /** Must this "to" mark an infinitive? */
  static boolean infinitiveCertain(Tokens t, int to) {
    int b = to - 1;
    if (b < 0) {
      return false;
    }
    if (WordForms.infinitiveAfter(t, b) >= INFINITIVE_AFTER && !t.isAny(b, Words.BE) && !NounPhrase.nominal(t, b)) {
      return true; // "able to", "likely to"; after "be", "to" may open a predicate ("was to everyone's taste")
    }
    if (t.isAny(b, SEMI_MODALS) && !t.isAny(b - 1, Words.BE) && !t.hasVerbLemma(b - 1, Verbs::linking)) {
      return !t.is(b, "got") || t.isAny(b - 1, Set.of("have", "has", "'ve", "'s", "had", "'d"));
    }
    if (t.tagStarts(b, "VB") && !t.tagStarts(b, "NN") && !Predicates.participle(t, b)
        && t.hasVerbLemma(b, l -> Verbs.infinitiveAfter(l) >= INFINITIVE_AFTER)) {
      return true; // "tends to", "hoped to", "refused to"
    }
    if (Predicates.participle(t, b) && Verbs.passiveInfinitive(t.verbLemma(b))
        && (t.isAny(b - 1, Words.BE) || t.is(b - 1, "'s") || NounPhrase.nominal(t, b - 1) || t.is(b - 1, ",")
        || t.isAny(b - 2, Words.BE) && Predicates.adverb(t, b - 1))) {
      return true; // "is thought to", "a statue believed to": a passive whose "to" can only start an infinitive
    }
    if (t.tag(b, "RP") && Lexicon.get().phrasalInfinitive(t.verbLemma(b - 1), t.lower(b)) >= INFINITIVE_AFTER) {
      return true; // "turned out to": a phrasal verb whose "to" starts an infinitive
    }
    if (t.is(b, "going")) {
      // "it is going to ...", "which was going to ...": "going" with a subject that cannot travel is the future
      int k = b - 1;
      while (Predicates.adverb(t, k)) {
        k--;
      }
      if (t.isAny(k, Words.BE) || t.is(k, "'s")) {
        return t.isAny(k - 1, Set.of("it", "this", "that", "which", "there", "what"));
      }
    }
    NounPhrase object = NounPhrase.endingAt(t, b);
    int v = object != null ? object.start() - 1 : t.isAny(b, Set.of("itself", "himself", "herself",
        "themselves", "ourselves", "myself")) ? b - 1 : -1;
    // "expects the tide to ...", but not "found an answer to ...": the noun itself may take a "to" phrase
    return t.valid(v) && t.lexStarts(v, "VB") && t.hasVerbLemma(v, Verbs::objectInfinitive)
        && !(WordForms.infinitiveAfter(t, b) < 0.5);
  }

  private static boolean needsBe(Tokens t, int to, int p, boolean certain) {
    if (verbWithObject(t, p)) {
      return false; // "tried to steady himself", "plans to open the shop": a verb, not "be" + adjective
    }
    if (fromBefore(t, to) && !Predicates.participle(t, p)) {
      return false; // "from an hour to a day", "from amber to green": a range, "to" is a preposition
    }
    if (certain && Predicates.homographAdjective(t, p) && WordForms.mostlyAdjective(t, p) && !NounPhrase.nominal(t, p + 1)) {
      return true; // "expected to ready by May": an adjective in use, though also a verb ("to ready")
    }
    boolean verb = Predicates.verbBase(t, p) && !Predicates.strictDegreeBefore(t, p);
    if (verb) {
      return false;
    }
    int afterModifiers = p + 1;
    while (t.tagStarts(afterModifiers, "JJ") && !NounPhrase.nominal(t, afterModifiers)) {
      afterModifiers++;
    }
    boolean nounFollows = NounPhrase.nominal(t, afterModifiers);
    if (Predicates.adjective(t, p) && !t.is(p, "due")) {
      return certain || !nounFollows && !fromBefore(t, to) && !(t.tagStarts(p, "NN") && !t.tagStarts(p, "JJ"));
    }
    if ((t.is(p, "more") || t.is(p, "less") || t.is(p, "as")) && Predicates.adjective(t, p + 1)) {
      return certain || !NounPhrase.nominal(t, p + 2);
    }
    if (certain && (t.isAny(p, Set.of("more", "less")) && t.is(p + 1, "than")
        || t.is(p, "than") && t.isAny(p - 1, Set.of("more", "less")))) {
      return true; // "is thought to more than a metre"
    }
    if (certain && t.isAny(p, Set.of("about", "around", "over", "under", "nearly", "almost", "roughly"))
        && (t.tag(p + 1, "CD") || t.word(p + 1).startsWith("\u00a3") || t.word(p + 1).startsWith("$"))) {
      return true; // "expected the crowd to about 3,000"
    }
    if (certain && NounPhrase.nominal(t, p) && !Predicates.verbBase(t, p) && (t.is(p + 1, "of") || t.tag(p, "NNS"))) {
      return true; // "allow the barn to part of", "meant to sketches"
    }
    if (Predicates.participle(t, p)) {
      return certain || !nounFollows && !fromBefore(t, to);
    }
    if (t.isAny(p, NEVER_AFTER_TO) && (t.tag(p, "IN") || !t.tag(p, "RP"))) {
      // a preposition cannot follow infinitival "to"; after a word whose "to" is often a preposition
      // ("trimmed to within a centimetre") it can
      return certain || !(WordForms.infinitiveAfter(t, to - 1) < 0.5);
    }
    if (!certain) {
      return false;
    }
    if (Predicates.gerund(t, p)) {
      return true;
    }
    return t.tag(p, "DT") || t.tag(p, "PRP$") || t.tag(p, "CD") || t.isAny(p, INDEFINITES)
        || t.tag(p, "NNP") && !t.isAny(p, Set.of("what", "which", "that", "whom"));
  }

  /** Adjectives that take a noun phrase straight after them ("worth the wait", "like a storm"). */
  private static final Set<String> ADJECTIVES_WITH_OBJECT = Set.of("worth", "like", "unlike", "near", "opposite",
      "due", "next", "nearer", "closer");
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "it", "himself",
      "herself", "themselves", "itself", "ourselves", "myself", "yourself", "yourselves");

  /**
   * Adjective and verb share the form ("steady", "slow", "open", "clear"), or the tagger knows only the adjective
   * ("offshore"), and an object follows: an adjective takes no object, so after "to" the word is a verb.
   */
  static boolean verbWithObject(Tokens t, int p) {
    if (!(Predicates.adjective(t, p) || Predicates.homographAdjective(t, p)) || t.isAny(p, ADJECTIVES_WITH_OBJECT) || Predicates.participle(t, p)) {
      return false;
    }
    int q = p + 1;
    if (t.isAny(q, Set.of("this", "last", "next", "every", "each")) && (WordForms.timeNoun(t, q + 1)
        || Tense.isDateWord(t, q + 1))) {
      return false; // "expected to poor this year": a time phrase, not an object
    }
    return t.tag(q, "DT") && !t.isAny(q, Set.of("that", "all", "both", "each", "enough")) || t.tag(q, "PRP$")
        || t.isAny(q, OBJECT_PRONOUNS) && !t.is(q + 1, "'s");
  }

  /** "from bad to worse", "from amber to green". */
  private static boolean fromBefore(Tokens t, int to) {
    for (int k = to - 1; k >= Math.max(0, to - 5); k--) {
      if (t.is(k, "from")) {
        return true;
      }
    }
    return false;
  }
}
