package com.copydesk.rules.grammar;

import java.util.Set;

/** Word-class judgements about the word that should follow a missing "be": adjective, participle, -ing. */
public final class Predicates {
  private Predicates() {}

  /** Degree words of the grammar: before them a verb cannot stand ("too steep", "more muddy"). */
  private static final Set<String> DEGREE_WORDS = Set.of("too", "so", "more", "most", "less", "least");
  private static final Set<String> NOT_ADVERB = Set.of("there", "here", "that", "as", "likely",
      "well", "like", "due");
  /** Floating quantifiers, which stand where an adverb does ("the geese will all be", "the twins both"). */
  private static final Set<String> FLOATING_QUANTIFIERS = Set.of("all", "both", "each", "either");
  private static final String[] FUNCTION_TAGS = {"IN", "CD", "PRP", "MD", "CC", "WDT", "EX", "TO"};
  /** Determiner-like adjectives, which modify a noun and never stand as a predicate ("only", "own", "next"). */
  private static final Set<String> DETERMINER_ADJECTIVES = Set.of("only", "such", "own", "other", "next",
      "last", "few", "many", "several", "all", "each", "every", "both", "either", "neither", "half", "whole",
      "much", "more", "less", "most", "least", "enough", "same", "further");

  /** The first index at or after {@code i} that is not an adverb (at most four adverbs are skipped). */
  public static int skipAdverbs(Tokens t, int i) {
    int k = i;
    while (k < i + 5) {
      if (adverb(t, k)) {
        k++;
      } else if (adverbialPhrase(t, k)) {
        k += 2;
      } else {
        break;
      }
    }
    return k;
  }

  /** Two-word adverbials that stand where an adverb does ("which in turn", "the kettle at least"). */
  private static boolean adverbialPhrase(Tokens t, int k) {
    if ((t.is(k, "kind") || t.is(k, "sort")) && t.is(k + 1, "of") && !t.tag(k - 1, "DT")
        || t.is(k, "a") && t.isAny(k + 1, Set.of("bit", "little", "lot")) && (t.lexStarts(k + 2, "JJ")
        || t.lexStarts(k + 2, "RB") || t.tag(k + 2, "JJR"))) {
      return true; // hedges: "kind of", "a bit chilly", "a little damp"
    }
    return t.is(k, "in") && t.isAny(k + 1, Set.of("turn", "fact", "particular", "general", "part"))
        || t.is(k, "at") && t.isAny(k + 1, Set.of("least", "first", "present", "times"))
        || t.is(k, "of") && t.is(k + 1, "course") || t.is(k, "so") && t.is(k + 1, "far")
        || t.is(k, "for") && t.is(k + 1, "now");
  }

  public static boolean adverb(Tokens t, int i) {
    if (t.is(i, "as") && t.lexStarts(i + 1, "JJ") && t.is(i + 2, "as")) {
      return true; // "as tidy as possible"
    }
    if (t.is(i, "far") && (t.lexStarts(i + 1, "JJ") || t.tag(i + 1, "IN") || t.tagStarts(i + 1, "RB"))) {
      return true; // "far beyond", "far too"
    }
    if (t.is(i, "once") && (t.lexStarts(i + 1, "JJ") || participle(t, i + 1))) {
      return true; // "which once common"
    }
    if (t.is(i, "much") && (participle(t, i + 1) || t.tag(i + 1, "JJR") || t.tag(i + 1, "RBR"))) {
      return true; // "much admired", "much warmer"
    }
    if (t.is(i, "earlier") || t.is(i, "later")) {
      return !t.isAny(i + 1, Set.of("than", "this", "that", "in", "on", "today"));
    }
    if (!t.valid(i) || t.isAny(i, NOT_ADVERB) || t.isAny(i, FLOATING_QUANTIFIERS)) {
      return false;
    }
    if (t.isAny(i, Words.NEGATIONS) || t.isAny(i, DEGREE_WORDS) && !t.is(i, "so") || t.is(i, "very")) {
      return true;
    }
    if (t.is(i, "so") || t.is(i, "yet")) {
      // "so many", "yet another": a degree word before a quantifier, adjective or adverb; else a conjunction
      return t.lexStarts(i + 1, "JJ") || t.lexStarts(i + 1, "RB") || t.isAny(i + 1, Set.of("much", "many", "another"));
    }
    if (WordForms.mostlyAdjective(t, i) || t.lex(i, "IN") || t.lexStarts(i, "DT") || t.isAny(i, Words.COORDINATORS)
        || WordForms.of(t, i).seen() && WordForms.of(t, i).share("ADV") < 0.1) {
      return false; // "friendly", "nothing": words the tagger may read as adverbs that are hardly ever used so
    }
    return t.tagStarts(i, "RB") && !t.tagStarts(i, "JJ") && !t.tagStarts(i, "NN") && !t.tag(i, "RP")
        || WordForms.mostlyAdverb(t, i) && t.lexStarts(i, "RB");
  }

