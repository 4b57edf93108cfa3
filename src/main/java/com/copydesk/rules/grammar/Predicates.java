package com.copydesk.rules.grammar;

import java.util.Set;

/** Word-class judgements about the word that should follow a missing "be": adjective, participle, -ing. */
public final class Predicates {
  private Predicates() {}

  /** Adverbs that only ever grade adjectives, so the word after them cannot be a verb ("very clear"). */
  private static final Set<String> STRICT_DEGREE = Set.of("very", "too", "equally", "extremely", "fairly",
      "increasingly", "incredibly", "remarkably", "relatively", "so", "pretty", "unusually", "surprisingly",
      "reasonably", "sufficiently", "terribly", "awfully", "hugely", "highly", "particularly", "especially",
      "less", "more", "most", "least", "quite", "rather", "somewhat", "slightly", "not");
  private static final Set<String> NOT_ADVERB = Set.of("there", "here", "that", "as", "likely",
      "well", "like", "due");

  private static final String[] FUNCTION_TAGS = {"IN", "CD", "PRP", "MD", "CC", "WDT", "EX", "TO"};
  /** Words LanguageTool tags JJ that do not make a predicate after a subject ("the sum far in excess"). */
  private static final Set<String> NOT_PREDICATE_ADJECTIVES = Set.of("else", "ago", "ahead", "worldwide",
      "later", "earlier", "first", "together", "alone", "apart", "abroad", "overseas", "home", "enough",
      "much", "more", "less", "most", "least", "only", "such", "own", "other", "same", "next", "last", "few",
      "many", "several", "all", "each", "every", "both", "either", "neither", "half", "whole", "early",
      "late", "further", "farther", "round", "around", "far", "so", "very", "too", "best", "better", "worse",
      "worst", "upstairs", "downstairs", "overnight", "online", "offshore", "onshore", "nationwide",
      "anyway", "outright", "forward", "backward", "straight", "direct", "live", "fine", "okay", "ok", "away",
      "back", "over", "down", "off", "aside", "upstream", "downstream", "inside", "outside", "apiece", "alike");

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

  /** Two-word adverbials that stand where an adverb does ("which in turn", "it at least"). */
  private static boolean adverbialPhrase(Tokens t, int k) {
    return t.is(k, "in") && t.isAny(k + 1, Set.of("turn", "fact", "particular", "general", "part"))
        || t.is(k, "at") && t.isAny(k + 1, Set.of("least", "first", "present", "times"))
        || t.is(k, "of") && t.is(k + 1, "course") || t.is(k, "so") && t.is(k + 1, "far")
        || t.is(k, "for") && t.is(k + 1, "now");
  }

  public static boolean adverb(Tokens t, int i) {
    if (t.is(i, "as") && t.lexStarts(i + 1, "JJ") && t.is(i + 2, "as")) {
      return true; // "as thorough as possible"
    }
    if (t.is(i, "far") && (t.lexStarts(i + 1, "JJ") || t.tag(i + 1, "IN") || t.tagStarts(i + 1, "RB"))) {
      return true; // "far below", "far too"
    }
    if (t.is(i, "once") && (t.lexStarts(i + 1, "JJ") || participle(t, i + 1))) {
      return true; // "which once widespread"
    }
    if (t.is(i, "much") && (participle(t, i + 1) || t.tag(i + 1, "JJR") || t.tag(i + 1, "RBR"))) {
      return true; // "much missed", "much better"
    }
    if (t.is(i, "earlier") || t.is(i, "later")) {
      return !t.isAny(i + 1, Set.of("than", "this", "that", "in", "on", "today"));
    }
    if (!t.valid(i) || t.isAny(i, NOT_ADVERB)) {
      return false;
    }
    return t.isAny(i, Words.NEGATIONS) || t.isAny(i, Words.PRE_BE_ADVERBS) && !t.isAny(i, Set.of("no", "all",
        "both", "each", "either", "once", "later"))
        || t.isAny(i, Words.DEGREE_ADVERBS) && !t.isAny(i, Set.of("all", "that", "how", "as", "much", "far"))
        || t.tagStarts(i, "RB") && !t.tagStarts(i, "JJ") && !t.tagStarts(i, "NN") && !t.tag(i, "IN")
        && !t.tag(i, "DT") && !t.tag(i, "RP") && !t.isAny(i, Words.COORDINATORS) && !t.is(i, "so");
  }

