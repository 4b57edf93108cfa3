package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "to" followed by what only "be" can introduce: "likely to modest", "expected to announced", "going to
 * successful", "the company expects it to a record year", "to at the ceremony". What may follow depends on
 * how sure it is that this "to" marks an infinitive: after "likely", "able", "hoping", "is said", "expects
 * it" and the like it must, so a noun phrase after it shows "be" is missing; after other words only what can
 * never follow a preposition "to" (an adjective standing alone, "at", "in") does.
 */
final class ToGaps {
  private ToGaps() {}

  /** Words after which "to" can only mark an infinitive. */
  private static final Set<String> INFINITIVE_ONLY = Set.of("likely", "unlikely", "able", "unable", "about",
      "bound", "supposed", "expected", "expect", "expects", "expecting", "hoping", "hope", "hopes", "hoped",
      "aiming", "aims", "aimed", "want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "need",
      "needs", "needed", "seem", "seems", "seemed", "tend", "tends", "tended", "ceased", "cease", "managed",
      "decided", "failed", "fail", "fails", "tried", "trying", "try", "plans", "planned", "planning",
      "intend", "intends", "intended", "refused", "deserve", "deserves", "deserved", "determined", "keen",
      "eager", "willing", "lucky", "delighted", "pleased", "glad", "embarrassed", "honoured", "thrilled",
      "promises", "promised", "promise", "vowed", "pledged", "threatened", "ought", "gotta", "got", "has",
      "have", "had", "having", "prepared", "appears", "appeared", "appear", "chose", "choose", "opted",
      "opting");
  /** Passive verbs of report after which "to" marks an infinitive ("is said to", "were thought to"). */
  private static final Set<String> PASSIVE_REPORT = Set.of("said", "thought", "believed", "expected",
      "considered", "rumoured", "rumored", "alleged", "reported", "known", "understood", "projected", "seen",
      "estimated", "meant", "designed", "supposed", "set", "deemed", "reckoned", "tipped", "forecast",
      "predicted", "scheduled", "slated", "claimed", "feared", "presumed", "shown", "proven", "proved",
      "found", "felt", "made", "asked", "told", "urged", "forced", "required", "allowed", "invited");
  /** Verbs taking an object and an infinitive ("expects it to be"). */
  private static final Set<String> OBJECT_INFINITIVE_VERBS = Set.of("expect", "want", "need", "believe",
      "consider", "allow", "ask", "force", "require", "prove", "declare", "wish", "intend", "urge", "deem",
      "encourage", "tell", "judge", "reckon", "estimate", "forecast", "predict", "project", "think");
  /** Verbs of becoming and seeming: "to" + "a" after them must be an infinitive missing "be". */
  private static final Set<String> BECOMING = Set.of("proved", "prove", "proves", "proven", "seems", "seem",
      "seemed", "appears", "appeared", "promises", "promised", "turned", "turns", "tends", "tended", "continues",
      "continue", "continued");
  private static final Set<String> NEVER_AFTER_TO = Set.of("at", "in", "on", "under", "among", "within",
      "without", "inside", "outside", "behind", "amongst", "with", "of", "here");
  private static final Set<String> TO_AS_PREPOSITION = Set.of("up", "close", "next", "due", "according",
      "thanks", "prior", "owing", "as", "compared", "relative", "similar", "opposed", "across", "back", "over",
      "away", "forward", "round", "around", "down", "switch", "switched", "move", "moved", "moving");
  private static final Set<String> INDEFINITES = Set.of("someone", "somebody", "something", "nothing",
      "anyone", "anything", "everyone", "everything", "nobody", "part");

  static List<Gap> find(Tokens t) {
    List<Gap> out = new ArrayList<>();
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!t.is(i, "to") || t.isAny(i - 1, TO_AS_PREPOSITION) || t.is(i + 1, "date")) {
        continue;
      }
      int p = Predicates.skipAdverbs(t, i + 1);
      if (!t.valid(p) || t.is(p, "be") || t.is(p, "being") || t.punctuation(p)) {
        continue;
      }
      if (needsBe(t, i, p, infinitiveCertain(t, i))) {
        out.add(new Gap(i, i + 1, List.of("be")));
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
    if (t.isAny(b, INFINITIVE_ONLY)) {
      return !t.is(b, "got") || t.isAny(b - 1, Set.of("have", "has", "'ve", "'s", "had", "'d"));
    }
    if (t.isAny(b, PASSIVE_REPORT) && (t.isAny(b - 1, Words.BE) || t.is(b - 1, "'s") || t.isAny(b - 2, Words.BE)
        && Predicates.adverb(t, b - 1))) {
      return true;
    }
    if (t.isAny(b, PASSIVE_REPORT) && !t.isAny(b, Set.of("said", "told", "asked", "made", "shown", "found", "felt"))
        && (NounPhrase.nominal(t, b - 1) || t.is(b - 1, ","))) {
      return true; // "a theatre thought to ...", "a missile, believed to ...": a passive participle
    }
    if (t.isAny(b, BECOMING) && t.isAny(to + 1, Set.of("a", "an", "nothing", "something"))) {
      return true; // "proved to a ratings loser": these verbs take no "to" phrase of place
    }
    if (t.is(b, "out") && t.lemma(b - 1, "turn")) {
      return true;
    }
    if (t.is(b, "going")) {
      // "it is going to a difficult game": a thing does not travel
      int k = b - 1;
      while (Predicates.adverb(t, k)) {
        k--;
      }
      if (t.isAny(k, Words.BE) || t.is(k, "'s")) {
        return t.isAny(k - 1, Set.of("it", "this", "that", "which", "there", "what"));
      }
    }
    if (t.is(b, "used") && t.is(b - 1, "there")) {
      return true;
    }
    NounPhrase object = NounPhrase.endingAt(t, b);
    int v = object != null ? object.start() - 1 : t.isAny(b, Set.of("itself", "himself", "herself",
        "themselves", "ourselves", "myself")) ? b - 1 : -1;
    return t.valid(v) && t.lexStarts(v, "VB") && t.hasVerbLemma(v, OBJECT_INFINITIVE_VERBS);
  }

  private static boolean needsBe(Tokens t, int to, int p, boolean certain) {
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
      return true; // "is thought to more than 10%"
    }
    if (certain && t.isAny(p, Set.of("about", "around", "over", "under", "nearly", "almost", "roughly"))
        && (t.tag(p + 1, "CD") || t.word(p + 1).startsWith("\u00a3") || t.word(p + 1).startsWith("$"))) {
      return true; // "expected profits to about £138m"
    }
    if (certain && NounPhrase.nominal(t, p) && !Predicates.verbBase(t, p) && (t.is(p + 1, "of") || t.tag(p, "NNS"))) {
      return true; // "allow it to part of", "meant to commentaries"
    }
    if (Predicates.participle(t, p)) {
      return certain || !nounFollows && !fromBefore(t, to);
    }
    if (t.isAny(p, NEVER_AFTER_TO) && (t.tag(p, "IN") || !t.tag(p, "RP"))) {
      return !t.is(p, "in") || !t.is(p + 1, "excess");
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

  /** "from bad to worse", "from red to green". */
  private static boolean fromBefore(Tokens t, int to) {
    for (int k = to - 1; k >= Math.max(0, to - 5); k--) {
      if (t.is(k, "from")) {
        return true;
      }
    }
    return false;
  }
}
