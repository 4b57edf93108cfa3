package com.copydesk.rules.grammar;

import java.util.Set;

/**
 * A noun phrase found by scanning left from its last word: its first token, its head (the noun that decides
 * the verb's number) and whether it is plural. Postmodifying prepositional phrases ("a crack in the dam")
 * and coordination ("her barn and a hay-loft") are included.
 */
public record NounPhrase(int start, int head, int end, Number number) {

  /** Grammatical number of a subject. */
  public enum Number { SINGULAR, PLURAL, FIRST_PERSON_SINGULAR, UNKNOWN }

  private static final Set<String> PP_LINKS = Set.of("of", "in", "for", "on", "at", "from", "between", "with",
      "among", "over", "about", "behind", "under", "into", "across", "against", "within", "near", "around",
      "throughout", "outside", "inside", "beyond");
  private static final Set<String> QUANTIFIER_HEADS = Set.of("much", "many", "most", "some", "all", "none",
      "each", "both", "any", "few", "several", "one", "two", "three", "four", "five", "half", "neither", "either");
  /** Determiners and pronouns that are plural. */
  private static final Set<String> PLURAL_WORDS = Set.of("these", "those", "both", "many", "several", "few",
      "others");
  /** Quantifying pronouns whose "of" complement decides the number ("most of the geese are"). */
  private static final Set<String> OF_QUANTIFIERS = Set.of("all", "most", "some", "none", "any");
  private static final Set<String> NOT_NOUN = Set.of("there", "here", "which", "who", "that", "what", "not",
      "than", "as", "so", "too", "very", "also", "yesterday", "today", "tomorrow", "being", "having", "worth", "have", "has", "had", "enough");

  /** Does this token belong to a noun phrase as a noun (head-like)? */
  public static boolean nominal(Tokens t, int i) {
    if (!t.valid(i) || t.isAny(i, NOT_NOUN) || t.punctuation(i) && !t.is(i, "%")) {
      return false;
    }
    if (t.tag(i, "NNP") && t.word(i).length() > 1 && (i > 0 && !t.isAny(i - 1, Words.QUOTES) && t.capitalised(i)
        || t.word(i).equals(t.word(i).toUpperCase(java.util.Locale.ROOT)))) {
      return true; // a proper noun inside the sentence ("UK bakers")
    }
    if (i > 0 && t.capitalised(i) && !t.isAny(i - 1, Words.QUOTES) && !t.is(i - 1, ".") && !functionWordReading(t, i)
        && (t.tagStarts(i, "JJ") || t.tag(i, "VBN")) && !t.tag(i, "VBD") && !t.tagStarts(i, "RB")) {
      return true; // a name LanguageTool reads as an adjective: "Rovers", "Athletic"
    }
    if (t.tagStarts(i, "NN") || t.tag(i, "CD") || t.is(i, "%")) {
      // "friendly", "able": the tagger's dictionary has noun readings that the treebanks hardly ever use
      boolean notReallyNoun = !t.tag(i, "CD") && !t.capitalised(i) && WordForms.rarelyNoun(t, i)
          && (WordForms.mostlyAdjective(t, i) || WordForms.mostlyAdverb(t, i))
          && !t.tag(i - 1, "DT") && !t.tag(i - 1, "IN") && !t.tag(i - 1, "PRP$") && !t.is(i + 1, "of")
          && !t.lexStarts(i + 1, "VBD") && !t.lex(i + 1, "VBZ") && !t.tag(i + 1, "MD"); // "its head gardener said"
      return !functionWordReading(t, i) && !verbInVerbChunk(t, i) && !notReallyNoun;
    }
    return t.unknown(i) && (t.capitalised(i) || Character.isDigit(t.word(i).codePointAt(0))
        || t.word(i).startsWith("£") || t.word(i).startsWith("$")
        || t.word(i).indexOf('-') > 0 && Character.isLetter(t.word(i).codePointAt(0))
        && (t.tag(i - 1, "DT") || t.tag(i - 1, "PRP$") || t.tagStarts(i - 1, "JJ") || t.tag(i - 1, "NNP")
        || t.is(i - 1, "'s"))); // "a hay-loft", "the Leeds full-back"
  }

  private static final String[] FUNCTION_TAGS = {"IN", "CC", "DT", "MD", "WDT", "WP", "WRB", "EX", "TO",
      "PRP", "PRP$", "PDT"};

  /** Has a reading as a function word ("in", "even" at the start of a sentence). */
  private static boolean functionWordReading(Tokens t, int i) {
    if (t.is(i, "one")) {
      return !(t.tagStarts(i - 1, "JJ") || t.tag(i - 1, "DT") || t.is(i - 1, "number"));
    }
    for (String tag : FUNCTION_TAGS) {
      if (t.tag(i, tag)) {
        return true;
      }
    }
    return t.tagStarts(i, "RB") && !t.tag(i, "NNS") && (i == 0 || t.isAny(i - 1, Words.QUOTES));
  }

