package com.copydesk.rules.grammar;

import java.util.Set;

/**
 * Figure-led list entries ("12 - Number of lifeboats launched from the harbour this year."): a figure, a dash
 * and a noun phrase that labels it. The noun phrase and what describes it are a caption, not a clause missing
 * "be"; a clause inside the entry (after "who", "that", "which", a subordinator or a verb of saying) is
 * still a clause.
 */
public final class ListEntries {
  private ListEntries() {}

  private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");

  /** The line opens with a figure and a dash ("12 -", "3.5m -", "40% -"). */
  public static boolean figureLed(Tokens t) {
    if (!t.valid(1) || t.word(0).isEmpty() || !Character.isDigit(t.word(0).codePointAt(0))) {
      return false;
    }
    for (int k = 1; k <= 4 && t.valid(k); k++) { // the tokenizer splits "3.5m" into "3", ".", "5m"
      if (t.isAny(k, DASHES)) {
        return true;
      }
      boolean figurePart = t.isAny(k, Set.of(".", ",", "%")) || Character.isDigit(t.word(k).codePointAt(0));
      if (!figurePart) {
        return false;
      }
    }
    return false;
  }

  /** The noun phrase starting at {@code start} is part of the entry's label: nothing opens a clause before it. */
  public static boolean inLabel(Tokens t, int start) {
    if (!figureLed(t)) {
      return false;
    }
    for (int k = 2; k < start; k++) {
      if (t.isAny(k, Words.RELATIVES) || t.isAny(k, Words.SUBORDINATORS) || t.is(k, "that")
          || Clauses.reportingVerb(t, k) || FiniteVerbs.finiteVerb(t, k)) {
        return false;
      }
    }
    return true;
  }
}
