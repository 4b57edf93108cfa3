package com.copydesk.engine;

import com.copydesk.core.Variant;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Category;
import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.core.UnfamiliarName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names are not typos; a name or form written two ways is; true errors stay caught. */
class TrustTest {
  final Proofreader proofreader = TestEngine.proofreader();
  final CheckSettings us = CheckSettings.of(Variant.EN_US);
  final CheckSettings gb = CheckSettings.of(Variant.EN_GB);

  CheckResult check(String text, CheckSettings settings) {
    return proofreader.check(new Draft(text), settings);
  }

  static List<Issue> on(CheckResult r, String covered) {
    return r.issues().stream().filter(i -> i.coveredText().equals(covered)).toList();
  }

  static List<String> names(CheckResult r) {
    return r.names().stream().map(UnfamiliarName::name).toList();
  }

  @Test
  void anUnknownNameGetsNoCardAndIsListedToVerify() {
    CheckResult r = check("The ferry owner, Halvard Brenstrup, said the Tollemache route would reopen.", us);
    assertThat(on(r, "Brenstrup")).isEmpty();
    assertThat(on(r, "Tollemache")).isEmpty();
    assertThat(names(r)).contains("Brenstrup", "Tollemache");
    assertThat(r.issues()).noneMatch(i -> i.firstReplacement().isPresent()
        && Character.isUpperCase(i.coveredText().charAt(0)));
  }

  @Test
  void aMisspeltKnownCapitalisedWordGetsItsCorrection() {
    CheckResult r = check("The talks in Brtain ended on Wendesday without a deal.", gb);
    assertThat(on(r, "Brtain")).singleElement().satisfies(i -> assertThat(i.replacements()).first().isEqualTo("Britain"));
    assertThat(on(r, "Wendesday")).singleElement()
        .satisfies(i -> assertThat(i.replacements()).first().isEqualTo("Wednesday"));
  }

  @Test
  void aSwapAtTheStartOfASentenceIsCorrected() {
    CheckResult r = check("Teh council met on Monday. Hwoever, nothing was decided.", us);
    assertThat(on(r, "Teh")).singleElement().satisfies(i -> assertThat(i.replacements()).first().isEqualTo("The"));
    assertThat(on(r, "Hwoever")).singleElement()
        .satisfies(i -> assertThat(i.replacements()).first().isEqualTo("However"));
  }

  @Test
  void aNameSpeltTwoWaysIsFlaggedWhereItIsInTheMinorityWithTheDraftsSpellingFirst() {
    String text = String.join("\n\n",
        "Ministers met Osric Vandermeulen on Monday.",
        "Vandermeulen said the harbour plan was sound.",
        "Critics said Vandemeulen had ignored the fishermen.",
        "A spokesman for Vandermeulen declined to comment.");
    CheckResult r = check(text, gb);
    assertThat(on(r, "Vandemeulen")).singleElement().satisfies(i -> {
      assertThat(i.category()).isEqualTo(Category.CONSISTENCY);
      assertThat(i.replacements()).first().isEqualTo("Vandermeulen");
    });
    assertThat(on(r, "Vandermeulen")).isEmpty();
    assertThat(names(r)).contains("Vandermeulen").doesNotContain("Vandemeulen");
  }

  @Test
  void wordsADraftRepeatsAreItsVocabularyButRepeatedMisspellingsStayErrors() {
    String text = String.join("\n\n",
        "Output rose to 1.2 mln bpd from 1.1 mln bpd, the company said.",
        "Revenue was 40 mln dlrs against 35 mln dlrs a year earlier.",
        "The comittee said exports reached 0.4 mln bpd and 12 mln dlrs.",
        "The comittee met again, and the comittee chairman resigned.");
    CheckResult r = check(text, us);
    assertThat(on(r, "mln")).isEmpty();
    assertThat(on(r, "bpd")).isEmpty();
    assertThat(on(r, "dlrs")).isEmpty();
    assertThat(names(r)).contains("mln", "bpd", "dlrs");
    assertThat(on(r, "comittee")).hasSize(3).allSatisfy(i -> assertThat(i.replacements()).first().isEqualTo("committee"));
  }

  @Test
  void trueErrorsAreStillCaught() {
    CheckResult r = check("The the harbour master said it was an difficult year and the boats were recieved late.", us);
    assertThat(r.issues()).anyMatch(i -> i.coveredText().equalsIgnoreCase("the the"));
    assertThat(on(r, "an")).singleElement().satisfies(i -> assertThat(i.replacements()).first().isEqualTo("a"));
    assertThat(on(r, "recieved")).singleElement().satisfies(i -> assertThat(i.replacements()).first().isEqualTo("received"));
  }

  @Test
  void formsWrittenTwoWaysFollowTheDraftsMajority() {
    String text = String.join("\n\n",
        "Prices rose 4 percent in March and 3 percent in April.",
        "Wages rose 2 per cent, the ministry said.",
        "Readers can e-mail the desk; the e-mail address is on the website.",
        "Send an email to the editor.");
    CheckResult r = check(text, us);
    assertThat(on(r, "2 per cent")).singleElement().satisfies(i -> {
      assertThat(i.category()).isEqualTo(Category.CONSISTENCY);
      assertThat(i.replacements()).containsExactly("2 percent");
    });
    assertThat(on(r, "email")).singleElement().satisfies(i -> assertThat(i.replacements()).containsExactly("e-mail"));
    assertThat(on(r, "4 percent")).isEmpty();
  }

  @Test
  void theBritishNewsroomStyleWritesIseAndKimJongUn() {
    String text = "Officials realized that Kim Jong-un had organised the visit.";
    CheckResult r = check(text, gb);
    assertThat(on(r, "realized")).singleElement().satisfies(i -> {
      assertThat(i.category()).isEqualTo(Category.STYLE);
      assertThat(i.replacements()).containsExactly("realised");
    });
    assertThat(on(r, "Kim Jong-un")).singleElement()
        .satisfies(i -> assertThat(i.replacements()).containsExactly("Kim Jong Un"));
    assertThat(r.issues()).noneMatch(i -> i.ruleId().equals("JONG_UN") || i.ruleId().startsWith("OXFORD"));
  }

  @Test
  void theWireStyleLeavesKimJongUnAlone() {
    CheckResult r = check("Kim Jong Un, the leader of North Korea, will travel by train.", us);
    assertThat(r.issues()).noneMatch(i -> i.coveredText().contains("Jong"));
  }
}
