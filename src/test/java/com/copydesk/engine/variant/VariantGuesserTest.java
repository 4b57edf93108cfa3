package com.copydesk.engine.variant;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Variant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Drafts written for each variant come out as that variant; drafts that say too little keep the default. */
class VariantGuesserTest {
  private final VariantGuesser guesser = VariantGuesser.standard();

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({
      "british-news.txt, en-GB",
      "american-news.txt, en-US",
      "us-wire.txt, en-US",
      "canadian-news.txt, en-CA",
      "australian-news.txt, en-AU",
      "new-zealand-news.txt, en-NZ",
      "south-african-news.txt, en-ZA"})
  void eachVariantsDraftReadsAsThatVariantFromEitherMainDefault(String draft, String code) {
    Variant expected = Variant.fromCode(code).orElseThrow();
    for (Variant fallback : new Variant[] {Variant.EN_US, Variant.EN_GB}) {
      VariantGuess g = guesser.guess(Drafts.read(draft), fallback);
      assertThat(g.variant()).as("%s with default %s: %s", draft, fallback, g.describe()).isEqualTo(expected);
      assertThat(g.fromText()).as(g.describe()).isTrue();
    }
  }

  @Test
  void aDefaultThatSpellsTheSameWayIsKept() {
    // British, New Zealand and South African spelling are the same: an editor whose default is en-NZ
    // keeps it for a draft in British spelling; an American default gives way
    String british = "The council has organised a programme to repair the harbour and the theatre, "
        + "Mr Hughes said on 14 March. Its neighbours favour the plan.";
    assertThat(guesser.guess(british, Variant.EN_NZ).variant()).isEqualTo(Variant.EN_NZ);
    assertThat(guesser.guess(british, Variant.EN_ZA).variant()).isEqualTo(Variant.EN_ZA);
    assertThat(guesser.guess(british, Variant.EN_US).variant()).isEqualTo(Variant.EN_GB);
    // pounds are British money, though: a British news story leaves a New Zealand default
    assertThat(guesser.guess(Drafts.read("british-news.txt"), Variant.EN_NZ).variant()).isEqualTo(Variant.EN_GB);
    assertThat(guesser.guess(Drafts.read("american-news.txt"), Variant.EN_AU).variant()).isEqualTo(Variant.EN_US);
  }

  @Test
  void aBritishDraftSaysWhyInTheCopyEditorsWords() {
    VariantGuess g = guesser.guess(Drafts.read("british-news.txt"));
    assertThat(g.describe()).startsWith("English (UK) — from the spelling: 8 British forms, 0 American; ");
    assertThat(g.evidence().britishByKind()).containsKeys("our", "ise", "re", "yse");
    assertThat(g.evidence().habits()).containsEntry("date day-month", 2).containsEntry("title bare", 1);
  }

  @Test
  void aShortDraftWithNoEvidenceKeepsTheDefault() {
    String text = Drafts.read("no-evidence.txt");
    for (Variant fallback : Variant.values()) {
      VariantGuess g = guesser.guess(text, fallback);
      assertThat(g.variant()).isEqualTo(fallback);
      assertThat(g.fromText()).isFalse();
    }
    assertThat(guesser.guess(text).explanation()).isEqualTo("the default: the draft gives no clue to its variant");
    assertThat(guesser.guess("").variant()).isEqualTo(Variant.EN_US);
  }

  @Test
  void oneBritishWordIsNotEnoughToLeaveTheDefault() {
    VariantGuess g = guesser.guess("The colour of the new buses was chosen by a panel of passengers.");
    assertThat(g.variant()).isEqualTo(Variant.EN_US);
    assertThat(g.fromText()).isFalse();
    assertThat(g.evidence().britishForms()).isEqualTo(1);
    assertThat(g.explanation()).startsWith("the default: too little to go on (1 British form, 0 American");
  }

  @Test
  void aDraftThatMixesBothSpellingsEvenlyKeepsTheDefaultAndShowsBothSides() {
    VariantGuess g = guesser.guess(Drafts.read("mixed-draft.txt"), Variant.EN_GB);
    assertThat(g.variant()).isEqualTo(Variant.EN_GB);
    assertThat(g.fromText()).isFalse();
    assertThat(g.evidence().britishForms()).isEqualTo(3);
    assertThat(g.evidence().americanForms()).isEqualTo(4);
  }

  @Test
  void aMostlyBritishDraftWithAFewAmericanSlipsIsBritish() {
    String draft = Drafts.read("british-news.txt")
        + "\n\nThe council's center for young readers will stay open, the spokeswoman said.\n";
    VariantGuess g = guesser.guess(draft);
    assertThat(g.variant()).isEqualTo(Variant.EN_GB);
    assertThat(g.evidence().americanForms()).isEqualTo(1);
    assertThat(g.explanation()).contains("8 British forms (", "1 American (-re/-er)");
  }

  @Test
  void namesAreNotSpellingHabits() {
    // capitalised words are names whatever the writer's variant: the Labour Party, the World Trade Center
    String american = "The Labour Party and the Ministry of Defence met officials from the World Trade Center "
        + "and the Centre for Policy Studies. The Honour Guard played. The Harbour Board agreed.";
    VariantGuess g = guesser.guess(american);
    assertThat(g.evidence().britishForms()).isZero();
    assertThat(g.evidence().americanForms()).isZero();
    assertThat(g.fromText()).isFalse();
  }

  @Test
  void americanWireCopyFromALondonBureauStaysAmerican() {
    // British spellings in the body (programme, favourable) against the wire's own habits
    VariantGuess g = guesser.guess(Drafts.read("us-wire.txt"));
    assertThat(g.variant()).isEqualTo(Variant.EN_US);
    assertThat(g.evidence().britishForms()).isEqualTo(2);
    assertThat(g.explanation()).contains("\"dlrs\"");
  }

  @Test
  void oxfordSpellingAloneDoesNotMakeADraftAmerican() {
    // -ize is British too (Oxford): with the British habits around it, the draft stays British
    String oxford = "The organization said it would recognize the union, Mr Hughes said on 4 May. "
        + "The committee will finalize its report by 12 June and has budgeted £2m for the programme. "
        + "Its members criticized the colour scheme of the new centre.";
    assertThat(guesser.guess(oxford).variant()).isEqualTo(Variant.EN_GB);
  }

  @Test
  void repeatingOneWordIsOneHabitNotAHundred() {
    String draft = "The colour ".repeat(200) + "was chosen. The color was chosen. The center opened. "
        + "The program was approved on January 12. Mr. Smith said the gray building was analyzed.";
    VariantGuess g = guesser.guess(draft);
    assertThat(g.evidence().britishForms()).isEqualTo(200);
    assertThat(g.variant()).isEqualTo(Variant.EN_US);
  }
}
