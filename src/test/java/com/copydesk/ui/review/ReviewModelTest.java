package com.copydesk.ui.review;

import static com.copydesk.ui.TestIssues.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Category;
import com.copydesk.core.Edit;
import com.copydesk.core.Issue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewModelTest {
  // 0         1         2         3         4         5         6         7
  // 0123456789012345678901234567890123456789012345678901234567890123456789012345
  static final String TEXT = "The ferrie left late. The ferrie came back , and the crew was tired tired.";

  ReviewModel model;
  Issue firstFerrie;
  Issue secondFerrie;
  Issue comma;
  Issue tired;

  @BeforeEach
  void setUp() {
    model = new ReviewModel();
    firstFerrie = at(TEXT, "ferrie", 0, "SPELL", Category.SPELLING, "ferry", "ferries");
    secondFerrie = at(TEXT, "ferrie", 10, "SPELL", Category.SPELLING, "ferry", "ferries");
    comma = at(TEXT, " ,", "COMMA_SPACE", Category.TYPOGRAPHY, ",");
    tired = at(TEXT, "tired tired", "REPEAT", Category.STYLE, "tired");
    // deliberately out of order: the model sorts into text order
    model.showCheck(List.of(tired, comma, secondFerrie, firstFerrie));
  }

  @Test
  void showsIssuesInTextOrderWithCountsPerCategory() {
    assertThat(model.issues()).containsExactly(firstFerrie, secondFerrie, comma, tired);
    assertThat(model.count(Category.SPELLING)).isEqualTo(2);
    assertThat(model.count(Category.TYPOGRAPHY)).isEqualTo(1);
    assertThat(model.count(Category.STYLE)).isEqualTo(1);
    assertThat(model.count(Category.GRAMMAR)).isZero();
    assertThat(model.countsProperty().get()).containsKeys(Category.values());
  }

  @Test
  void filterShowsOneCategoryButCountsStayWhole() {
    model.select(comma);
    model.filterProperty().set(Category.SPELLING);
    assertThat(model.visible()).containsExactly(firstFerrie, secondFerrie);
    assertThat(model.count(Category.TYPOGRAPHY)).isEqualTo(1);
    assertThat(model.selected()).as("a hidden issue cannot stay selected").isNull();
    model.filterProperty().set(null);
    assertThat(model.visible()).hasSize(4);
  }

  @Test
  void anEditMovesLaterIssuesAndDropsTheOneItTouches() {
    model.afterEdit(new Edit(0, "", "Sadly "));
    assertThat(model.issues()).extracting(Issue::start)
        .containsExactly(firstFerrie.start() + 6, secondFerrie.start() + 6, comma.start() + 6, tired.start() + 6);
    // typing inside the second "ferrie" drops it until the next check
    int inside = secondFerrie.start() + 6 + 2;
    model.afterEdit(new Edit(inside, "", "x"));
    assertThat(model.issues()).hasSize(3);
    assertThat(model.count(Category.SPELLING)).isEqualTo(1);
  }

  @Test
  void selectionFollowsItsIssueThroughEditsElsewhere() {
    model.select(comma);
    model.afterEdit(new Edit(0, "The", "A"));
    assertThat(model.selected()).isNotNull();
    assertThat(model.selected().start()).isEqualTo(comma.start() - 2);
    model.afterEdit(new Edit(model.selected().start(), " ,", ","));
    assertThat(model.selected()).as("the edit touched it").isNull();
  }

  @Test
  void ignoringASpotRemovesOnlyThatCardSelectsTheNextAndSurvivesTheNextCheck() {
    model.select(firstFerrie);
    model.ignoreSpot(firstFerrie);
    assertThat(model.issues()).containsExactly(secondFerrie, comma, tired);
    assertThat(model.selected()).isEqualTo(secondFerrie);
    model.showCheck(List.of(firstFerrie, secondFerrie, comma, tired));
    assertThat(model.issues()).doesNotContain(firstFerrie).contains(secondFerrie);
  }

  @Test
  void ignoringARuleRemovesAllItsCardsNowAndLater() {
    model.select(firstFerrie);
    model.ignoreRule("SPELL");
    assertThat(model.issues()).containsExactly(comma, tired);
    assertThat(model.selected()).isEqualTo(comma);
    model.showCheck(List.of(firstFerrie, secondFerrie, comma));
    assertThat(model.issues()).containsExactly(comma);
    assertThat(model.isRuleIgnored("SPELL")).isTrue();
  }

  @Test
  void aWordAddedToTheDictionaryTakesItsSpellingIssuesAway() {
    model.acceptWord("ferrie");
    assertThat(model.issues()).containsExactly(comma, tired);
  }

  @Test
  void sameCorrectionFindsIdenticalIssuesOnly() {
    assertThat(model.sameCorrection(secondFerrie)).containsExactly(firstFerrie, secondFerrie);
    assertThat(model.sameCorrection(comma)).containsExactly(comma);
  }

  @Test
  void nextAndPreviousGoFromTheSelectionOrTheCaretAndWrapRound() {
    assertThat(model.next(0)).contains(firstFerrie);
    assertThat(model.next(comma.start())).contains(comma);
    assertThat(model.next(TEXT.length())).as("wraps to the first").contains(firstFerrie);
    model.select(secondFerrie);
    assertThat(model.next(secondFerrie.end())).contains(comma);
    assertThat(model.previous(secondFerrie.end())).contains(firstFerrie);
    model.select(firstFerrie);
    assertThat(model.previous(firstFerrie.start())).as("wraps to the last").contains(tired);
    model.select(null);
    assertThat(model.previous(comma.start())).contains(secondFerrie);
  }

  @Test
  void issueAtFindsTheUnderlineUnderTheCaretEndsIncluded() {
    assertThat(model.issueAt(firstFerrie.start())).contains(firstFerrie);
    assertThat(model.issueAt(firstFerrie.end())).contains(firstFerrie);
    assertThat(model.issueAt(0)).isEmpty();
    model.filterProperty().set(Category.STYLE);
    assertThat(model.issueAt(firstFerrie.start())).as("hidden by the filter").isEmpty();
  }

  @Test
  void aNewCheckKeepsTheSelectionWhenTheSameIssueIsFoundAgain() {
    model.select(comma);
    Issue sameSpot = at(TEXT, " ,", "COMMA_SPACE", Category.TYPOGRAPHY, ",", ", ");
    model.showCheck(List.of(firstFerrie, sameSpot));
    assertThat(model.selected()).isEqualTo(sameSpot);
    model.showCheck(List.of(firstFerrie));
    assertThat(model.selected()).isNull();
  }

  @Test
  void firstFromGivesTheNextIssueAfterAFix() {
    assertThat(model.firstFrom(secondFerrie.end())).contains(comma);
    assertThat(model.firstFrom(TEXT.length())).contains(tired);
  }
}
