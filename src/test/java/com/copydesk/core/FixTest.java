package com.copydesk.core;

import static com.copydesk.core.IssuesTest.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixTest {
  static final String TEXT = "Teh cat sat on teh mat near teh door.";

  @Test
  void aFixReplacesOnlyItsSpan() {
    Draft d = new Draft(TEXT);
    Issue i = issue(TEXT, 15, 18, "R", "the");
    Draft fixed = Fix.apply(d, i, "the");
    assertThat(fixed.text()).isEqualTo("Teh cat sat on the mat near teh door.");
  }

  @Test
  void aStaleFixIsRefusedAndTheDraftIsUnchanged() {
    Issue i = issue(TEXT, 15, 18, "R", "the");
    Draft edited = new Draft(TEXT).apply(new Edit(0, "", "Today "));
    assertThat(Fix.isCurrent(edited.text(), i)).isFalse();
    assertThatThrownBy(() -> Fix.apply(edited, i, "the")).isInstanceOf(StaleTextException.class);
    assertThat(edited.text()).isEqualTo("Today " + TEXT);
  }

  @Test
  void aBatchAppliesEveryFixAndUndoRestoresTheText() {
    Draft d = new Draft(TEXT);
    List<Issue> issues = List.of(issue(TEXT, 0, 3, "R", "The"), issue(TEXT, 15, 18, "R", "the"),
        issue(TEXT, 28, 31, "R", "the"));
    FixBatch batch = FixBatch.apply(d, issues, i -> i.replacements().get(0));
    assertThat(batch.after().text()).isEqualTo("The cat sat on the mat near the door.");
    assertThat(batch.applied()).containsExactlyElementsOf(issues);

    EditHistory history = new EditHistory();
    history.record(batch.edits());
    Draft undone = history.undo(batch.after());
    assertThat(undone.text()).isEqualTo(TEXT);
    assertThat(history.redo(undone).text()).isEqualTo(batch.after().text());
  }

  @Test
  void aBatchSkipsAFixWhoseTextChanged() {
    String changed = "Teh cat sat on THE mat near teh door.";
    Draft d = new Draft(changed);
    List<Issue> issues = List.of(issue(TEXT, 0, 3, "R", "The"), issue(TEXT, 15, 18, "R", "the"));
    FixBatch batch = FixBatch.apply(d, issues, i -> i.replacements().get(0));
    assertThat(batch.after().text()).isEqualTo("The cat sat on THE mat near teh door.");
    assertThat(batch.applied()).hasSize(1);
  }
}
