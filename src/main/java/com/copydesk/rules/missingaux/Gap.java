package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.BeForms;
import com.copydesk.rules.grammar.NounPhrase.Number;
import com.copydesk.rules.grammar.Tense;
import java.util.List;

/**
 * A place where an auxiliary is missing: between token {@code before} and token {@code after} (indexes in
 * {@link com.copydesk.rules.grammar.Tokens}). After a modal or "to" the word is always "be"; otherwise a finite
 * form of "be" whose number comes from the subject and whose tense is decided from the sentence's evidence
 * ({@code tenseEvidence}, positive for the past) together with the paragraph's.
 */
record Gap(int before, int after, boolean infinitive, Number number, boolean numberCertain, double tenseEvidence) {

  /** "be" after a modal or infinitival "to". */
  static Gap be(int before, int after) {
    return new Gap(before, after, true, Number.UNKNOWN, true, 0);
  }

  /** A finite form of "be". */
  static Gap finite(int before, int after, Number number, boolean numberCertain, double tenseEvidence) {
    return new Gap(before, after, false, number, numberCertain, tenseEvidence);
  }

  /** The words to insert, best first, given how much the rest of the paragraph leans to the past. */
  List<String> inserts(double paragraphLean) {
    if (infinitive) {
      return List.of("be");
    }
    return BeForms.finite(number, Tense.of(tenseEvidence + paragraphLean), numberCertain);
  }
}
