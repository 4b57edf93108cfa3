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

  /** Adverbs that stand before "be" after a modal or in a verb group ("will also be", "could still be"). */
  public static final Set<String> PRE_BE_ADVERBS = Set.of("also", "still", "never", "probably", "definitely",
      "certainly", "always", "surely", "clearly", "likely", "then", "now", "soon", "just", "only", "even",
      "already", "again", "therefore", "thus", "possibly", "perhaps", "obviously", "undoubtedly", "really",
      "actually", "ultimately", "eventually", "usually", "normally", "generally", "once", "indeed", "hardly",
      "rarely", "seldom", "sometimes", "often", "not", "n't", "all", "both", "each", "either", "ever",
      "presumably", "almost", "nearly", "alone", "simply", "necessarily", "immediately", "reportedly",
      "apparently", "initially", "originally", "subsequently", "later", "previously", "finally", "currently",
      "mostly", "largely", "mainly", "partly", "no", "longer", "instead", "automatically", "yet",
      "nonetheless", "nevertheless", "however", "meanwhile");

  /** Adverbs that grade an adjective or participle and so follow "be" ("is very", "was so"). */
  public static final Set<String> DEGREE_ADVERBS = Set.of("very", "so", "too", "quite", "rather", "fairly",
      "pretty", "extremely", "highly", "equally", "increasingly", "less", "more", "most", "least", "really",
      "particularly", "especially", "incredibly", "hugely", "deeply", "fully", "totally", "completely",
      "entirely", "absolutely", "relatively", "slightly", "somewhat", "much", "far", "even", "widely",
      "well", "badly", "heavily", "strongly", "seriously", "critically", "severely", "terribly", "awfully",
      "remarkably", "surprisingly", "notably", "reasonably", "sufficiently", "unusually", "genuinely",
      "truly", "utterly", "wholly", "clearly", "obviously", "as", "that", "how", "all");

  /** Prepositions (Penn's IN also covers subordinators; this is the prepositional part). */
  public static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "by", "for", "with", "from", "to",
      "of", "into", "onto", "under", "over", "above", "below", "behind", "beyond", "between", "among",
      "amongst", "within", "without", "through", "throughout", "across", "against", "along", "around",
      "about", "after", "before", "during", "despite", "near", "towards", "toward", "upon", "via", "like",
      "unlike", "inside", "outside", "beside", "besides", "amid", "amidst", "per", "since", "until", "off",
      "out", "up", "down", "past", "following", "including", "excluding", "regarding", "concerning");

  /** Quantity nouns whose "of" complement decides the verb's number ("a lot of players are"). */
  public static final Set<String> QUANTITY_NOUNS = Set.of("lot", "lots", "number", "majority", "range", "host",
      "couple", "handful", "variety", "plenty", "rest", "half", "third", "quarter", "bulk", "percent",
      "proportion", "minority", "set", "pair", "series", "group", "total", "dozen", "dozens", "hundreds",
      "thousands", "millions", "none", "all", "most", "some", "many", "few", "any", "each", "one", "both",
      "several", "per", "%", "part", "share", "fraction", "wave", "flurry", "raft", "spate", "string",
      "stream", "batch", "mix", "kind", "sort", "type");

  /** Words that open a quotation. */
  public static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab",
      "\u00bb");

  public static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ";", ":", "(", ")", "-", "\u2013", "\u2014",
      "--", "\"", "\u201c", "\u201d", "[", "]", ".", "?", "!");
}
