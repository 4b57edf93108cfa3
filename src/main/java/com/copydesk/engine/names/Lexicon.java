package com.copydesk.engine.names;

import java.util.Locale;

/** The dictionary as the name checks see it: which words it knows, and how common they are. */
public interface Lexicon {

  /** True when the dictionary (or the copy editor's word list) accepts {@code word} as written. */
  boolean knows(String word);

  /**
   * How common the word is, on LanguageTool's scale (0 = rare or unknown … about 25 for "the"); a
   * difference of one step is roughly a factor of two in use.
   */
  int frequency(String word);

  /** A word the dictionary knows only with its capital: "Britain", "Wednesday", "Kremlin" — a name it knows. */
  default boolean knowsOnlyCapitalised(String word) {
    return knows(word) && !knows(word.toLowerCase(Locale.ROOT));
  }
}
