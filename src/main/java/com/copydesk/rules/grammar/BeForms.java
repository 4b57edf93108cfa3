package com.copydesk.rules.grammar;

import com.copydesk.rules.grammar.NounPhrase.Number;
import java.util.ArrayList;
import java.util.List;

/** The forms of "be" to offer for a subject's number and a clause's tense, best first. */
public final class BeForms {
  private BeForms() {}

  /**
   * Finite forms: the form for the number and tense first, then the other tense; when the number is
   * uncertain the other number's forms follow.
   */
  public static List<String> finite(Number number, Tense tense, boolean numberCertain) {
    List<String> out = new ArrayList<>();
    switch (number) {
      case PLURAL -> addPair(out, "were", "are", tense);
      case FIRST_PERSON_SINGULAR -> addPair(out, "was", "am", tense);
      default -> addPair(out, "was", "is", tense);
    }
    if (!numberCertain || number == Number.UNKNOWN) {
      if (number == Number.PLURAL) {
        addPair(out, "was", "is", tense);
      } else if (number != Number.FIRST_PERSON_SINGULAR) {
        addPair(out, "were", "are", tense);
      }
    }
    return out;
  }

  private static void addPair(List<String> out, String past, String present, Tense tense) {
    if (tense == Tense.PAST) {
      out.add(past);
      out.add(present);
    } else {
      out.add(present);
      out.add(past);
    }
  }
}
