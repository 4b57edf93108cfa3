package com.copydesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeLogTest {
  private static Issue at(String text, String covered, String replacement) {
    int s = text.indexOf(covered);
    return new Issue(new Span(s, s + covered.length()), "R", Category.SPELLING, "m", "", List.of(replacement),
        covered, new SentenceContext(text, s, covered.length()));
  }

  @Test
  void positionsFollowLaterEditsAndTextOrderIsKept() {
    String t0 = "aa bbb cc";
    AppliedFix first = new AppliedFix(at(t0, "cc", "CCCC"), "CCCC");
    String t1 = first.edit().applyTo(t0);
    AppliedFix second = new AppliedFix(at(t1, "aa", "A"), "A");
    String t2 = second.edit().applyTo(t1);
    ChangeLog log = ChangeLog.empty().with(first).with(second);
    assertThat(t2).isEqualTo("A bbb CCCC");
    assertThat(log.inOrderApplied()).extracting(ChangeLog.Entry::position).containsExactly(6, 0);
    assertThat(log.inTextOrder()).extracting(e -> e.fix().replacement()).containsExactly("A", "CCCC");
    for (ChangeLog.Entry e : log.inTextOrder()) {
      assertThat(e.currentSpan().of(t2)).isEqualTo(e.fix().replacement());
    }
  }

  @Test
  void fixBatchFixesComeInApplicationOrder() {
    String text = "one twoo three fuor";
    FixBatch batch = FixBatch.apply(new Draft(text), List.of(at(text, "twoo", "two"), at(text, "fuor", "four")),
        i -> i.replacements().get(0));
    assertThat(batch.appliedFixes()).extracting(AppliedFix::replacement).containsExactly("four", "two");
    ChangeLog log = ChangeLog.empty().withAll(batch.appliedFixes());
    String after = batch.after().text();
    for (ChangeLog.Entry e : log.inTextOrder()) {
      assertThat(e.currentSpan().of(after)).isEqualTo(e.fix().replacement());
    }
  }

  @Test
  void typedEditsMoveRecordedPositions() {
    String t0 = "one twoo";
    AppliedFix fix = new AppliedFix(at(t0, "twoo", "two"), "two");
    ChangeLog log = ChangeLog.empty().with(fix).afterEdit(new Edit(0, "one", "three"));
    assertThat(log.inOrderApplied().get(0).position()).isEqualTo(6);
    assertThat(log.size()).isEqualTo(1);
  }
}
