package com.copydesk.rules.grammar;

import com.copydesk.rules.lexicon.Lexicon;
import com.copydesk.rules.lexicon.Lexicon.FormCounts;
import java.util.Set;

/**
 * Judgements about a written word from how it is used in the treebanks (lexicon/word-forms.tsv) where
 * LanguageTool's tagger leaves the choice open: "friendly" has noun and adverb readings in the tagger's
 * dictionary but is an adjective in use. Unseen or rare words get no judgement (every method answers false).
 */
public final class WordForms {
  private WordForms() {}

  /** Fewer uses than this tell too little. */
  static final int MIN_USES = 3;

  /** Quantifying nouns of the grammar books, whose "of" complement decides the verb's number. */
  private static final Set<String> QUANTIFYING_NOUNS = Set.of("lot", "lots", "number", "majority", "minority",
      "couple", "handful", "plenty", "rest", "remainder", "half", "third", "quarter", "percent", "bulk",
      "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "%");

  static FormCounts of(Tokens t, int i) {
    return t.valid(i) ? Lexicon.get().form(t.lower(i)) : FormCounts.NONE;
  }

  /** The treebanks use the word often enough to judge it. */
  public static boolean seen(Tokens t, int i) {
    return seen(of(t, i));
  }

  private static boolean seen(FormCounts f) {
    return f.total() >= MIN_USES;
  }

  /** Used as an adjective most of the time ("friendly", "glad", "able"). */
  public static boolean mostlyAdjective(Tokens t, int i) {
    FormCounts f = of(t, i);
    return seen(f) && f.share("ADJ") >= 0.6;
  }

  /** Used as an adverb most of the time. */
  public static boolean mostlyAdverb(Tokens t, int i) {
    FormCounts f = of(t, i);
    return seen(f) && f.share("ADV") >= 0.6;
  }

  /** Hardly ever a noun, whatever readings the tagger offers ("friendly", "able"). */
  public static boolean rarelyNoun(Tokens t, int i) {
    FormCounts f = of(t, i);
    return seen(f) && f.count("NOUN") + f.count("PROPN") <= 0.1 * f.total();
  }

  /** Hardly ever a verb ("thin", "open" are adjectives far more often). */
  public static boolean rarelyVerb(Tokens t, int i) {
    FormCounts f = of(t, i);
    return seen(f) && f.count("VERB") <= 0.1 * f.total();
  }

  /** A word used as an adverb and hardly ever as an adjective ("ago", "else", "abroad"). */
  public static boolean adverbNotAdjective(Tokens t, int i) {
    FormCounts f = of(t, i);
    return seen(f) && f.share("ADV") >= 0.6 && f.share("ADJ") < 0.2;
  }

  /** An adjective the treebanks (almost) never use as a predicate after "be" ("final", "whole", "main"). */
  public static boolean neverPredicate(Tokens t, int i) {
    FormCounts f = of(t, i);
    return f.count("ADJ") >= 20 && f.count("pred") <= 0.02 * f.count("ADJ");
  }

  /** A word used as a noun and seldom as an adjective ("number", "phone"). */
  public static boolean nounNotAdjective(Tokens t, int i) {
    FormCounts f = of(t, i);
    return seen(f) && f.share("NOUN") >= 0.6 && f.share("ADJ") < 0.2;
  }

  /** Mostly a noun in use ("training", "parking"). */
  public static boolean mostlyNoun(Tokens t, int i) {
    FormCounts f = of(t, i);
    return seen(f) && f.share("NOUN") >= 0.5;
  }

  /** A verb (or auxiliary) in at least 40% of its uses ("pay", "go", "be"). */
  public static boolean mostlyVerb(Tokens t, int i) {
    FormCounts f = of(t, i);
    return seen(f) && f.share("VERB") + f.share("AUX") >= 0.4;
  }

  /** As an adverb, grades adjectives or participles in at least 40% of its uses ("really", "much", "well"). */
  public static boolean gradesAdjectives(Tokens t, int i) {
    FormCounts f = of(t, i);
    int adverbial = f.count("deg") + f.count("ptc") + f.count("adv");
    return adverbial >= MIN_USES && f.count("deg") + f.count("ptc") >= 0.4 * adverbial;
  }

  /** Used as a verb's -ing form less often than as an adjective ("interesting", "worrying"). */
  public static boolean adjectivalIng(Tokens t, int i) {
    FormCounts f = of(t, i);
    return seen(f) && f.count("ADJ") >= f.count("VERB");
  }

  /** A participle that after "be" is an adjective more often than a passive ("pleased", "worried"). */
  public static boolean adjectivalParticiple(Tokens t, int i) {
    FormCounts f = of(t, i);
    return f.count("pred") >= 2 && f.count("pred") >= f.count("pass") && f.count("ADJ") >= 0.5 * f.total();
  }

  /** An adverb that mostly grades adjectives or other adverbs ("very", "rather", "fairly"). */
  public static boolean degreeAdverb(Tokens t, int i) {
    FormCounts f = of(t, i);
    if (f.share("ADV") < 0.5) {
      return false; // "this" and "that" grade adjectives too, but are mostly determiners and pronouns
    }
    int adverbial = f.count("deg") + f.count("ptc") + f.count("adv");
    return adverbial >= MIN_USES && f.count("deg") >= 0.6 * adverbial;
  }

  /** An adverb that grades adjectives almost only, so the word after it is no verb ("very", "extremely"). */
  public static boolean strictDegreeAdverb(Tokens t, int i) {
    FormCounts f = of(t, i);
    if (f.share("ADV") < 0.5) {
      return false;
    }
    int adverbial = f.count("deg") + f.count("ptc") + f.count("adv");
    return adverbial >= 5 && f.count("deg") >= 0.9 * adverbial;
  }

  /** An adverb that mostly modifies past participles ("widely", "newly", "well"). */
  public static boolean participleAdverb(Tokens t, int i) {
    FormCounts f = of(t, i);
    if (f.share("ADV") < 0.5) {
      return false;
    }
    int adverbial = f.count("deg") + f.count("ptc") + f.count("adv");
    return f.count("ptc") >= 2 && f.count("ptc") >= 0.4 * adverbial;
  }

  /**
   * How often "to" after this word marks an infinitive rather than a preposition, smoothed towards even
   * ("able to" 1.0, "according to" 0.0), or NaN if "to" was seen after it fewer than three times.
   */
  public static double infinitiveAfter(Tokens t, int i) {
    FormCounts f = of(t, i);
    int inf = f.count("to_inf");
    int prep = f.count("to_prep");
    return inf + prep < MIN_USES ? Double.NaN : (inf + 0.5) / (inf + prep + 1.0);
  }

  /** A noun of time: a period or unit ("week", "season", "Monday", "March"). */
  public static boolean timeNoun(Tokens t, int i) {
    return t.valid(i) && Lexicon.get().timeNoun(t.lower(i)) && !(t.is(i, "may") && !t.capitalised(i));
  }

  /** A noun whose "of" complement decides the verb's number ("a lot of geese are"). */
  public static boolean quantityNoun(Tokens t, int i) {
    if (t.isAny(i, QUANTIFYING_NOUNS)) {
      return true;
    }
    FormCounts f = of(t, i);
    return f.count("of_pl") >= 2 && f.count("of_pl") > f.count("of_sg");
  }

  /** A noun for people, an organisation or a group ("nurses", "committee", "police"), by its lemma. */
  public static boolean agentNoun(Tokens t, int i) {
    if (!t.valid(i)) {
      return false;
    }
    for (org.languagetool.AnalyzedToken r : t.readings(i)) {
      if (r.getPOSTag() != null && r.getPOSTag().startsWith("NN") && r.getLemma() != null
          && Lexicon.get().agentNoun(r.getLemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return Lexicon.get().agentNoun(t.lower(i));
  }

  /** After "by", an agent more often than a means ("by nurses" against "by canoe"). */
  public static boolean agentAfterBy(Tokens t, int i) {
    FormCounts f = of(t, i);
    return f.count("by_agent") > f.count("by_means");
  }

  /** A plural noun without a plural ending ("people", "police", "cattle"). */
  public static boolean unmarkedPlural(Tokens t, int i) {
    FormCounts f = of(t, i);
    return f.count("NOUN") >= MIN_USES && f.count("plural") >= 0.8 * f.count("NOUN") && !t.lower(i).endsWith("s");
  }
}
