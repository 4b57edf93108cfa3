package com.copydesk.ui;

import com.copydesk.core.AppliedFix;
import com.copydesk.core.Category;
import com.copydesk.core.Draft;
import com.copydesk.core.Edit;
import com.copydesk.core.Fix;
import com.copydesk.core.FixBatch;
import com.copydesk.core.Issue;
import com.copydesk.core.Span;
import com.copydesk.settings.UserSettings;
import com.copydesk.ui.editor.ProofEditor;
import com.copydesk.ui.report.ChangeRecorder;
import com.copydesk.ui.review.IssueActions;
import com.copydesk.ui.review.ReviewModel;
import com.copydesk.ui.review.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Reviewing issues: applying suggestions (guarded, one undo step each, recorded for the change
 * report), Fix all, ignoring, the personal dictionary, and moving from issue to issue. Cards, the context menu, the menu bar and
 * the keyboard all come here.
 */
final class ReviewActions implements IssueActions {
  private final ProofEditor editor;
  private final ReviewModel review;
  private final UserSettings settings;
  private final Function<String, Draft> drafts;
  private final Runnable checkNow;
  private final Consumer<String> say;
  private final ChangeRecorder changes;

  ReviewActions(ProofEditor editor, ReviewModel review, UserSettings settings,
      Function<String, Draft> drafts, Runnable checkNow, Consumer<String> say, ChangeRecorder changes) {
    this.changes = changes;
    this.editor = editor;
    this.review = review;
    this.settings = settings;
    this.drafts = drafts;
    this.checkNow = checkNow;
    this.say = say;
  }

  @Override
  public void apply(Issue issue, String replacement) {
    StyleClassedTextArea area = editor.area();
    if (!Fix.isCurrent(area.getText(), issue)) {
      refuseStale();
      return;
    }
    Edit edit = Fix.edit(issue, replacement);
    area.getUndoManager().preventMerge();
    changes.applyingFixes(List.of(new AppliedFix(issue, replacement)),
        () -> area.replaceText(edit.start(), edit.removedSpan().end(), edit.inserted()));
    area.getUndoManager().preventMerge();
    selectNextFrom(edit.insertedSpan().end());
    checkNow.run();
  }

  @Override
  public void fixAll(Issue issue) {
    StyleClassedTextArea area = editor.area();
    List<Issue> same = review.sameCorrection(issue);
    FixBatch batch = FixBatch.apply(drafts.apply(area.getText()), same, i -> i.firstReplacement().orElse(null));
    if (batch.applied().isEmpty()) {
      refuseStale();
      return;
    }
    int n = batch.applied().size();
    applyAsOneStep(batch, "Fixed " + n + (n == 1 ? " issue" : " issues") + " (one undo step).");
  }

  /** Applies a batch of fixes as one undo step, recorded for the change report, and says so. */
  private void applyAsOneStep(FixBatch batch, String done) {
    StyleClassedTextArea area = editor.area();
    // the edits run from the end of the text backwards, so each position is valid when applied
    MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(batch.edits().size());
    for (Edit e : batch.edits()) {
      change.replaceTextAbsolutely(e.start(), e.removedSpan().end(), e.inserted());
    }
    area.getUndoManager().preventMerge();
    changes.applyingFixes(batch.appliedFixes(), change::commit);
    area.getUndoManager().preventMerge();
    say.accept(done);
    selectNextFrom(batch.applied().get(0).start());
    checkNow.run();
  }

  /**
   * "Clean up pasted page": removes every line of page furniture as one undo step, recorded for the
   * change report, and says how many lines went.
   */
  @Override
  public void cleanUpPage() {
    removeFurniture(review.furnitureLines());
  }

  /** Removes the lines of page furniture within a pasted stretch, as one undo step. */
  void cleanUpPasted(Span pasted) {
    List<Issue> lines = new ArrayList<>();
    for (Issue i : review.furnitureLines()) {
      if (i.start() < pasted.end() && i.end() > pasted.start()) {
        lines.add(i);
      }
    }
    removeFurniture(lines);
  }

  private void removeFurniture(List<Issue> lines) {
    if (lines.isEmpty()) {
      say.accept("No page furniture to remove.");
      return;
    }
    FixBatch batch = FixBatch.apply(drafts.apply(editor.area().getText()), lines, i -> "");
    if (batch.applied().isEmpty()) {
      refuseStale();
      return;
    }
    int n = batch.applied().size();
    applyAsOneStep(batch, "Removed " + n + (n == 1 ? " line" : " lines") + " of page furniture (one undo step).");
  }

  @Override
  public void ignore(Issue issue) {
    review.ignoreSpot(issue);
  }