  /** A base-form verb reading exists (so the word could follow a modal or "to" as a verb). */
  public static boolean verbBase(Tokens t, int i) {
    return t.lex(i, "VB") || t.lex(i, "VBP");
  }

  public static boolean strictDegreeBefore(Tokens t, int i) {
    return t.isAny(i - 1, STRICT_DEGREE) && !t.is(i - 1, "not");
  }

  /** An adjective that cannot be read as a base-form verb here. */
  public static boolean adjective(Tokens t, int i) {
    if (!t.lexStarts(i, "JJ") || t.isAny(i, NOT_ADVERB) && !t.is(i, "due") && !t.is(i, "likely")
        || t.isAny(i, NOT_PREDICATE_ADJECTIVES) && !strictDegreeBefore(t, i)
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
    return t.lexStarts(i, "JJ") && verbBase(t, i) && !t.isAny(i, NOT_PREDICATE_ADJECTIVES)
        && !t.lex(i, "IN") && !t.lex(i, "MD") && !t.lex(i, "CD") && !(t.capitalised(i) && i > 0);
  }

  /** Participles used as adjectives of feeling or state ("delighted", "entitled", "based"). */
  private static final Set<String> ADJECTIVAL_PARTICIPLES = Set.of("delighted", "pleased", "surprised",
      "frustrated", "interested", "concerned", "worried", "disappointed", "satisfied", "excited", "shocked",
      "saddened", "thrilled", "determined", "convinced", "entitled", "obliged", "mystified", "annoyed",
      "angered", "amazed", "stunned", "relieved", "encouraged", "impressed", "committed", "dedicated",
      "involved", "engaged", "married", "based", "located", "situated", "injured", "bored",
      "confused", "embarrassed", "honoured", "honored", "privileged", "qualified", "equipped", "scheduled",
      "supposed", "aimed", "upset",
      "alarmed", "astonished", "baffled", "bemused", "delayed", "devastated", "dismayed", "distracted",
      "elated", "exhausted", "fascinated", "flattered", "gutted", "horrified", "humbled", "inspired",
      "intrigued", "irritated", "outraged", "overjoyed", "perplexed", "puzzled", "scared", "startled",
      "troubled", "prepared", "linked", "related", "designed", "intended");
  private static final Set<String> AFTER_ADJECTIVAL_PARTICIPLE = Set.of("that", "to", "with", "about", "at",
      "by", "in", "of", "over", "for", "on", ".", ",", "and", "but", "because", "when", "if", "as", "!",
      "\"", "\u201d", "from", "after", "since", "-");

  /** An adjectival participle followed by what such adjectives take ("delighted that", "entitled to"). */
  public static boolean adjectivalParticiple(Tokens t, int i) {
    return t.isAny(i, ADJECTIVAL_PARTICIPLES) && (t.isAny(i + 1, AFTER_ADJECTIVAL_PARTICIPLE)
        || !t.valid(i + 1)) && !(t.is(i + 1, "to") && verbBase(t, i + 2)
        && !t.isAny(i, Set.of("entitled", "determined", "supposed", "committed", "prepared", "obliged",
            "delighted", "pleased", "surprised", "shocked", "thrilled", "relieved", "disappointed",
            "designed", "scheduled", "interested", "upset", "saddened", "frustrated")));
  }

  /** Verbs of feeling whose -ing form is an adjective ("interesting", "worrying"). */
  private static final Set<String> FEELING_VERBS = Set.of("interest", "excite", "disappoint", "amaze", "surprise",
      "encourage", "worry", "confuse", "convince", "promise", "please", "shock", "alarm", "frighten", "stun",
      "depress", "distress", "embarrass", "bore", "tire", "thrill", "astonish", "annoy", "irritate", "satisfy",
      "overwhelm", "intrigue", "impress", "frustrate", "humiliate", "reassure", "disturb", "terrify", "charm",
      "devastate", "exhaust", "puzzle", "baffle", "amuse", "inspire", "refresh", "challenge", "demand",
      "mislead", "compel", "excel");

  /** An -ing form used as an adjective of feeling or quality ("a disappointing result", "it was confusing"). */
  public static boolean ingAdjective(Tokens t, int i) {
    return t.lex(i, "VBG") && t.lexStarts(i, "JJ") && t.hasVerbLemma(i, FEELING_VERBS);
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
