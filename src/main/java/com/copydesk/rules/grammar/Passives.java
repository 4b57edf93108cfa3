package com.copydesk.rules.grammar;

import java.util.Set;

/**
 * Decides whether a past participle after a subject must be passive (so a form of "be" is missing) or may
 * be an active past tense ("the firm announced a deal", "shares rose by 5%").
 */
public final class Passives {
  private Passives() {}

  /** What the words after a participle show. */
  public enum Evidence {
    /** Nothing shows the participle must be passive. */
    NONE,
    /** Followed by "by" and an agent. */
    BY_AGENT,
    /** A participle-only form, or a verb followed by what only its passive takes ("forced to go"). */
    PASSIVE,
    /** A transitive past form with no object after it: weaker evidence ("the trial suspended when"). */
    NO_OBJECT
  }

  private static final Set<String> PARTICIPLE_ADVERBS = Set.of("widely", "highly", "heavily", "well", "badly",
      "poorly", "strongly", "closely", "fully", "newly", "much", "deeply", "largely", "partly", "mainly",
      "hotly", "keenly", "eagerly", "warmly", "roundly", "openly", "publicly", "privately", "officially",
      "formally", "jointly", "wholly", "partially", "severely", "seriously", "critically", "fatally",
      "richly", "handsomely", "narrowly", "comfortably", "unanimously", "overwhelmingly");

