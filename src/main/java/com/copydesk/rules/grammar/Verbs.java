package com.copydesk.rules.grammar;

import com.copydesk.rules.lexicon.Lexicon;
import com.copydesk.rules.lexicon.Lexicon.After;
import com.copydesk.rules.lexicon.Lexicon.VerbClass;
import com.copydesk.rules.lexicon.Lexicon.VerbEntry;

/**
 * Verb classes by what may follow a verb, read from the verb lexicon (WordNet frames and treebank counts; see
 * the header of lexicon/verbs.tsv). Lemmas are lower case.
 */
public final class Verbs {
  private Verbs() {}

  /** At or above this share a past form so followed reads as a passive missing "be". */
  public static final double PASSIVE_READING = 0.75;
  /** At or below this share an active reading of the past form is common. */
  public static final double ACTIVE_READING = 0.4;

  /**
   * How likely a past form of the verb straight after its subject, followed by {@code after}, is a passive
   * missing "be" (0..1), or NaN if the verb is not in the lexicon.
   */
  public static double passiveShare(String lemma, After after) {
    VerbEntry e = Lexicon.get().verb(lemma);
    return e == null ? Double.NaN : e.passive(after);
  }

  /** The past form so followed reads as a passive ("the ferry cancelled until May"). */
  public static boolean passiveReading(String lemma, After after) {
    return passiveShare(lemma, after) >= PASSIVE_READING;
  }

  /** The past form so followed is often active ("the river rose", "the twins hoped to stay"); false if unknown. */
  public static boolean activeReading(String lemma, After after) {
    return passiveShare(lemma, after) <= ACTIVE_READING;
  }

  /** How likely "to" straight after an active form of the verb starts an infinitive, or NaN if unknown. */
  public static double infinitiveAfter(String lemma) {
    VerbEntry e = Lexicon.get().verb(lemma);
    return e == null ? Double.NaN : e.toInfinitive();
  }

  /** Reports speech or thought with a that-clause ("say", "warn", "believe"). */
  public static boolean reporting(String lemma) {
    return is(lemma, VerbClass.CLAUSE);
  }

  /** Takes a clause far more often than a noun-phrase object, so a noun phrase after it starts the clause. */
  public static boolean clauseNotObject(String lemma) {
    return is(lemma, VerbClass.CLAUSE_NOT_OBJECT);
  }

  /** Names whom it addresses before its clause ("told the villagers that"), so a clause straight after it is odd. */
  public static boolean addresseeThenClause(String lemma) {
    return is(lemma, VerbClass.ADDRESSEE_THEN_CLAUSE);
  }

  /** Can follow existential "there" ("there remain two puzzles"). */
  public static boolean existential(String lemma) {
    return is(lemma, VerbClass.EXISTENTIAL);
  }

  /** Takes an object and a to-infinitive ("expects the tide to turn"). */
  public static boolean objectInfinitive(String lemma) {
    return is(lemma, VerbClass.OBJECT_INFINITIVE);
  }

  /** Its passive + "to" starts an infinitive ("is thought to", "was urged to"), not a phrase ("was posted to"). */
  public static boolean passiveInfinitive(String lemma) {
    return is(lemma, VerbClass.PASSIVE_INFINITIVE);
  }

  /** Takes an object and a predicate ("found the path muddy", "saw the goat escape"). */
  public static boolean objectPredicate(String lemma) {
    return is(lemma, VerbClass.OBJECT_PREDICATE);
  }

  /** Takes an -ing complement ("keeps knitting", "avoids answering"). */
  public static boolean ingComplement(String lemma) {
    return is(lemma, VerbClass.ING_COMPLEMENT);
  }

  /** Links its subject to an adjective or noun, like "be" ("seemed bored", "got lost"). */
  public static boolean linking(String lemma) {
    return is(lemma, VerbClass.LINKING);
  }

  /** Share of the verb's passives that are in the present tense, or NaN if unknown. */
  public static double presentShareOfPassives(String lemma) {
    VerbEntry e = Lexicon.get().verb(lemma);
    return e == null ? Double.NaN : e.passivePresent();
  }

  /** Verb + particle that needs an object, so its past form with no object after it is passive ("rounded up"). */
  public static boolean phrasalPassive(String lemma, String particle) {
    return Lexicon.get().phrasalNeedsObject(lemma, particle) >= PASSIVE_READING;
  }

  /** Verb + particle used without an object ("dozed off", "sat back"). */
  public static boolean phrasalWithoutObject(String lemma, String particle) {
    return Lexicon.get().phrasalNeedsObject(lemma, particle) <= ACTIVE_READING;
  }

  private static boolean is(String lemma, VerbClass c) {
    VerbEntry e = Lexicon.get().verb(lemma);
    return e != null && e.is(c);
  }
}
