package com.copydesk.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.AppliedFix;
import com.copydesk.core.Category;
import com.copydesk.core.ChangeLog;
import com.copydesk.core.Draft;
import com.copydesk.core.Edit;
import com.copydesk.core.FixBatch;
import com.copydesk.core.Issue;
import com.copydesk.ui.TestIssues;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeRecorderTest {
  private static final String TEXT = "The ferry recieved a leter from the harbour master.";

  @Test
  void anAnnouncedFixIsRecordedAndTypingOnlyMovesIt() {
    ChangeRecorder r = new ChangeRecorder();
    Issue leter = TestIssues.at(TEXT, "leter", "SPELL", Category.SPELLING, "letter");
    AppliedFix fix = new AppliedFix(leter, "letter");
    r.applyingFixes(List.of(fix), () -> r.changed(List.of(fix.edit())));
    assertThat(r.log().size()).isEqualTo(1);
    assertThat(r.log().inOrderApplied().get(0).position()).isEqualTo(leter.start());

    ChangeRecorder.Step typed = r.changed(List.of(new Edit(0, "", "Today ")));
    assertThat(r.log().size()).as("typing adds nothing").isEqualTo(1);
    assertThat(r.log().inOrderApplied().get(0).position()).isEqualTo(leter.start() + 6);
    assertThat(typed.before().inOrderApplied().get(0).position()).isEqualTo(leter.start());
  }

  @Test
  void restoringBringsBackTheLogOfTheTextItPutsBack() {
    ChangeRecorder r = new ChangeRecorder();
    Issue leter = TestIssues.at(TEXT, "leter", "SPELL", Category.SPELLING, "letter");
    AppliedFix fix = new AppliedFix(leter, "letter");
    r.applyingFixes(List.of(fix), () -> r.changed(List.of(fix.edit())));
    ChangeRecorder.Step step = r.changed(List.of()); // nothing happened: same log both sides
    assertThat(step.after()).isSameAs(step.before());

    ChangeLog withFix = r.log();
    r.restoringTo(ChangeLog.empty(), () -> r.changed(List.of(fix.edit().inverse())));
    assertThat(r.log().isEmpty()).as("undo takes the fix out").isTrue();
    r.restoringTo(withFix, () -> r.changed(List.of(fix.edit())));
    assertThat(r.log()).as("redo puts the same log back").isSameAs(withFix);
  }

  @Test
  void aFixAllIsRecordedWhole() {
    String text = "One recieved, two recieved, three recieved.";
    List<Issue> three = List.of(
        TestIssues.at(text, "recieved", 0, "SPELL", Category.SPELLING, "received"),
        TestIssues.at(text, "recieved", 10, "SPELL", Category.SPELLING, "received"),
        TestIssues.at(text, "recieved", 25, "SPELL", Category.SPELLING, "received"));
    FixBatch batch = FixBatch.apply(new Draft(text), three, i -> "received");
    ChangeRecorder r = new ChangeRecorder();
    r.applyingFixes(batch.appliedFixes(), () -> r.changed(batch.edits()));
    assertThat(r.log().size()).isEqualTo(3);
    String after = batch.after().text();
    for (ChangeLog.Entry e : r.log().inTextOrder()) {
      assertThat(e.currentSpan().of(after)).isEqualTo("received");
    }
  }

  @Test
  void anAnnouncementThatDoesNotMatchTheChangeIsTypingAndIsForgotten() {
    ChangeRecorder r = new ChangeRecorder();
    Issue leter = TestIssues.at(TEXT, "leter", "SPELL", Category.SPELLING, "letter");
    r.applyingFixes(List.of(new AppliedFix(leter, "letter")), () -> r.changed(List.of(new Edit(0, "The", "A"))));
    assertThat(r.log().isEmpty()).isTrue();
    r.changed(List.of(new AppliedFix(leter, "letter").edit().inverse().inverse()));
    assertThat(r.log().isEmpty()).as("the announcement does not outlive its change").isTrue();
    r.reset();
    assertThat(r.log().isEmpty()).isTrue();
  }
}
