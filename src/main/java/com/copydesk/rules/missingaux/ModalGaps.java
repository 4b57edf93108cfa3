package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Tokens;
import com.copydesk.rules.grammar.WordForms;
import com.copydesk.rules.grammar.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A modal followed by something only "be" can introduce: an adjective ("might muddy"), a participle
 * ("won't repainted"), an -ing form ("could sailing"), or a noun or prepositional phrase with no verb
 * after it ("would in the attic"). "be" goes after the modal, its negation and adverbs such as
 * "also" ("will also be"), before degree adverbs ("will be very muddy").
 */
final class ModalGaps {
  private ModalGaps() {}

  private static final Set<String> QUESTION_OPENERS = Set.of("what", "why", "how", "where", "when", "nor",
      "neither", "whom", "whose");
  private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its",
      "our", "my", "your", "this", "these", "those", "no", "in", "at", "on", "under", "among", "without",
      "within", "beyond", "above", "below", "out", "worth", "from", "of", "one", "up");

  static List<Gap> find(Tokens t) {
    List<Gap> out = new ArrayList<>();
    for (int m = 0; m < t.size(); m++) {
      if (!modal(t, m) || inverted(t, m)) {
        continue;
      }
      int k = m + 1;
      while (k < m + 4 && Predicates.sentenceAdverb(t, k) && !verbWithObject(t, k)) {
        k++;
      }
      if (verbWithObject(t, k)) {
        continue; // "can't forward the file": the word the tagger also reads as an adverb is the modal's verb
      }
      int p = Predicates.skipAdverbs(t, k);
      p = skipTimeAdverbial(t, p);
      if (needsBe(t, p)) {
        out.add(Gap.be(k - 1, k));
      }
    }
    return out;
  }

  /** A word that can be a base-form verb, with an object after it. */
  private static boolean verbWithObject(Tokens t, int k) {
    return Predicates.verbBase(t, k) && (t.tag(k + 1, "DT") || t.tag(k + 1, "PRP$") || t.tag(k + 1, "PRP"));
  }

  private static boolean modal(Tokens t, int m) {
    if (t.is(m, "'d")) {
      // "I'd very glad": "'d" is "would" before an adjective ("had" before a participle)
      int p = Predicates.skipAdverbs(t, m + 1);
      return (Predicates.adjective(t, p) || Predicates.homographAdjective(t, p) && (t.punctuation(p + 1)
          || t.isAny(p + 1, Set.of("for", "to", "than")))) && !Predicates.participle(t, p);
    }
    return t.isAny(m, Words.MODALS) && (t.tag(m, "MD") || t.is(m, "cannot"));
  }

  private static boolean inverted(Tokens t, int m) {
    if (m == 0 || t.isAny(m - 1, Words.QUOTES) && m == 1 || t.isAny(m - 1, QUESTION_OPENERS)) {
      return true;
    }
    return t.is(m - 1, "so") && !t.tagStarts(m - 2, "NN") || t.is(m - 1, ",") && questionAfter(t, m);
  }

  private static boolean questionAfter(Tokens t, int m) {
    for (int i = m; i < t.size(); i++) {
      if (t.is(i, "?")) {
        return true;
      }
    }
    return false;
  }

  private static boolean needsBe(Tokens t, int p) {
    if (!t.valid(p) || t.is(p, "likely") || t.is(p, "well")) {
      return false;
    }
    if (Predicates.adjective(t, p)) {
      return true;
    }
    if (Predicates.participle(t, p) && (!Predicates.verbBase(t, p) || participleOfOtherVerb(t, p))) {
      return true;
    }
    if (Predicates.homographAdjective(t, p) && WordForms.mostlyAdjective(t, p)
        && (t.isAny(p + 1, Set.of("for", "than", "enough")) || t.is(p + 1, "to") && t.tag(p + 2, "VB"))) {
      return true; // "should ready for", "will warmer than"
    }
    if (t.is(p, "as") && Predicates.adjective(t, p + 1) || t.isAny(p, Set.of("here", "there")) && t.valid(p + 1)
        && !Predicates.verbBase(t, p + 1)) {
      return true; // "will as tidy", "will here next spring"
    }
    if (NounPhrase.nominal(t, p) && !Predicates.verbBase(t, p) && !t.capitalised(p) && noVerbSoon(t, p)
        && t.word(p).indexOf('-') < 0
        && !NounPhrase.nominal(t, p - 1)) {
      return true; // "there may hay bales"
    }
    if (Predicates.gerund(t, p) && !Predicates.verbBase(t, p)) {
      return true;
    }
    boolean nounPhrase = t.isAny(p, NOUN_PHRASE_OPENERS) && !t.is(p, "one")
        || (t.tag(p, "NNP") || t.tag(p, "NNPS")) && !Predicates.verbBase(t, p);
    return nounPhrase && !questionAfter(t, p) && noVerbSoon(t, p) && !NounPhrase.nominal(t, p - 1);
  }

  /** Words that open a time adverbial before a time noun ("one day", "next spring", "this time", "every week"). */
  private static final Set<String> TIME_OPENERS = Set.of("one", "next", "last", "this", "that", "some", "every",
      "each", "later", "earlier");

  /**
   * A time adverbial between the modal and its verb stands where an adverb does ("could one day carry", "will
   * next spring face"): what follows it decides.
   */
  static int skipTimeAdverbial(Tokens t, int p) {
    if (t.isAny(p, TIME_OPENERS) && WordForms.timeNoun(t, p + 1)) {
      return Predicates.skipAdverbs(t, p + 2);
    }
    return p;
  }

  /** "should found near": the participle belongs to another verb ("find") than the base form ("found"). */
  private static boolean participleOfOtherVerb(Tokens t, int p) {
    return !t.verbLemma(p).equals(t.lower(p)) && t.tag(p + 1, "IN") && !t.tag(p + 1, "RP");
  }

  /** No base-form verb follows in the next few words (it would be the modal's verb). */
  private static boolean noVerbSoon(Tokens t, int p) {
    for (int i = p + 1; i < p + 7 && t.valid(i); i++) {
      if (i > p && (t.is(i, ",") || t.isAny(i, Words.COORDINATORS) || t.is(i, "."))) {
        return true;
      }
      if (t.tag(i, "VB") && !t.tagStarts(i, "NN") && !t.tagStarts(i, "JJ")) {
        return false;
      }
    }
    return true;
  }
}
