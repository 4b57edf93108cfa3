package com.copydesk.engine;

import com.copydesk.core.Draft;
import com.copydesk.core.FurnitureLines;
import com.copydesk.core.Issue;
import com.copydesk.core.Paragraph;
import com.copydesk.core.PlainTextSegmenter;
import com.copydesk.core.Span;
import com.copydesk.core.UnfamiliarName;
import com.copydesk.engine.consistency.FormConsistency;
import com.copydesk.engine.consistency.VariantSpellings;
import com.copydesk.engine.names.Lexicon;
import com.copydesk.engine.names.NameSpellings;
import com.copydesk.engine.names.UnfamiliarNames;
import com.copydesk.engine.style.BannedWords;
import com.copydesk.engine.style.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A check that needs the whole draft rather than one paragraph: it runs after every paragraph has
 * been checked (or taken from the cache), on the issues in draft offsets and text order, and returns
 * the issues to report. Passes are cheap and run on every check, so what they decide always fits
 * the draft as it stands, while the paragraph cache keeps the expensive per-paragraph work.
 */
@FunctionalInterface
interface DraftPass {

  /**
   * The draft a pass looks at: its text, its paragraphs, the settings of the check, whether the text
   * is plain lines (plain text, a web page's article) rather than markup or a Word document, so that a
   * pass may remove whole lines, and the dictionary of the check's variant (with the copy editor's and
   * the house style's words).
   */
  record WholeDraft(String text, List<Paragraph> paragraphs, CheckSettings settings, boolean plainLines,
      Lexicon lexicon) {
    public WholeDraft {
      paragraphs = List.copyOf(paragraphs);
    }

    public WholeDraft(String text, List<Paragraph> paragraphs, CheckSettings settings) {
      this(text, paragraphs, settings, false, DictionaryLexicon.forSettings(settings));
    }
  }

  List<Issue> apply(WholeDraft draft, List<Issue> issues);

  /** Runs the {@link #standard()} passes, in order, over a draft's issues. */
  static List<Issue> applyStandard(Draft draft, CheckSettings settings, List<Issue> issues) {
    WholeDraft whole = new WholeDraft(draft.text(), draft.paragraphs(), settings,
        draft.segmenter() instanceof PlainTextSegmenter, DictionaryLexicon.forSettings(settings));
    List<Issue> out = issues;
    for (DraftPass pass : standard()) {
      out = pass.apply(whole, out);
    }
    return out;
  }

  /**
   * The result of a check from its paragraphs' issues: the standard passes run, the names to verify
   * taken out of the issues (those inside page furniture dropped: a navigation line's words are not the
   * story's names), and the passes' own rules and categories honoured when switched off.
   */
  static CheckResult result(Draft draft, CheckSettings settings, List<Issue> paragraphIssues, int paragraphs,
      int checkedParagraphs) {
    List<Issue> issues = applyStandard(draft, settings, paragraphIssues);
    Map<Issue, Issue> inFurniture = FurnitureLines.lineOf(issues);
    List<Issue> shown = new ArrayList<>(issues.size());
    List<Span> names = new ArrayList<>();
    for (Issue issue : issues) {
      if (UnfamiliarNames.isName(issue)) {
        if (!inFurniture.containsKey(issue)) {
          names.add(issue.span());
        }
      } else if (!settings.disabledRules().contains(issue.ruleId())
          && !settings.disabledCategories().contains(issue.category())) {
        shown.add(issue); // the passes' own rules (CONSISTENT_*, HOUSE_STYLE_*) are switched off here
      }
    }
    return new CheckResult(draft, settings, shown, paragraphs, checkedParagraphs,
        UnfamiliarName.group(draft.text(), names));
  }

  /**
   * The passes every check runs, in this order: quotations running over paragraphs; the draft's own
   * vocabulary (words it repeats) made names to verify; a name spelt two ways; forms written two ways
   * or against the house style; the house style's banned words; page furniture.
   */
  static List<DraftPass> standard() {
    return List.of(
        (draft, issues) -> QuoteContinuation.apply(draft.text(), draft.paragraphs(), issues),
        (draft, issues) -> UnfamiliarNames.apply(draft.text(), issues, draft.lexicon(), SpellerLexicon::isSpellerRule),
        (draft, issues) -> NameSpellings.apply(draft.text(), issues, draft.lexicon(), SpellerLexicon::isSpellerRule),
        (draft, issues) -> {
          HouseStyle style = draft.settings().houseStyle();
          return FormConsistency.apply(draft.text(), issues, style.families(), style.preferred(), style.name(),
              VariantSpellings.acceptedBy(draft.settings().variant()));
        },
        (draft, issues) -> BannedWords.apply(draft.text(), issues, draft.settings().houseStyle()),
        PageFurniturePass::apply);
  }
}
