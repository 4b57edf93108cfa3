package com.copydesk.engine.clutter;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

  private static String removeAll(String text, List<Issue> issues) {
    StringBuilder b = new StringBuilder(text);
    for (int k = issues.size() - 1; k >= 0; k--) {
      b.replace(issues.get(k).start(), issues.get(k).end(), issues.get(k).replacements().get(0));
    }
    return b.toString();
  }

  @Test
  void flagsTheSitesLinesAndNoLineOfTheStory() {
    assertThat(PageFurniture.lines(InventedPage.text("\n"))).containsExactlyElementsOf(InventedPage.FURNITURE);
  }

  @Test
  void headlineSubheadBylineDatelineQuotationAndOneLineParagraphsStay() {
    List<Integer> flagged = PageFurniture.lines(InventedPage.text("\n"));
    assertThat(flagged).doesNotContain(3, 5, 7, 9, 13, 15, 17, 21);
  }

  @Test
  void eachIssueCoversOneWholeLineAndSuggestsRemovingIt() {
    String text = InventedPage.text("\n");
    for (Issue issue : PageFurniture.issues(text, rule -> true)) {
      assertThat(issue.category()).isEqualTo(Category.CLUTTER);
      assertThat(issue.ruleId()).startsWith("CLUTTER_");
      assertThat(issue.replacements()).containsExactly("");
      String covered = issue.coveredText();
      assertThat(covered.strip()).doesNotContain("\n");
      assertThat(InventedPage.LINES).contains(covered.strip());
    }
  }

  @Test
  void removingEveryFurnitureLineGivesTheStoryByteForByte() {
    for (String br : List.of("\n", "\r\n")) {
      String text = InventedPage.text(br);
      assertThat(removeAll(text, PageFurniture.issues(text, rule -> true))).isEqualTo(InventedPage.article(br));
    }
  }

  @Test
  void removingAnyOneLineAloneLeavesEveryOtherLineWhole() {
    String text = InventedPage.text("\n");
    for (Issue issue : PageFurniture.issues(text, rule -> true)) {
      String after = removeAll(text, List.of(issue));
      List<String> expected = new ArrayList<>(InventedPage.LINES);
      expected.remove(issue.coveredText().strip());
      assertThat(after.lines().filter(l -> !l.isBlank()).toList())
          .containsExactlyElementsOf(expected.stream().filter(l -> !l.isBlank()).toList());
      assertThat(after).as("spacing kept").doesNotStartWith("\n").doesNotContain("\n\n\n");
    }
  }

  @Test
  void aPageEndingOnFurnitureWithoutALineBreakEndsOnTheStory() {
    String text = InventedPage.text("\n").stripTrailing();
    String article = InventedPage.article("\n").stripTrailing();
    assertThat(removeAll(text, PageFurniture.issues(text, rule -> true))).isEqualTo(article);
  }

  @Test
  void aBreadcrumbRunIntoACutOffHeadlineIsFoundAndTheHeadlineStays() {
    String text = "HomeWorldEuropeHarbour towns count the cost of...\n\nHarbour towns count the cost of the winter storms\n\n"
        + "Repair bills along the coast have passed four million pounds, the regional council said on Monday.\n";
    List<Issue> issues = PageFurniture.issues(text, rule -> true);
    assertThat(issues).extracting(Issue::ruleId).containsExactly("CLUTTER_BREADCRUMB");
    assertThat(removeAll(text, issues)).startsWith("Harbour towns count the cost of the winter storms\n\nRepair");
  }

  @Test
  void aCleanStoryHasNoFurniture() throws Exception {
    List<Article> stories = new ArrayList<>(Articles.stories(Articles.resource("/clutter/british-stories.txt"), false));
    stories.addAll(Articles.stories(Articles.resource("/clutter/wire-stories.txt"), true));
    for (Article a : stories) {
      assertThat(PageFurniture.lines(a.text())).as(a.headline()).isEmpty();
    }
    assertThat(PageFurniture.lines(InventedPage.article("\n"))).isEmpty();
  }

  @Test
  void aRuleSwitchedOffLeavesItsLinesInPlace() {
    String text = InventedPage.text("\n");
    List<Issue> issues = PageFurniture.issues(text, rule -> !rule.equals("CLUTTER_ADVERT"));
    assertThat(issues).extracting(Issue::ruleId).doesNotContain("CLUTTER_ADVERT");
    assertThat(removeAll(text, issues)).contains("\nAdvertisement\n");
  }
}
