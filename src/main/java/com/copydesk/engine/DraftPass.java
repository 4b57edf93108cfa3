package com.copydesk.engine;

import com.copydesk.core.Issue;
import com.copydesk.core.Paragraph;
import com.copydesk.engine.consistency.FormConsistency;
import com.copydesk.engine.names.Lexicon;
import com.copydesk.engine.names.NameSpellings;
import com.copydesk.engine.names.UnfamiliarNames;
import com.copydesk.engine.style.BannedWords;
import com.copydesk.engine.style.HouseStyle;
import java.util.List;

/**
 * A check that needs the whole draft rather than one paragraph: it runs after every paragraph has
 * been checked (or taken from the cache), on the issues in draft offsets and text order, and returns
 * the issues to report. Passes are cheap and run on every check, so what they decide always fits
 * the draft as it stands, while the paragraph cache keeps the expensive per-paragraph work.
 */
@FunctionalInterface
interface DraftPass {

  /**
   * The draft a pass looks at: its text, its paragraphs, the settings of the check, and the dictionary
   * of the check's variant (with the copy editor's and the house style's words).
   */
  record WholeDraft(String text, List<Paragraph> paragraphs, CheckSettings settings, Lexicon lexicon) {
    public WholeDraft {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  List<Issue> apply(WholeDraft draft, List<Issue> issues);

  /**
   * The passes every check runs, in this order: quotations running over paragraphs; the draft's own
   * vocabulary (words it repeats) made names to verify; a name spelt two ways; forms written two ways or
   * against the house style; the house style's banned words.
   */
  static List<DraftPass> standard() {
    return List.of(
        (draft, issues) -> QuoteContinuation.apply(draft.text(), draft.paragraphs(), issues),
        (draft, issues) -> UnfamiliarNames.apply(draft.text(), issues, draft.lexicon(), SpellerLexicon::isSpellerRule),
        (draft, issues) -> NameSpellings.apply(draft.text(), issues, draft.lexicon(), SpellerLexicon::isSpellerRule),
        (draft, issues) -> {
          HouseStyle style = draft.settings().houseStyle();
          return FormConsistency.apply(draft.text(), issues, style.families(), style.preferred(), style.name());
        },
        (draft, issues) -> BannedWords.apply(draft.text(), issues, draft.settings().houseStyle()));
  }
}
