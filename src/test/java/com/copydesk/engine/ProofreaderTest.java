package com.copydesk.engine;

import com.copydesk.core.Variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.core.Category;
import com.copydesk.core.Draft;
import com.copydesk.core.Edit;
import com.copydesk.core.Issue;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProofreaderTest {
  static final String ARTICLE = String.join("\n\n",
      "The ferry to Skellig Rock was cancelled on Tuesday.",
      "Passengers said they would recieve a full refund.",
      "This is an test of the harbour's new booking system.",
      "Crews expect calmer weather by the weekend.");

  final Proofreader proofreader = TestEngine.proofreader();
  final CheckSettings us = CheckSettings.of(Variant.EN_US);

  static Issue find(List<Issue> issues, String covered) {
    return issues.stream().filter(i -> i.coveredText().equals(covered)).findFirst()
        .orElseThrow(() -> new AssertionError("no issue on '" + covered + "' in " + issues));
  }

  @Test
  void findsSpellingAndGrammarWithSpansOnTheWords() {
    Draft draft = new Draft(ARTICLE);
    List<Issue> issues = proofreader.check(draft, us).issues();
    Issue spelling = find(issues, "recieve");
    assertThat(spelling.category()).isEqualTo(Category.SPELLING);
    assertThat(spelling.replacements()).first().isEqualTo("receive");
    assertThat(spelling.start()).isEqualTo(ARTICLE.indexOf("recieve"));
    assertThat(spelling.context().text()).isEqualTo("Passengers said they would recieve a full refund.");
    assertThat(spelling.context().marked()).isEqualTo("recieve");

    Issue article = find(issues, "an");
    assertThat(article.category()).isEqualTo(Category.GRAMMAR);
    assertThat(article.replacements()).first().isEqualTo("a");
    assertThat(issues).isSortedAccordingTo(com.copydesk.core.Issues.TEXT_ORDER);
  }

  @Test
  void issuesAfterAstralCharactersStillPointAtTheirWords() {
    String text = "Café owners 😀 said they would recieve help.";
    Issue spelling = find(proofreader.check(new Draft(text), us).issues(), "recieve");
    assertThat(text.substring(spelling.start(), spelling.end())).isEqualTo("recieve");
  }

  @Test
  void anEditReChecksOnlyItsParagraph() {
    Proofreader fresh = new Proofreader(1, new ParagraphCache());
    try {
      Draft draft = new Draft(ARTICLE);
      CheckResult first = fresh.check(draft, us);
      assertThat(first.checkedParagraphs()).isEqualTo(4);

      CheckResult again = fresh.check(draft, us);
      assertThat(again.checkedParagraphs()).isZero();
      assertThat(again.issues()).isEqualTo(first.issues());

      int at = ARTICLE.indexOf("Crews");
      Draft edited = draft.apply(new Edit(at, "Crews", "The crews"));
      CheckResult afterEdit = fresh.check(edited, us);
      assertThat(afterEdit.checkedParagraphs()).isEqualTo(1);
      // the paragraphs before the edit keep their issues at the same places
      assertThat(find(afterEdit.issues(), "recieve").start()).isEqualTo(ARTICLE.indexOf("recieve"));

      Draft insertedAbove = draft.apply(new Edit(0, "", "Storm warning\n\n"));
      CheckResult shifted = fresh.check(insertedAbove, us);
      assertThat(shifted.checkedParagraphs()).isEqualTo(1);
      assertThat(find(shifted.issues(), "recieve").start())
          .isEqualTo(insertedAbove.text().indexOf("recieve"));
    } finally {
      fresh.close();
    }
  }

  @Test
  void otherSettingsAreCheckedAfreshAndTheVariantMatters() {
    String text = "The colour of the harbour wall was grey.";
    List<Issue> usIssues = proofreader.check(new Draft(text), us).issues();
    assertThat(usIssues).extracting(Issue::coveredText).contains("colour");
    CheckResult gb = proofreader.check(new Draft(text), CheckSettings.of(Variant.EN_GB));
    assertThat(gb.checkedParagraphs()).isEqualTo(1);
    assertThat(gb.issues()).extracting(Issue::coveredText).doesNotContain("colour");
  }

  @Test
  void personalWordsAreNeverMisspellings() {
    // a small-letter word: an unknown capitalised one is a name to verify, not a misspelling, anyway
    String text = "The ferries carried bales of qarvenwool across the bay at noon.";
    CheckSettings withWord = us.withPersonalWords(Set.of("qarvenwool"));
    assertThat(proofreader.check(new Draft(text), us).issues())
        .extracting(Issue::coveredText).contains("qarvenwool");
    assertThat(proofreader.check(new Draft(text), withWord).issues())
        .extracting(Issue::coveredText).doesNotContain("qarvenwool");
  }

  @Test
  void disabledRulesAndCategoriesAreSilent() {
    Draft draft = new Draft(ARTICLE);
    CheckSettings noSpelling = us.withDisabledCategories(Set.of(Category.SPELLING));
    assertThat(proofreader.check(draft, noSpelling).issues())
        .noneMatch(i -> i.category() == Category.SPELLING)
        .anyMatch(i -> i.coveredText().equals("an"));
    CheckSettings noArticleRule = us.withDisabledRules(Set.of("EN_A_VS_AN"));
    assertThat(proofreader.check(draft, noArticleRule).issues())
        .noneMatch(i -> i.ruleId().equals("EN_A_VS_AN"))
        .anyMatch(i -> i.coveredText().equals("recieve"));
  }

  @Test
  void reportsProgressAndCanBeCancelled() {
    Proofreader fresh = new Proofreader(1, new ParagraphCache());
    try {
      AtomicInteger lastDone = new AtomicInteger();
      fresh.check(new Draft(ARTICLE), us, (done, total) -> lastDone.set(done), () -> false);
      assertThat(lastDone.get()).isEqualTo(4);
      Draft other = new Draft(ARTICLE.replace("ferry", "boat"));
      assertThatThrownBy(() -> fresh.check(other, us, CheckListener.NONE, () -> true))
          .isInstanceOf(CancellationException.class);
    } finally {
      fresh.close();
    }
  }
}
