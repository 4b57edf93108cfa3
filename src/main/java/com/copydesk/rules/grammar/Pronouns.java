package com.copydesk.rules.grammar;

import com.copydesk.rules.grammar.NounPhrase.Number;
import java.util.Set;

/** Personal and demonstrative pronouns as subjects. */
public final class Pronouns {
  private Pronouns() {}

  private static final Set<String> PERSONAL = Set.of("i", "he", "she", "it", "we", "they", "you", "this",
      "that", "these", "those", "what");
  private static final Set<String> PLURAL = Set.of("we", "they", "you", "these", "those");

  /** A pronoun that can be the subject of a clause. */
  public static boolean isPersonal(Tokens t, int i) {
    if (!t.isAny(i, PERSONAL)) {
      return false;
    }
    // "that"/"this" followed by a noun are determiners; "that" after a verb is a conjunction
    if ((t.is(i, "that") || t.is(i, "this") || t.is(i, "these") || t.is(i, "those"))
        && (NounPhrase.nominal(t, i + 1) || t.tagStarts(i + 1, "JJ") && NounPhrase.nominal(t, i + 2))) {
      return false;
    }
    return true;
  }

  public static boolean isNominative(Tokens t, int i) {
    return t.isAny(i, Words.NOMINATIVE);
  }

  public static Number number(Tokens t, int i) {
    if (t.is(i, "i")) {
      return Number.FIRST_PERSON_SINGULAR;
    }
    return t.isAny(i, PLURAL) ? Number.PLURAL : Number.SINGULAR;
  }
}