  private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "away", "back", "over",
      "in", "on", "apart", "aside", "together");
  private static final Set<String> BY_TIME = Set.of("now", "then", "far", "next", "this", "last", "tonight",
      "tomorrow", "noon", "midnight", "mid", "early", "late", "the", "about", "around", "nearly", "almost",
      "more", "less", "some", "up", "over", "just", "only", "half", "as", "roughly", "approximately", "a",
      "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
      "fifty", "hundred", "double", "single");
  private static final Set<String> TIME_WORDS = Set.of("year", "week", "month", "summer", "winter", "spring",
      "autumn", "season", "night", "weekend", "term", "decade", "time", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");
  private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "twenty", "several", "many", "some");
  private static final Set<String> MEASURES = Set.of("points", "point", "goals", "goal", "runs", "wickets", "votes",
      "percent", "per", "percentage", "seconds", "minutes", "hours", "days", "weeks", "months", "years",
      "metres", "meters", "miles", "yards", "strokes", "shots", "lengths", "places", "pence", "cents", "dollars",
      "pounds", "euros", "yen", "times", "billion", "million", "bn", "m", "tries", "frames", "games", "sets",
      "basis", "kg", "tonnes", "feet");
  private static final Set<String> TIME_AFTER_THE = Set.of("end", "time", "weekend", "middle", "start",
      "close", "beginning", "turn", "deadline", "summer", "autumn", "winter", "spring", "evening", "morning");
  private static final Set<String> NO_OBJECT_FOLLOWERS = Set.of(",", ".", ";", ":", "and", "but", "or",
      "when", "after", "before", "because", "as", "if", "while", "since", "until", "amid", "despite", "with",
      "without", "in", "on", "at", "for", "from", "into", "onto", "under", "over", "within", "through",
      "throughout", "during", "following", "via", "across", "against", "earlier", "yesterday",
      "outside", "inside", "near", "to", "\"", "\u201d", ")", "-", "\u2013", "\u2014", "upon", "among",
      "alongside", "behind", "between", "beyond", "towards", "toward", "ahead", "?", "!", "where", "of",
      "about", "off", "up", "online", "overnight", "overseas", "abroad", "together", "jointly", "separately");

  public static Evidence evidence(Tokens t, int p) {
    if (!Predicates.participle(t, p)) {
      return Evidence.NONE;
    }
    String lemma = t.verbLemma(p);
    int q = p + 1;
    boolean particle = false;
    while (t.valid(q) && (Predicates.adverb(t, q) || particle(t, q)) && q < p + 4) {
      particle |= particle(t, q);
      q++;
    }
    int by = byAfter(t, q);
    if (by >= 0 && agent(t, by) && !Verbs.BY_INTRANSITIVE.contains(lemma)) {
      return Evidence.BY_AGENT;
    }
    if (t.isAny(p, Set.of("been", "got", "gotten", "had", "done", "did")) || t.is(p, "used") && t.is(q, "to")) {
      return Evidence.NONE;
    }
    if (Predicates.participleOnly(t, p)) {
      return Evidence.PASSIVE;
    }
    if (t.is(q, "to") && Predicates.verbBase(t, q + 1) && (t.tag(q + 1, "VB") || !t.lexStarts(q + 1, "NN"))
        && Verbs.PASSIVE_WITH_INFINITIVE.contains(lemma)) {
      return Evidence.PASSIVE;
    }
    if (Verbs.PASSIVE_WITH_COMPLEMENT.contains(lemma) && !particle && bareComplement(t, q)) {
      return Evidence.PASSIVE; // "named young player of the year", "considered vital"
    }
    if (particle && Verbs.PHRASAL_PASSIVE.contains(lemma) && noObject(t, q)) {
      return Evidence.PASSIVE; // "forced off after", "snapped up by"
    }
    if (t.is(q, "as") && Verbs.PASSIVE_WITH_AS.contains(lemma)) {
      return Evidence.PASSIVE;
    }
    if (Verbs.TELL_WHOM.contains(lemma) && (Pronouns.isNominative(t, q) || t.is(q, "that"))) {
      return Evidence.PASSIVE; // "he told he would ...": "tell" needs to say whom
    }
    if (Verbs.REPORTING.contains(lemma) && Verbs.TRANSITIVE.contains(lemma) && !particle && noObject(t, q)
        && !clauseFollows(t, q)) {
      return Evidence.NO_OBJECT; // "the merger announced in a statement on Tuesday"
    }
    if (t.is(q, "and") && t.tag(q + 1, "VBD") && !t.lex(q + 1, "VBN")) {
      return Evidence.NONE; // "converted and added a penalty": two past-tense verbs
    }
    if (!particle && !Predicates.verbBase(t, p) && (Verbs.TRANSITIVE.contains(lemma) || participleAdverbBefore(t, p)) && !Verbs.INTRANSITIVE.contains(lemma)
        && !Verbs.REPORTING.contains(lemma) && noObject(t, q)) {
      return Evidence.NO_OBJECT;
    }
    return Evidence.NONE;
  }

  /** Adverbs that grade participles, making a passive reading likely ("widely anticipated"). */
  public static boolean participleAdverbBefore(Tokens t, int p) {
    return t.isAny(p - 1, PARTICIPLE_ADVERBS);
  }

  /** A verb particle ("snapped up", "beaten away"); "in", "on" and "over" only when no noun phrase follows. */
  private static boolean particle(Tokens t, int q) {
    if (!t.isAny(q, PARTICLES) || !t.tag(q, "RP")) {
      return false;
    }
    return !t.isAny(q, Set.of("in", "on", "over")) || t.punctuation(q + 1) || t.is(q + 1, "by")
        || !t.valid(q + 1);
  }

  /** "by" right here, or after one short prepositional phrase ("pipped at the post by"). */
  private static int byAfter(Tokens t, int q) {
    if (t.is(q, "by")) {
      return q;
    }
    if (t.isAny(q, Set.of("in", "at", "on", "for"))) {
      for (int k = q + 1; k < q + 5 && t.valid(k); k++) {
        if (t.is(k, "by")) {
          return k;
        }
        if (FiniteVerbs.finiteVerb(t, k) || t.is(k, ",") || Clauses.clauseBoundary(t, k)) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** "by" + an agent, not a measure ("by 5%"), a means ("by train"), a time ("by Friday") or "-ing". */
  private static boolean agent(Tokens t, int by) {
    int a = by + 1;
    if ((t.tag(a, "CD") || t.isAny(a, NUMBER_WORDS)) && NounPhrase.nominal(t, a + 1) && !t.isAny(a + 1, MEASURES)
        && !t.word(a + 1).startsWith("%")) {
      return true; // "dominated by four companies"
    }
    if (!t.valid(a) || t.tag(a, "CD") || t.isAny(a, Verbs.BY_MANNER) || t.lex(a, "VBG") && !t.lexStarts(a, "NN")
        || t.isAny(a, BY_TIME) && !(t.is(a, "the") || t.is(a, "a") || t.is(a, "an"))
        || Character.isDigit(t.word(a).codePointAt(0)) || t.word(a).startsWith("$")
        || t.word(a).startsWith("\u00a3") || t.punctuation(a)) {
      return false;
    }
    if ((t.is(a, "the") && t.isAny(a + 1, TIME_AFTER_THE)) || (t.is(a, "a") || t.is(a, "an"))
        && t.isAny(a + 1, Set.of("third", "quarter", "half", "fifth", "further", "total", "margin", "factor",
            "fraction", "whisker", "point", "length", "distance", "mile", "nose", "head", "neck", "goal"))) {
      return false;
    }
    return !Tense.isDateWord(t, a);
  }

  /** A complement with no determiner: an adjective ("vital"), a bare noun ("number three"), a title. */
  private static boolean bareComplement(Tokens t, int q) {
    if (t.is(q, "the") && t.capitalised(q) && t.capitalised(q + 1)) {
      return true;
    }
    if (!t.valid(q) || t.tag(q, "DT") || t.tag(q, "PRP") || t.tag(q, "PRP$") || t.tag(q, "CD")
        || t.isAny(q, Words.PREPOSITIONS) || t.punctuation(q) || Predicates.adverb(t, q)) {
      return false;
    }
    if (t.is(q, "the") && t.capitalised(q) && t.capitalised(q + 1)) {
      return true; // "called The Soul Sessions"
    }
    return Predicates.adjective(t, q) || t.tag(q, "NN") && !t.capitalised(q) && (t.tag(q + 1, "CD")
        || t.is(q + 1, "of") || NounPhrase.nominal(t, q + 1)) || t.tagStarts(q, "JJ") && NounPhrase.nominal(t, q + 1);
  }

  /** A "that" clause or a quotation follows later in the sentence ("confirmed in midweek that ..."). */
  private static boolean clauseFollows(Tokens t, int q) {
    for (int k = q; k < t.size(); k++) {
      if (t.is(k, "that") || t.isAny(k, Words.QUOTES) || t.is(k, ":")) {
        return true;
      }
    }
    return false;
  }

  /** The participle is not followed by a direct object. */
  private static boolean noObject(Tokens t, int q) {
    if (t.isAny(q, Set.of("last", "this", "next")) && t.isAny(q + 1, TIME_WORDS) && participleAdverbBefore(t, q - 1)) {
      return true; // "widely praised last summer": a time phrase, not an object
    }
    if (!t.valid(q) || t.isAny(q, NO_OBJECT_FOLLOWERS)) {
      return !(t.is(q, "to") && t.tag(q + 1, "VB") && !t.tagStarts(q + 1, "JJ") && !t.tagStarts(q + 1, "NN"));
    }
    return false;
  }
}