  /**
   * An adverb that goes before "be" in a verb group ("will also be", "might still stay"): not one that grades the
   * adjective or participle after it ("will be very muddy", "should be neatly folded").
   */
  public static boolean sentenceAdverb(Tokens t, int i) {
    if (t.isAny(i, Words.NEGATIONS) || t.isAny(i, FLOATING_QUANTIFIERS)) {
      return true;
    }
    boolean gradesNext = t.lexStarts(i + 1, "JJ") || participle(t, i + 1);
    return adverb(t, i) && !t.isAny(i, DEGREE_WORDS) && !t.is(i, "very")
        && !(gradesNext && (WordForms.gradesAdjectives(t, i) || !WordForms.of(t, i).seen() && t.lower(i).endsWith("ly")));
  }

  /** A base-form verb reading exists (so the word could follow a modal or "to" as a verb). */
  public static boolean verbBase(Tokens t, int i) {
    return t.lex(i, "VB") || t.lex(i, "VBP");
  }

  public static boolean strictDegreeBefore(Tokens t, int i) {
    return t.isAny(i - 1, DEGREE_WORDS) || WordForms.strictDegreeAdverb(t, i - 1);
  }

  /**
   * A determiner-like adjective, one that is never a predicate in use ("final", "main"), or a word the tagger
   * reads as an adjective that is used as an adverb ("ago") or a noun ("number") far more often.
   */
  private static boolean notPredicate(Tokens t, int i) {
    return t.isAny(i, DETERMINER_ADJECTIVES) || WordForms.adverbNotAdjective(t, i) || WordForms.nounNotAdjective(t, i)
        || WordForms.neverPredicate(t, i);
  }

  /** An adjective that cannot be read as a base-form verb here. */
  public static boolean adjective(Tokens t, int i) {
    if (!t.lexStarts(i, "JJ") || t.isAny(i, NOT_ADVERB) && !t.is(i, "due") && !t.is(i, "likely")
        || notPredicate(t, i) && !strictDegreeBefore(t, i)
        || t.capitalised(i) && i > 0 && !t.isAny(i - 1, Words.QUOTES)) {
      return false;
    }
    for (String tag : FUNCTION_TAGS) {
      if (t.lex(i, tag)) {
        return false;
      }
    }
    return !verbBase(t, i) && !t.lex(i, "VBD") && !t.lex(i, "VBG") || strictDegreeBefore(t, i);
  }

  /** An adjective that is also a base-form verb ("open", "lower", "clear"); the context must decide. */
  public static boolean homographAdjective(Tokens t, int i) {
    return t.lexStarts(i, "JJ") && verbBase(t, i) && !notPredicate(t, i)
        && !t.lex(i, "IN") && !t.lex(i, "MD") && !t.lex(i, "CD") && !(t.capitalised(i) && i > 0);
  }

  private static final Set<String> AFTER_ADJECTIVAL_PARTICIPLE = Set.of("that", "to", "with", "about", "at",
      "by", "in", "of", "over", "for", "on", ".", ",", "and", "but", "because", "when", "if", "as", "!",
      "\"", "\u201d", "from", "after", "since", "-");

  /** An adjectival participle followed by what such adjectives take ("thrilled that", "obliged to"). */
  public static boolean adjectivalParticiple(Tokens t, int i) {
    return participle(t, i) && t.lexStarts(i, "JJ") && WordForms.adjectivalParticiple(t, i)
        && (t.isAny(i + 1, AFTER_ADJECTIVAL_PARTICIPLE) || !t.valid(i + 1))
        && !(t.is(i + 1, "to") && verbBase(t, i + 2) && !(WordForms.infinitiveAfter(t, i) >= 0.5));
  }

  /** An -ing form used as an adjective of feeling or quality ("a baffling clue", "the map was confusing"). */
  public static boolean ingAdjective(Tokens t, int i) {
    return t.lex(i, "VBG") && t.lexStarts(i, "JJ") && WordForms.adjectivalIng(t, i);
  }

  /** A past participle reading exists. */
  public static boolean participle(Tokens t, int i) {
    return t.lex(i, "VBN") && !t.is(i, "been");
  }

  /** A past participle that is not also a past tense or base form ("driven", "shown", "born"). */
  public static boolean participleOnly(Tokens t, int i) {
    return participle(t, i) && !t.lex(i, "VBD") && !verbBase(t, i);
  }

  /** An -ing verb form that is not only an adjective ("interesting") or "being"/"having". */
  public static boolean gerund(Tokens t, int i) {
    return t.lex(i, "VBG") && !t.isAny(i, Set.of("being", "having", "according", "including", "following",
        "excluding", "regarding", "concerning", "pending", "during", "notwithstanding", "barring"));
  }

  /** The lemma of the word's verb reading, or its lower-case form. */
  public static String verbLemma(Tokens t, int i) {
    return t.verbLemma(i);
  }
}
