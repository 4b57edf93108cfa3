package com.copydesk.rules.grammar;

import java.util.Set;

/** Closed word classes of English that the rules reason with (all lower case, straight apostrophes). */
public final class Words {
  private Words() {}

  public static final Set<String> MODALS = Set.of("will", "would", "can", "could", "may", "might", "shall",
      "should", "must", "'ll", "wo", "ca", "cannot", "sha");

  public static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

  public static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "am", "been", "being", "'re",
      "'m", "isn't", "aren't", "wasn't", "weren't");

  public static final Set<String> HAVE = Set.of("have", "has", "had", "'ve", "having");

  /** Pronouns that can only be subjects. */
  public static final Set<String> NOMINATIVE = Set.of("i", "he", "she", "we", "they");

  /** Pronouns that are subjects at the start of a clause but objects after a verb or preposition. */
  public static final Set<String> SUBJECT_OR_OBJECT = Set.of("it", "you", "this", "these", "those");

  public static final Set<String> RELATIVES = Set.of("who", "which", "that");

  public static final Set<String> SUBORDINATORS = Set.of("because", "although", "though", "while", "whilst",
      "when", "whenever", "if", "unless", "since", "after", "before", "until", "till", "once", "where",
      "whereas", "as", "that", "whether", "so", "than", "cos", "how", "why");

  public static final Set<String> COORDINATORS = Set.of("and", "but", "or", "nor", "yet", "plus");

  /** Prepositions (Penn's IN also covers subordinators; this is the prepositional part). */
  public static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "by", "for", "with", "from", "to",
      "of", "into", "onto", "under", "over", "above", "below", "behind", "beyond", "between", "among",
      "amongst", "within", "without", "through", "throughout", "across", "against", "along", "around",
      "about", "after", "before", "during", "despite", "near", "towards", "toward", "upon", "via", "like",
      "unlike", "inside", "outside", "beside", "besides", "amid", "amidst", "per", "since", "until", "off",
      "out", "up", "down", "past", "following", "including", "excluding", "regarding", "concerning");

  /** Titles and abbreviations written with a full stop inside a name ("Mr. Lovell", "Kettle Corp. cups"). */
  public static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen",
      "sen", "rep", "gov", "lt", "col", "capt", "sgt", "rev", "no", "co", "corp", "inc", "ltd", "u.s", "u.k");

  /** Courtesy titles before a name ("Mr", "Dame"), with or without a full stop. */
  public static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
      "lady", "prof", "rev");

  /** Prepositions that can head a predicate after "be" ("was in the shed", "is on holiday", "were out"). */
  public static final Set<String> PREDICATE_PREPOSITIONS = Set.of("in", "on", "at", "under", "above", "among",
      "without", "within", "beyond", "behind", "off", "out", "up", "below", "ahead");

  /** Words that open a quotation. */
  public static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab",
      "\u00bb");

  public static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ";", ":", "(", ")", "-", "\u2013", "\u2014",
      "--", "\"", "\u201c", "\u201d", "[", "]", ".", "?", "!");

  /** The word holds a digit ("A40", "3rd", "2x"). */
  public static boolean hasDigit(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }
}