  @Override
  public void ignoreRule(Issue issue, boolean always) {
    review.ignoreRule(issue.ruleId());
    if (always) {
      settings.disableRule(issue.ruleId());
      save("Rule " + issue.ruleId() + " is off; turn it on again in settings.properties ("
          + settings.folder() + ").");
    } else {
      say.accept("Ignoring rule " + issue.ruleId() + " until Copydesk closes.");
    }
  }

  @Override
  public void addToDictionary(Issue issue) {
    String word = issue.coveredText().strip();
    settings.addToDictionary(word);
    review.acceptWord(word);
    save("Added “" + word + "” to your dictionary.");
  }

  @Override
  public int sameCorrectionCount(Issue issue) {
    return issue.firstReplacement().isPresent() ? review.sameCorrection(issue).size() : 0;
  }

  /** F8: the next issue after the selected one or the caret. */
  void nextIssue() {
    review.next(editor.caret()).ifPresentOrElse(this::goTo, () -> say.accept("No issues to review."));
  }

  /** Shift+F8. */
  void previousIssue() {
    review.previous(editor.caret()).ifPresentOrElse(this::goTo, () -> say.accept("No issues to review."));
  }

  /** Ctrl+Enter: the selected issue's first suggestion. */
  void applyFirstSuggestion() {
    current().ifPresent(i -> i.firstReplacement().ifPresentOrElse(
        r -> apply(i, r), () -> say.accept("This issue has no suggestion; edit the text yourself.")));
  }

  void fixAllLikeCurrent() {
    current().ifPresent(this::fixAll);
  }

  /** Ctrl+I. */
  void ignoreCurrent() {
    current().ifPresent(this::ignore);
  }

  void ignoreCurrentRule(boolean always) {
    current().ifPresent(i -> ignoreRule(i, always));
  }

  void addCurrentToDictionary() {
    current().ifPresent(i -> {
      if (Suggestions.canAddToDictionary(i)) {
        addToDictionary(i);
      } else {
        say.accept("Only spelling issues go into the dictionary.");
      }
    });
  }

  /** The context menu items for an underline under {@code position}: suggestions and tools. */
  List<MenuItem> menuItemsAt(int position) {
    Optional<Issue> at = review.issueAt(position);
    if (at.isEmpty()) {
      return List.of();
    }
    Issue issue = at.get();
    review.select(issue);
    List<MenuItem> items = new ArrayList<>();
    MenuItem title = new MenuItem(issue.message().isBlank() ? issue.category().label() : issue.message());
    title.setDisable(true);
    title.getStyleClass().add("issue-menu-title");
    items.add(title);
    for (String r : Suggestions.shown(issue)) {
      MenuItem m = new MenuItem(Suggestions.label(issue, r));
      m.setMnemonicParsing(false);
      m.getStyleClass().add("suggestion-item");
      m.setOnAction(e -> apply(issue, r));
      items.add(m);
    }
    int same = sameCorrectionCount(issue);
    if (issue.category() == Category.CLUTTER) {
      int lines = review.furnitureLines().size();
      MenuItem all = new MenuItem("Clean Up Pasted Page (" + lines + (lines == 1 ? " line)" : " lines)"));
      all.setOnAction(e -> cleanUpPage());
      items.add(all);
    } else if (same > 1) {
      MenuItem all = new MenuItem("Fix all " + same);
      all.setOnAction(e -> fixAll(issue));
      items.add(all);
    }
    MenuItem ignore = new MenuItem("Ignore");
    ignore.setOnAction(e -> ignore(issue));
    Menu rule = new Menu("Ignore rule");
    MenuItem session = new MenuItem("For this session");
    session.setOnAction(e -> ignoreRule(issue, false));
    MenuItem always = new MenuItem("Always (turn the rule off)");
    always.setOnAction(e -> ignoreRule(issue, true));
    rule.getItems().addAll(session, always);
    items.add(ignore);
    items.add(rule);
    if (Suggestions.canAddToDictionary(issue)) {
      MenuItem dict = new MenuItem("Add “" + issue.coveredText().strip() + "” to dictionary");
      dict.setMnemonicParsing(false);
      dict.setOnAction(e -> addToDictionary(issue));
      items.add(dict);
    }
    return items;
  }

  private Optional<Issue> current() {
    Optional<Issue> i = Optional.ofNullable(review.selected()).or(() -> review.issueAt(editor.caret()));
    if (i.isEmpty()) {
      say.accept("Select an issue first (F8 goes to the next one).");
    }
    return i;
  }

  private void goTo(Issue issue) {
    if (issue.equals(review.selected())) {
      editor.select(issue.span());
    } else {
      review.select(issue);
    }
  }

  private void selectNextFrom(int position) {
    review.firstFrom(position).ifPresentOrElse(review::select, () -> review.select(null));
  }

  private void refuseStale() {
    say.accept("The text there changed since it was checked, so nothing was replaced. Checking again…");
    checkNow.run();
  }

  private void save(String done) {
    SettingsSaving.save(settings, say, done);
  }
}
