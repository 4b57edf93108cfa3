package com.copydesk.ui.review;

import static com.copydesk.ui.TestIssues.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Category;
import com.copydesk.core.Edit;
import com.copydesk.core.Issue;
import com.copydesk.core.Issues;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class IssueRowsTest {
  static final String TEXT = "Teh first line.\nA secnod line.\nThe thrid line.\nThe fourht line.";

  private static List<Issue> found(String text) {
    List<Issue> out = new ArrayList<>();
    for (String w : List.of("Teh", "secnod", "thrid", "fourht")) {
      if (text.contains(w)) {
        out.add(at(text, w, "SPELL_" + w, Category.SPELLING, w + "!"));
      }
    }
    return out;
  }

  @Test
  void typingBeforeIssuesMovesRowsInPlaceWithoutAnyListChange() {
    IssueRows rows = new IssueRows();
    List<Issue> before = found(TEXT);
    rows.sync(before, before);
    List<IssueRows.Row> same = List.copyOf(rows.rows());
    List<String> changes = new ArrayList<>();
    rows.rows().addListener((ListChangeListener<IssueRows.Row>) c -> changes.add(c.toString()));

    List<Issue> moved = Issues.afterEdit(before, new Edit(16, "", "Now: "));
    rows.sync(moved, moved);
    assertThat(changes).isEmpty();
    assertThat(rows.rows()).containsExactlyElementsOf(same);
    assertThat(rows.rows()).extracting(IssueRows.Row::issue).containsExactlyElementsOf(moved);
    assertThat(rows.indexOf(moved.get(2))).isEqualTo(2);
  }

  @Test
  void onlyRowsThatReadDifferentlyAreReplaced() {
    IssueRows rows = new IssueRows();
    List<Issue> before = found(TEXT);
    rows.sync(before, before);
    IssueRows.Row first = rows.rows().get(0);
    IssueRows.Row last = rows.rows().get(3);
    String fixed = TEXT.replace("secnod", "second");
    List<Issue> after = found(fixed);
    List<ListChangeListener.Change<? extends IssueRows.Row>> seen = new ArrayList<>();
    rows.rows().addListener((ListChangeListener<IssueRows.Row>) seen::add);
    rows.sync(after, after);
    assertThat(rows.rows()).hasSize(3);
    assertThat(rows.rows().get(0)).isSameAs(first);
    assertThat(rows.rows().get(2)).isSameAs(last);
    assertThat(seen).hasSize(1);
  }

  @Test
  void aChangedFixAllCountRebuildsTheCard() {
    String text = "Teh one. Teh two. Teh three.";
    List<Issue> three = List.of(at(text, "Teh", 0, "R", Category.SPELLING, "The"),
        at(text, "Teh", 5, "R", Category.SPELLING, "The"), at(text, "Teh", 15, "R", Category.SPELLING, "The"));
    IssueRows rows = new IssueRows();
    rows.sync(three, three);
    assertThat(rows.rows()).extracting(IssueRows.Row::sameCount).containsExactly(3, 3, 3);
    IssueRows.Row firstRow = rows.rows().get(0);
    List<Issue> two = List.of(three.get(0), three.get(1));
    rows.sync(two, two);
    assertThat(rows.rows()).extracting(IssueRows.Row::sameCount).containsExactly(2, 2);
    assertThat(rows.rows().get(0)).isNotSameAs(firstRow);
  }
}