  /** A noun/verb homograph the chunker put in a verb group ("closing time stays fixed"). */
  private static boolean verbInVerbChunk(Tokens t, int i) {
    return (t.tag(i, "VBZ") || t.tag(i, "VBD") || t.tag(i, "VBP") || t.tag(i, "VBN") || t.tag(i, "VB")
        || t.tag(i, "VBG")) && (t.chunk(i, "B-VP") || t.chunk(i, "I-VP"));
  }

  /** Can this token stand inside a noun phrase before its head? */
  private static boolean premodifier(Tokens t, int i) {
    if (!t.valid(i) || t.isAny(i, NOT_NOUN) && !(t.is(i, "that") && t.tag(i, "DT") && nominal(t, i + 1)
        && !t.capitalised(i + 1) && !nominal(t, i - 1) && !t.lexStarts(i - 1, "VB"))) {
      return false;
    }
    if (t.tag(i, "DT") || t.tag(i, "PDT") || t.tag(i, "PRP$") || t.tag(i, "POS") || t.is(i, "'s")
        || t.is(i, "'")) {
      return true;
    }
    if (t.is(i, ".") && Words.ABBREVIATIONS.contains(t.lower(i - 1)) || t.is(i, "&")) {
      return true;
    }
    if (t.is(i, "than") && t.isAny(i - 1, Set.of("more", "less", "fewer")) && nominal(t, i + 1)
        || t.isAny(i, Set.of("more", "less", "fewer")) && t.is(i + 1, "than")) {
      return true; // "more than half of the orchards"
    }
    if (t.is(i, "-") && !t.spaceBefore(i) && !t.spaceBefore(i + 1)) {
      return true;
    }
    if (t.unknown(i) && t.word(i).indexOf('-') > 0 && !t.capitalised(i)) {
      return true; // "the rebuilt-from-scratch barn"
    }
    if (nominal(t, i)) {
      return true;
    }
    if (functionWordReading(t, i) || t.tag(i, "RP") || verbInVerbChunk(t, i)) {
      return false;
    }
    if (t.tagStarts(i, "JJ")) {
      return true;
    }
    // attributive participles and gerunds: "the rising tide", "the stranded walkers"
    return (t.lexStarts(i, "VBN") || t.lexStarts(i, "VBG")) && (nominal(t, i + 1) || t.tagStarts(i + 1, "JJ"))
        && (t.tag(i - 1, "DT") || t.tag(i - 1, "PRP$") || t.tagStarts(i - 1, "JJ") || t.is(i - 1, "'s"));
  }

  /**
   * The noun phrase whose last token is {@code end}, or null if that token is no noun. Personal pronouns are
   * one-token phrases.
   */
  public static NounPhrase endingAt(Tokens t, int end) {
    if (Pronouns.isPersonal(t, end)) {
      return new NounPhrase(end, end, end, Pronouns.number(t, end));
    }
    if (!nominal(t, end)) {
      return null;
    }
    int start = segmentStart(t, end);
    boolean coordinated = false;
    while (true) {
      int before = start - 1;
      if (t.is(before, "of") && t.isAny(before - 1, QUANTIFIER_HEADS)) {
        start = before - 1; // "much of the harvest", "all of us"
        if (t.tag(start - 1, "DT") || t.is(start - 1, "so") || t.is(start - 1, "too")) {
          start--;
        }
        coordinated = false;
      } else if (t.isAny(before, PP_LINKS) && nominal(t, before - 1)) {
        start = segmentStart(t, before - 1);
        coordinated = false; // "the race between the hare and the tortoise": the coordination was inside the phrase
      } else if ((t.is(before, "and") || t.is(before, "&")) && nominal(t, before - 1)
          && !t.tagStarts(before - 1, "JJ") && (!t.tag(start, "CD") || t.tag(before - 1, "CD"))
          && !timePhraseBefore(t, before)) {
        start = segmentStart(t, before - 1);
        coordinated = true;
      } else if (coordinated && t.is(before, ",") && nominal(t, before - 1)) {
        start = segmentStart(t, before - 1);
      } else {
        break;
      }
    }
    int head = headOf(t, start, end);
    boolean modifiersOnly = coordinated && !t.capitalised(end) && !t.tag(end, "NNS") && t.capitalised(end - 1);
    Number number = coordinated && !modifiersOnly ? Number.PLURAL : numberOf(t, end, end);
    if (!coordinated) {
      number = numberOf(t, head, end);
    }
    return new NounPhrase(start, head, end, number);
  }

  /** The noun phrase ending at {@code end} without postmodifiers: the nearest noun a relative pronoun refers to. */
  public static NounPhrase nearestEndingAt(Tokens t, int end) {
    if (Pronouns.isPersonal(t, end)) {
      return new NounPhrase(end, end, end, Pronouns.number(t, end));
    }
    if (!nominal(t, end)) {
      return null;
    }
    int start = segmentStart(t, end);
    boolean coordinated = false;
    int before = start - 1;
    if ((t.is(before, "and") || t.is(before, "&")) && nominal(t, before - 1) && !t.tagStarts(before - 1, "JJ")) {
      start = segmentStart(t, before - 1);
      coordinated = true;
    }
    int head = headOf(t, start, end);
    return new NounPhrase(start, head, end, coordinated ? Number.PLURAL : numberOf(t, head, end));
  }

