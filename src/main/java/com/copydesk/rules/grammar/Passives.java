package com.copydesk.rules.grammar;

import com.copydesk.rules.lexicon.Lexicon;
import com.copydesk.rules.lexicon.Lexicon.After;
import java.util.Set;

/**
 * Decides whether a past participle after a subject must be passive (so a form of "be" is missing) or may
 * be an active past tense ("the baker baked a loaf", "the river rose by a metre").
 */
public final class Passives {
  private Passives() {}

  /** What the words after a participle show. */
  public enum Evidence {
    /** Nothing shows the participle must be passive. */
    NONE,
    /** Followed by "by" and an agent. */
    BY_AGENT,
    /** A participle-only form, or a verb followed by what only its passive takes ("obliged to wait"). */
    PASSIVE,
    /** A transitive past form with no object after it: weaker evidence ("the ferry cancelled when"). */
    NO_OBJECT
  }

  private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "away", "back", "over",
      "in", "on", "apart", "aside", "together");
  /** Adverbs, quantifiers, deictic words and reflexives that follow "by" without naming an agent. */
  private static final Set<String> NOT_AGENT_AFTER_BY = Set.of("now", "then", "far", "next", "this", "last",
      "tonight", "tomorrow", "noon", "midnight", "mid", "early", "late", "about", "around", "nearly", "almost",
      "more", "less", "some", "up", "over", "just", "only", "half", "as", "roughly", "approximately", "double",
      "itself", "himself", "herself", "themselves", "myself", "yourself", "ourselves", "way", "contrast",
      "comparison");
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
    String particle = null;
    while (t.valid(q) && (Predicates.adverb(t, q) || particle(t, q)) && q < p + 4 && !quantityOf(t, q)) {
      particle = particle(t, q) ? t.lower(q) : particle;
      q++;
    }
    int by = byAfter(t, q);
    if (by >= 0 && agent(t, by) && !Verbs.activeReading(lemma, After.BY) && !(by == q && Verbs.phrasalWithoutObject(lemma, "by"))
        && !(particle != null && Verbs.phrasalWithoutObject(lemma, particle))) {
      return Evidence.BY_AGENT;
    }
    if (t.isAny(p, Set.of("been", "got", "gotten", "had", "done", "did")) || t.is(p, "used") && t.is(q, "to")) {
      return Evidence.NONE;
    }
    if (Predicates.participleOnly(t, p)) {
      return Evidence.PASSIVE;
    }
    if (particle != null && t.is(q, "to")
        && Lexicon.get().phrasalInfinitive(lemma, particle) >= Verbs.PASSIVE_READING) {
      return Evidence.NONE; // "turned out to": the phrasal verb takes an infinitive
    }
    if (t.is(q, "to") && infinitive(t, q + 1) && Verbs.passiveReading(lemma, After.INFINITIVE)) {
      return Evidence.PASSIVE; // "obliged to wait": these verbs put their object before "to"
    }
    if (particle == null && bareComplement(t, q) && Verbs.passiveReading(lemma, After.COMPLEMENT)) {
      return Evidence.PASSIVE; // "elected treasurer", "judged unsafe"
    }
    if (particle != null && Verbs.phrasalPassive(lemma, particle) && noObject(t, q)) {
      return Evidence.PASSIVE; // "rounded up after", "boarded up by"
    }
    if (t.is(q, "as") && Verbs.passiveReading(lemma, After.AS)) {
      return Evidence.PASSIVE; // "regarded as", "hailed as"
    }
    if (Verbs.addresseeThenClause(lemma) && (Pronouns.isNominative(t, q) || t.is(q, "that"))) {
      return Evidence.PASSIVE; // "tell" needs to say whom before its clause
    }
    if (t.isAny(q, Set.of("and", "or")) && (t.tag(q + 1, "VBD") && !t.lex(q + 1, "VBN")
        || t.lexStarts(q + 1, "VBD") && startsObject(t, q + 2))) {
      return Evidence.NONE; // "paused and smiled", "chased and caught the goat": verbs sharing an object
    }
    if (particle != null || Predicates.verbBase(t, p) || !noObject(t, q)
        || Verbs.reporting(lemma) && clauseFollows(t, q)) {
      return Evidence.NONE; // "announced at noon that ...": a verb of saying with its clause later
    }
    boolean needsObject = Verbs.passiveReading(lemma, After.NOTHING);
    return needsObject || participleAdverbBefore(t, p) && !Verbs.activeReading(lemma, After.NOTHING)
        ? Evidence.NO_OBJECT : Evidence.NONE;
  }

  private static final Set<String> QUANTITIES = Set.of("most", "some", "all", "much", "many", "part", "half",
      "none", "each", "one", "more", "less", "plenty", "lots");

  /** "most of his savings", "much of the day": a quantity that starts an object, not an adverb. */
  static boolean quantityOf(Tokens t, int q) {
    return t.isAny(q, QUANTITIES) && t.is(q + 1, "of");
  }

  /** The participle is followed (after adverbs) by a verb particle ("rounded up", "boarded up"). */
  public static boolean phrasal(Tokens t, int p) {
    for (int q = p + 1; q < p + 4 && t.valid(q); q++) {
      if (particle(t, q)) {
        return true;
      }
      if (!Predicates.adverb(t, q)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A verb after "to": a base form the treebanks use mostly as a verb, or one the tagger reads as a verb here
   * and not as a noun, with no noun straight after it ("to further delays" is a preposition and a noun phrase).
   */
  static boolean infinitive(Tokens t, int i) {
    return Predicates.verbBase(t, i) && (WordForms.mostlyVerb(t, i) || t.tag(i, "VB") && !NounPhrase.nominal(t, i + 1));
  }

  /** An object starts here: a determiner, possessive, number, pronoun or noun. */
  private static boolean startsObject(Tokens t, int i) {
    return t.tag(i, "DT") || t.tag(i, "PRP$") || t.tag(i, "CD") || t.tag(i, "PRP") || NounPhrase.nominal(t, i);
  }

  /** An adverb that grades participles right before this one ("widely admired", "newly painted"). */
  public static boolean participleAdverbBefore(Tokens t, int p) {
    return WordForms.participleAdverb(t, p - 1);
  }

  /** A verb particle ("rounded up", "swept away"); "in", "on" and "over" only when no noun phrase follows. */
  private static boolean particle(Tokens t, int q) {
    if (!t.isAny(q, PARTICLES) || !t.tag(q, "RP")) {
      return false;
    }
    return !t.isAny(q, Set.of("in", "on", "over")) || t.punctuation(q + 1) || t.is(q + 1, "by")
        || !t.valid(q + 1);
  }

  /** "by" right here, or after one short prepositional phrase ("stopped at the border by"). */
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

  /**
   * "by" + an agent, not a measure or difference ("by a metre", "by three points"), a means ("by canoe", "by
   * lamplight"), a time ("by dusk", "by the weekend") or "-ing" ("by digging ditches").
   */
  private static boolean agent(Tokens t, int by) {
    int a = by + 1;
    if (!t.valid(a) || t.punctuation(a) || t.isAny(a, NOT_AGENT_AFTER_BY) || Tense.isDateWord(t, a)
        || WordForms.timeNoun(t, a) || t.lex(a, "VBG") && !WordForms.mostlyNoun(t, a)) {
      return false;
    }
    if (t.tag(a, "CD") || Character.isDigit(t.word(a).codePointAt(0)) || t.word(a).startsWith("$")
        || t.word(a).startsWith("\u00a3")) {
      return WordForms.agentNoun(t, a + 1) || WordForms.agentAfterBy(t, a + 1); // "by two nurses", not "by three points"
    }
    if ((t.is(a, "the") || t.is(a, "a") || t.is(a, "an")) && WordForms.timeNoun(t, a + 1)) {
      return false; // "by the weekend", "by the spring"
    }
    boolean bareSingular = t.tagStarts(a, "NN") && !t.tagStarts(a, "NNS") && !t.tagStarts(a, "NNP")
        && !t.capitalised(a);
    return !bareSingular || WordForms.agentAfterBy(t, a); // "by canoe", "by lamplight": a means, not an agent
  }

  /** A complement with no determiner: an adjective ("unsafe"), a bare noun ("treasurer"), a title. */
  private static boolean bareComplement(Tokens t, int q) {
    if (t.is(q, "the") && t.capitalised(q) && t.capitalised(q + 1)) {
      return true;
    }
    if (!t.valid(q) || t.tag(q, "DT") || t.tag(q, "PRP") || t.tag(q, "PRP$") || t.tag(q, "CD")
        || t.isAny(q, Words.PREPOSITIONS) || t.punctuation(q) || Predicates.adverb(t, q)) {
      return false;
    }
    if (t.is(q, "the") && t.capitalised(q) && t.capitalised(q + 1)) {
      return true; // "named The Copper Kettle"
    }
    return Predicates.adjective(t, q) || t.tag(q, "NN") && !t.capitalised(q) && (t.tag(q + 1, "CD")
        || t.is(q + 1, "of") || NounPhrase.nominal(t, q + 1)) || t.tagStarts(q, "JJ") && NounPhrase.nominal(t, q + 1);
  }

  /** A "that" clause or a quotation follows later in the sentence ("announced at noon that ..."). */
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
    if (t.isAny(q, Set.of("last", "this", "next")) && WordForms.timeNoun(t, q + 1)) {
      return true; // "repainted last spring": a time phrase, not an object
    }
    if (t.isAny(q, Set.of("about", "around", "over", "nearly", "almost", "some", "under"))
        && (t.tag(q + 1, "CD") || t.word(q + 1).startsWith("$") || t.word(q + 1).startsWith("\u00a3"))) {
      return false; // "raised about £300": an approximate amount is an object
    }
    if (quantityOf(t, q)) {
      return false; // "ate most of the pie": a quantity is an object
    }
    if (!t.valid(q) || t.isAny(q, NO_OBJECT_FOLLOWERS)) {
      // "hoped to sail": an infinitive complement, not "promoted to sergeant"
      return !(t.is(q, "to") && Predicates.verbBase(t, q + 1) && !WordForms.rarelyVerb(t, q + 1));
    }
    return false;
  }
}
