package com.copydesk.engine;

import com.copydesk.core.Variant;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Category;
import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.formats.markdown.MarkdownSegmenter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageFurniturePassTest {
  static final String PAGE = String.join("\n",
      "Tuesday, May 13, 2025",
      "",
      "Lighthouse keepers return to Skerry Point",
      "",
      "Two keepers will live at the lighthouse again this summer, the trust that owns it said on Monday.",
      "",
      "Also read: Lighthouse trust recieve grant for new lamp",
      "",
      "The keepers will guide visitors round the tower and record the weather every three hours.",
      "",
      "Advertisement",
      "");

  final Proofreader proofreader = TestEngine.proofreader();
  final CheckSettings us = CheckSettings.of(Variant.EN_US);

  @Test
  void aPlainTextDraftGetsItsFurnitureLinesInTextOrder() {
    CheckResult result = proofreader.check(new Draft(PAGE), us);
    List<Issue> furniture = result.issues().stream().filter(i -> i.category() == Category.CLUTTER).toList();
    assertThat(furniture).extracting(Issue::ruleId)
        .containsExactly("CLUTTER_DATELINE", "CLUTTER_TEASER", "CLUTTER_ADVERT");
    assertThat(result.issues()).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
  }

  @Test
  void anIssueInsideAFurnitureLineSaysWhichLineItGoesWith() {
    CheckResult result = proofreader.check(new Draft(PAGE), us);
    Issue misspelling = result.issues().stream().filter(i -> i.coveredText().equals("recieve")).findFirst().orElseThrow();
    Issue line = result.furnitureLineOf(misspelling).orElseThrow();
    assertThat(line.ruleId()).isEqualTo("CLUTTER_TEASER");
    assertThat(result.furnitureLines()).containsEntry(misspelling, line);
    Issue inStory = result.issues().stream().filter(i -> i.category() != Category.CLUTTER
        && i.start() < PAGE.indexOf("Also read")).findFirst().orElse(null);
    if (inStory != null) {
      assertThat(result.furnitureLineOf(inStory)).isEmpty();
    }
  }

  @Test
  void switchingTheCategoryOrARuleOffIsHonoured() {
    CheckSettings noClutter = us.withDisabledCategories(Set.of(Category.CLUTTER));
    assertThat(proofreader.check(new Draft(PAGE), noClutter).issues()).noneMatch(i -> i.category() == Category.CLUTTER);
    CheckSettings noAdverts = us.withDisabledRules(Set.of("CLUTTER_ADVERT"));
    assertThat(proofreader.check(new Draft(PAGE), noAdverts).issues()).extracting(Issue::ruleId)
        .contains("CLUTTER_TEASER").doesNotContain("CLUTTER_ADVERT");
  }

  @Test
  void markupDocumentsAreNotCutByLine() {
    CheckResult result = proofreader.check(new Draft(PAGE, new MarkdownSegmenter()), us);
    assertThat(result.issues()).noneMatch(i -> i.category() == Category.CLUTTER);
  }
}
