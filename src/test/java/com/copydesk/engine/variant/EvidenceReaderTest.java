package com.copydesk.engine.variant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The habits the reader tallies, read the way a copy editor would read them. */
class EvidenceReaderTest {

  private static Tally read(String text) {
    return EvidenceReader.read(SpellingLexicon.standard(), text);
  }

  @Test
  void datesInEitherOrder() {
    Tally t = read("On 13 January and on the 2nd March, then January 13, Jan. 5 and March 3rd, 2005. "
        + "Not January 2005, not 45 March, not May 10:30.");
    assertThat(t.count(Signal.DAY_MONTH)).isEqualTo(2);
    assertThat(t.count(Signal.MONTH_DAY)).isEqualTo(3);
  }

  @Test
  void titlesWithAndWithoutPoints() {
    Tally t = read("Mr Smith met Mrs. Jones and Dr Patel. Ms. Lee left. The Mr was alone.");
    assertThat(t.count(Signal.TITLE_BARE)).isEqualTo(2);
    assertThat(t.count(Signal.TITLE_DOTTED)).isEqualTo(2);
  }

  @Test
  void countryInitialsWithAndWithoutPoints() {
    Tally t = read("The U.S. and U.K. talks; the US and UK talks; US$5 is not a country. USA, UKIP.");
    assertThat(t.count(Signal.INITIALS_DOTTED)).isEqualTo(2);
    assertThat(t.count(Signal.INITIALS_BARE)).isEqualTo(2);
    assertThat(t.count(Signal.FOREIGN_DOLLAR)).isEqualTo(1);
  }

  @Test
  void percentagesInWords() {
    Tally t = read("Up 5 per cent, 6 percent, 7 pct and 8pc; a per centum is not one; the percentage is not.");
    assertThat(t.count(Signal.PER_CENT)).isEqualTo(1);
    assertThat(t.count(Signal.PERCENT)).isEqualTo(1);
    assertThat(t.count(Signal.PCT)).isEqualTo(1);
    assertThat(t.count(Signal.PC)).isEqualTo(1);
  }

  @Test
  void moneyAndHowItWritesMillions() {
    Tally t = read("£5bn, $300m, €2.5 billion, $1,200, R45bn, A$3m, 12 mln dlrs and 400 mln stg. "
        + "R2D2 and the $ sign are not amounts.");
    assertThat(t.count(Signal.POUND)).isEqualTo(1);
    assertThat(t.count(Signal.DOLLAR)).isEqualTo(2);
    assertThat(t.count(Signal.EURO)).isEqualTo(1);
    assertThat(t.count(Signal.RAND)).isEqualTo(1);
    assertThat(t.count(Signal.FOREIGN_DOLLAR)).isEqualTo(1);
    assertThat(t.count(Signal.AMOUNT_SHORT)).isEqualTo(4);
    assertThat(t.count(Signal.AMOUNT_WORDS)).isEqualTo(1);
    assertThat(t.count(Signal.AMOUNT_WIRE)).isEqualTo(2);
    assertThat(t.count(Signal.DLRS)).isEqualTo(1);
    assertThat(t.count(Signal.STG)).isEqualTo(1);
  }

  @Test
  void singleQuotationMarksAreNotApostrophes() {
    Tally t = read("He called it 'a disaster' and said \"never again\". It's the players' view, "
        + "rock 'n' roll and the '90s aside.");
    assertThat(t.count(Signal.QUOTE_SINGLE)).isEqualTo(1);
    assertThat(t.count(Signal.QUOTE_DOUBLE)).isEqualTo(1);
  }

  @Test
  void spellingsVocabularyAndUsage() {
    Tally t = read("The colour of the lorry parked on the sidewalk, towards the theatre. Colour at the start is a name.");
    assertThat(t.forms().keySet()).extracting(f -> f.british() ? f.pair().british() : f.pair().american())
        .containsExactlyInAnyOrder("colour", "lorry", "sidewalk", "towards", "theatre");
  }

  @Test
  void maoriWordsWithMacrons() {
    Tally t = read("Māori leaders and the whānau met. Tōkyō and São Paulo are not Maori words.");
    assertThat(t.count(Signal.MACRON)).isEqualTo(2);
  }
}
