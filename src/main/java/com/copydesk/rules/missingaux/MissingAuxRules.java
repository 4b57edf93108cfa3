package com.copydesk.rules.missingaux;

import java.util.List;
import java.util.ResourceBundle;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;

/** The missing-auxiliary rules, one per shape of error, each with its own id. */
public final class MissingAuxRules {
  private MissingAuxRules() {}

  public static final String MODAL_BE = "AUX_MODAL_BE";
  public static final String TO_BE = "AUX_TO_BE";
  public static final String LIKELY = "AUX_LIKELY";
  public static final String THERE_BE = "AUX_THERE_BE";
  public static final String COPULA_ADJ = "AUX_COPULA_ADJ";
  public static final String PASSIVE_BY = "AUX_PASSIVE_BY";
  public static final String PASSIVE = "AUX_PASSIVE";
  public static final String REL = "AUX_REL";
  public static final String PROGRESSIVE = "AUX_PROGRESSIVE";

  /** Fresh instances of all rules (they are stateless; fresh ones keep each LanguageTool instance separate). */
  public static List<Rule> create(Language language) {
    ResourceBundle messages = JLanguageTool.getMessageBundle(language);
    return List.of(
        new AuxRule(messages, MODAL_BE, "Missing 'be' after a modal verb (might muddy)", ModalGaps::find),
        new AuxRule(messages, TO_BE, "Missing 'be' after infinitive 'to' (likely to damp)", ToGaps::find),
        new AuxRule(messages, LIKELY, "Missing 'is/was' before 'likely to' (the orchard likely to)",
            t -> SubjectGaps.find(t, PredicateKind.LIKELY)),
        new AuxRule(messages, THERE_BE, "Missing 'is/are' after 'there' (there also puddles)", ThereGaps::find),
        new AuxRule(messages, COPULA_ADJ, "Missing 'is/was' before an adjective (the kettle so hot)",
            t -> SubjectGaps.find(t, PredicateKind.ADJECTIVE)),
        new AuxRule(messages, PASSIVE_BY, "Missing 'was/were' in a passive with 'by' (windows smashed by)",
            t -> SubjectGaps.find(t, PredicateKind.PASSIVE_BY)),
        new AuxRule(messages, PASSIVE, "Missing 'was/were' in a passive (the ferry cancelled)",
            t -> SubjectGaps.find(t, PredicateKind.PASSIVE)),
        new AuxRule(messages, REL, "Missing 'is/was' after a relative pronoun (which widely admired)",
            RelativeGaps::find),
        new AuxRule(messages, PROGRESSIVE, "Missing 'is/was' before an -ing verb (the baker waiting)",
            t -> SubjectGaps.find(t, PredicateKind.PROGRESSIVE)));
  }
}
