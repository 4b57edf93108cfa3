package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An infinitive "to" followed by what only "be" can introduce: "likely to modest", "expected to announced",
 * "going to successful", "the company expects it to a record year". Whether "to" is an infinitive marker is
 * read from the word before it (likely, able, hoping, going, set ...) or from a verb that takes an object
 * and an infinitive ("expects it to").
 */
final class ToGaps {
  private ToGaps() {}

  /** Words after which "to" can only mark an infinitive. */
  private static final Set<String> INFINITIVE_ONLY = Set.of("likely", "unlikely", "able", "unable", "about",
      "bound", "supposed", "set", "expected", "expect", "expects", "expecting", "hoping", "hope", "hopes",
      "hoped", "aiming", "aims", "aimed", "aim", "want", "wants", "wanted", "wanting", "need", "needs",
      "needed", "seem", "seems", "seemed", "tend", "tends", "tended", "ceased", "cease", "managed", "decided",
      "failed", "fail", "fails", "tried", "trying", "try", "plans", "planned", "planning", "plan", "intend",
      "intends", "intended", "refused", "got", "gotta", "has", "have", "had", "ought", "deserve", "deserves",
      "deserved", "determined", "keen", "eager", "willing", "ready", "happy", "proud", "glad", "sure",
      "certain", "thought", "believed", "said", "reported", "known", "understood", "estimated", "proved",
      "proves", "prove", "proven", "continue", "continues", "continued", "appears", "appeared", "appear",
      "started", "began", "begin", "start", "is", "are", "was", "were", "be", "been", "'s", "'re", "going");
  /** Verbs taking an object and an infinitive ("expects it to be"). */
  private static final Set<String> OBJECT_INFINITIVE_VERBS = Set.of("expect", "want", "need", "believe",
      "consider", "find", "think", "allow", "ask", "force", "require", "prove", "show", "declare", "know",
      "like", "encourage", "urge", "tell", "help", "report", "estimate", "forecast", "predict", "judge");
  /** After these "to" may still be followed by a noun phrase ("going to the shops", "is to the north"). */
  private static final Set<String> NOUN_PHRASE_POSSIBLE = Set.of("going", "is", "are", "was", "were", "be",
      "been", "'s", "'re", "continue", "continues", "continued", "got", "has", "have", "had", "appears",
      "appeared", "appear", "said", "reported", "known", "started", "began", "start", "begin", "proved",
      "ready", "happy", "proud", "glad", "sure", "certain", "keen", "eager", "willing", "determined",
      "set", "plans", "plan");
  private static final Set<String> PREPOSITIONS_NEVER_AFTER_TO = Set.of("at", "in", "on", "under", "among",
      "within", "without", "inside", "outside", "behind", "around", "amongst");

  static List<Gap> find(Tokens t) {
    List<Gap> out = new ArrayList<>();
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!t.is(i, "to") || t.is(i + 1, "be")) {
        continue;
      }
      int p = Predicates.skipAdverbs(t, i + 1);
      if (t.is(p, "be") || t.is(p, "being")) {
        continue;
      }
      String trigger = trigger(t, i);
      if (trigger != null && needsBe(t, p, trigger)) {
        out.add(new Gap(i, i + 1, List.of("be")));
      }
    }
    return out;
  }

  /** The word that makes this "to" an infinitive marker, or null. */
  private static String trigger(Tokens t, int to) {
    int b = to - 1;
    if (t.isAny(b, INFINITIVE_ONLY)) {
      if (t.isAny(b, Set.of("has", "have", "had", "is", "are", "was", "were", "'s", "'re", "be", "been"))
          && NounPhrase.nominal(t, b + 2) && !t.tagStarts(b + 2, "JJ")) {
        return null;
      }
      return t.lower(b);
    }
    NounPhrase object = NounPhrase.endingAt(t, b);
    if (object != null && object.start() > 0) {
      int v = object.start() - 1;
      if (t.tagStarts(v, "VB") && OBJECT_INFINITIVE_VERBS.contains(t.verbLemma(v))) {
        return "object";
      }
    }
    return null;
  }

  private static boolean needsBe(Tokens t, int p, String trigger) {
    if (!t.valid(p) || Predicates.verbBase(t, p) && !Predicates.strictDegreeBefore(t, p)) {
      return false;
    }
    boolean attributive = NounPhrase.nominal(t, p + 1);
    boolean nounPhraseAllowed = NOUN_PHRASE_POSSIBLE.contains(trigger);
    if (Predicates.adjective(t, p) && !t.is(p, "due")) {
      return !attributive || !nounPhraseAllowed;
    }
    if (Predicates.participle(t, p)) {
      return !attributive || !nounPhraseAllowed;
    }
    if (t.isAny(p, PREPOSITIONS_NEVER_AFTER_TO)) {
      return true;
    }
    if (t.is(p, "as") && Predicates.adjective(t, p + 1)) {
      return true; // "going to as good"
    }
    boolean nounPhrase = t.tag(p, "DT") || t.tag(p, "PRP$") || t.tag(p, "CD") && !t.is(p, "one");
    return nounPhrase && !nounPhraseAllowed && !t.isAny(p, Set.of("what", "which", "that", "whom"))
        && !t.isAny(p - 1, Words.QUOTES);
  }
}
