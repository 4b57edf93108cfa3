package com.copydesk.engine;

import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.core.Paragraph;
import com.copydesk.core.PlainTextSegmenter;
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
   * The draft a pass looks at: its text, its paragraphs, the settings of the check, and whether the
   * text is plain lines (plain text, a web page's article) rather than markup or a Word document,
   * so that a pass may remove whole lines.
   */
  record WholeDraft(String text, List<Paragraph> paragraphs, CheckSettings settings, boolean plainLines) {
    public WholeDraft {
      paragraphs = List.copyOf(paragraphs);
    }

    public WholeDraft(String text, List<Paragraph> paragraphs, CheckSettings settings) {
      this(text, paragraphs, settings, false);
    }
  }

  List<Issue> apply(WholeDraft draft, List<Issue> issues);

  /** Runs the {@link #standard()} passes, in order, over a draft's issues. */
  static List<Issue> applyStandard(Draft draft, CheckSettings settings, List<Issue> issues) {
    WholeDraft whole = new WholeDraft(draft.text(), draft.paragraphs(), settings,
        draft.segmenter() instanceof PlainTextSegmenter);
    List<Issue> out = issues;
    for (DraftPass pass : standard()) {
      out = pass.apply(whole, out);
    }
    return out;
  }

  /** The passes every check runs, in this order. */
  static List<DraftPass> standard() {
    return List.of(
        (draft, issues) -> QuoteContinuation.apply(draft.text(), draft.paragraphs(), issues),
        PageFurniturePass::apply);
  }
}
