package com.copydesk.rules.lexicon;

import java.util.BitSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Verb;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1's verb frames per lemma, each sense weighted by how often it was tagged in WordNet's sense-tagged
 * corpus (its use count) plus a small weight that falls with the sense number, so that rare senses count little.
 * For each lemma: the share of that weight carried by senses with a frame of each kind.
 */
final class WordNetVerbs {

  /** Frames with no object or complement after the verb ("Somebody ----s", "Somebody ----s PP"). */
  static final int[] NO_OBJECT = {1, 2, 3, 4, 12, 13, 22, 23, 27};
  /** "Somebody ----s that CLAUSE", "It ----s that CLAUSE". */
  static final int[] CLAUSE = {26, 34};
  /** "Somebody ----s somebody to INFINITIVE", "Somebody ----s somebody INFINITIVE". */
  static final int[] OBJECT_INFINITIVE = {24, 25};
  /** "Something ----s something Adjective/Noun". */
  static final int[] OBJECT_COMPLEMENT = {5};
  /** "Somebody ----s to INFINITIVE", "Somebody ----s INFINITIVE", "Something ----s INFINITIVE". */
  static final int[] SUBJECT_INFINITIVE = {28, 32, 35};
  /** "Something ----s Adjective/Noun", "Somebody ----s Adjective": a complement with no object. */
  static final int[] SUBJECT_COMPLEMENT = {6, 7};
  /** An object and a prepositional phrase ("Somebody ----s something to somebody", "... somebody PP"). */
  static final int[] OBJECT_PHRASE = {15, 16, 17, 18, 19, 20, 21, 31};
  /** "to" + noun phrase straight after the verb ("Something ----s to somebody", "Somebody ----s to somebody"). */
  static final int[] TO_PHRASE = {12, 27};
  /** Frames with a direct object. */
  static final int[] OBJECT = {5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31};

  /** Sense-weighted shares of one lemma's frames. */
  record Shares(double objectOnly, double noObject, double object, double clause, double objectInfinitive, double objectComplement,
      double subjectInfinitive, double subjectComplement, double objectPhrase, double toPhrase, boolean commonSenseWithoutObject,
      int senses) {}

  /** How many of a verb's first senses are its common ones (for {@link Shares#commonSenseWithoutObject}). */
  static final int COMMON_SENSES = 3;

  private final Map<String, Shares> lemmas = new TreeMap<>();

  WordNetVerbs() throws JWNLException {
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    Iterator<IndexWord> it = dictionary.getIndexWordIterator(POS.VERB);
    while (it.hasNext()) {
      IndexWord index = it.next();
      String lemma = index.getLemma().toLowerCase(Locale.ROOT);
      double total = 0;
      double[] share = new double[9];
      double objectOnly = 0;
      int senseNumber = 0;
      boolean commonWithoutObject = false;
      for (Synset synset : index.getSenses()) {
        senseNumber++;
        Word word = wordOf(synset, lemma);
        double weight = (word == null ? 0 : word.getUseCount()) + 0.5 / senseNumber;
        BitSet frames = frames(synset, word);
        total += weight;
        share[0] += any(frames, NO_OBJECT) ? weight : 0;
        objectOnly += any(frames, OBJECT) && !any(frames, NO_OBJECT) && !any(frames, SUBJECT_COMPLEMENT) ? weight : 0;
        commonWithoutObject |= senseNumber <= COMMON_SENSES && any(frames, NO_OBJECT);
        share[1] += any(frames, OBJECT) ? weight : 0;
        share[2] += any(frames, CLAUSE) ? weight : 0;
        share[3] += any(frames, OBJECT_INFINITIVE) ? weight : 0;
        share[4] += any(frames, OBJECT_COMPLEMENT) ? weight : 0;
        share[5] += any(frames, SUBJECT_INFINITIVE) ? weight : 0;
        share[6] += any(frames, SUBJECT_COMPLEMENT) ? weight : 0;
        share[7] += any(frames, OBJECT_PHRASE) ? weight : 0;
        share[8] += any(frames, TO_PHRASE) ? weight : 0;
      }
      if (total > 0) {
        lemmas.put(lemma, new Shares(objectOnly / total, share[0] / total, share[1] / total, share[2] / total, share[3] / total,
            share[4] / total, share[5] / total, share[6] / total,
            share[7] / total, share[8] / total, commonWithoutObject, senseNumber));
      }
    }
  }

  Map<String, Shares> lemmas() {
    return lemmas;
  }

  Shares get(String lemma) {
    return lemmas.get(lemma);
  }

  private static Word wordOf(Synset synset, String lemma) {
    for (Word w : synset.getWords()) {
      if (w.getLemma().equalsIgnoreCase(lemma)) {
        return w;
      }
    }
    return null;
  }

  /** The synset's frames plus those WordNet gives this word alone. */
  private static BitSet frames(Synset synset, Word word) {
    BitSet frames = new BitSet();
    if (synset instanceof net.sf.extjwnl.data.VerbSynset vs && vs.getVerbFrameFlags() != null) {
      frames.or(vs.getVerbFrameFlags());
    }
    if (word instanceof Verb verb && verb.getVerbFrameFlags() != null) {
      frames.or(verb.getVerbFrameFlags());
    }
    return frames;
  }

  private static boolean any(BitSet frames, int[] wanted) {
    for (int f : wanted) {
      if (frames.get(f)) {
        return true;
      }
    }
    return false;
  }
}