  /**
   * The noun phrase that starts at {@code start} (as after "there"): its end is found scanning right over
   * modifiers, nouns, "of" complements and coordination. Null if no noun follows.
   */
  public static NounPhrase startingAt(Tokens t, int start) {
    int end = -1;
    boolean coordinated = false;
    int i = start;
    while (t.valid(i)) {
      if (nominal(t, i) || t.lex(i, "NNS") && i == start) {
        end = i; // "there plans for ...": a plural noun LanguageTool also reads as a verb ("there lands ...")
      } else if (!(premodifier(t, i) || t.isAny(i, Set.of("no", "more", "many", "much", "few", "little",
          "several", "some", "any", "enough", "other", "another", "plenty", "lots", "nothing", "anything",
          "something", "everything", "nobody", "anybody", "somebody", "everybody", "noone")))) {
        if (end >= 0 && t.is(i, "of") && (premodifier(t, i + 1) || nominal(t, i + 1))) {
          i++;
          continue;
        }
        if (end == i - 1 && (t.is(i, "and") || t.is(i, "&")) && (premodifier(t, i + 1) || nominal(t, i + 1))) {
          coordinated = true;
          i++;
          continue;
        }
        break;
      }
      if (t.isAny(i, Set.of("nothing", "anything", "something", "everything", "nobody", "anybody",
          "somebody", "everybody", "plenty", "lots", "more", "much", "many", "few", "little"))) {
        end = Math.max(end, i);
      }
      i++;
    }
    if (end < 0) {
      return null;
    }
    int head = headOf(t, start, end);
    if (t.isAny(head, Set.of("plenty", "lots", "nothing", "anything", "something", "everything", "much",
        "little")) && head == end) {
      return new NounPhrase(start, head, end, t.is(head, "lots") ? Number.PLURAL : Number.SINGULAR);
    }
    if (t.isAny(head, Set.of("many", "few", "more")) && head == end) {
      return new NounPhrase(start, head, end, Number.PLURAL);
    }
    return new NounPhrase(start, head, end, coordinated ? Number.PLURAL : numberOf(t, head, end));
  }

  /** "... left last spring and the club ...": a time phrase is no conjunct of the next noun phrase. */
  private static boolean timePhraseBefore(Tokens t, int and) {
    return WordForms.timeNoun(t, and - 1) || t.isAny(and - 1, Set.of("yesterday", "today", "tonight"))
        || t.is(and - 2, "last");
  }

  private static int segmentStart(Tokens t, int last) {
    int i = last;
    while (i - 1 >= 0 && premodifier(t, i - 1)) {
      i--;
    }
    return i;
  }

  /** The last noun of the first segment (before any preposition); for "a lot of X" the head of X. */
  private static int headOf(Tokens t, int start, int end) {
    int head = -1;
    int i = start;
    for (; i <= end; i++) {
      if (t.isAny(i, PP_LINKS) || t.is(i, "and") || t.is(i, ",")) {
        break;
      }
      if (nominal(t, i) || t.tagStarts(i, "PRP")) {
        head = i;
      }
    }
    if (head >= 0 && t.is(i, "of") && (WordForms.quantityNoun(t, head) || t.isAny(head, OF_QUANTIFIERS))
        && !(t.is(head, "number") && t.is(head - 1, "the"))) {
      int j = i + 1;
      int inner = -1;
      for (; j <= end && !t.isAny(j, PP_LINKS) && !t.is(j, "and"); j++) {
        if (nominal(t, j)) {
          inner = j;
        }
      }
      if (inner >= 0) {
        return inner;
      }
    }
    return head < 0 ? end : head;
  }

  private static Number numberOf(Tokens t, int head, int end) {
    boolean unmarkedPlural = t.isAny(head, PLURAL_WORDS) || WordForms.unmarkedPlural(t, head);
    if (t.tag(head, "NNP") && t.capitalised(head) && !unmarkedPlural
        && (!t.tag(head, "NNPS") || t.tag(head - 1, "NNP") && t.capitalised(head - 1))) {
      return Number.SINGULAR; // a name: "Ada Lovell", "Cornwall skipper Lovell"
    }
    if (unmarkedPlural || t.tag(head, "NNS") || t.tag(head, "NNPS")) {
      return Number.PLURAL;
    }
    if (t.tag(head, "CD") && !t.is(head, "one") && !t.is(head, "1")) {
      return Number.PLURAL;
    }
    if (Pronouns.isPersonal(t, head)) {
      return Pronouns.number(t, head);
    }
    return Number.SINGULAR;
  }

  public boolean isPronoun(Tokens t) {
    return start == end && Pronouns.isPersonal(t, start);
  }
}
