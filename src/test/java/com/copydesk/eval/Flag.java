package com.copydesk.eval;

import java.io.Serializable;
import java.util.List;

/** One flag a checker raised in one sentence: rule, span relative to the sentence, suggestions (best first). */
record Flag(String ruleId, int start, int end, String covered, List<String> replacements) implements Serializable {
  Flag {
    replacements = List.copyOf(replacements);
  }

  boolean touches(int from, int to) {
    return start < to && from < end || start == end && start >= from && start <= to;
  }

  String first() {
    return replacements.isEmpty() ? null : replacements.get(0);
  }

  /** Quote and bracket pairing: left out of the noise figures, since the sentences were cut from articles. */
  boolean isPairing() {
    return ruleId.contains("UNPAIRED");
  }

  /**
   * True when the first suggestion changes a capitalised word of the covered text: one of its words that
   * start with a capital is not among the suggestion's words ("Pellow" → "Pillow", "Renee" → "Renée",
   * "Wal-Mart" → "Walmart"; not "However" → "However,").
   */
  boolean changesCapitalisedWord() {
    if (first() == null) {
      return false;
    }
    List<String> after = words(first());
    return words(covered).stream().anyMatch(w -> Character.isUpperCase(w.codePointAt(0)) && !after.contains(w));
  }

  private static List<String> words(String text) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+(?:['’\\-]\\p{L}+)*").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
