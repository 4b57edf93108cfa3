package com.copydesk.engine.variant;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Variant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The lexicon derived from LanguageTool's six speller dictionaries. */
class SpellingLexiconTest {
  private final SpellingLexicon lexicon = SpellingLexicon.standard();

  @Test
  void knowsWhichVariantsAcceptEachForm() {
    SpellingPair colour = lexicon.pairOf("colour").orElseThrow();
    assertThat(colour.american()).isEqualTo("color");
    assertThat(colour.kind()).isEqualTo("our");
    assertThat(colour.americanAcceptedBy()).containsExactly(Variant.EN_US);
    assertThat(colour.britishAcceptedBy()).doesNotContain(Variant.EN_US).contains(Variant.EN_CA, Variant.EN_AU);

    SpellingPair realise = lexicon.pairOf("realize").orElseThrow();
    assertThat(realise.british()).isEqualTo("realise");
    // Oxford spelling: en-GB accepts both; Canada writes -ize, Australia -ise
    assertThat(realise.americanAcceptedBy()).containsExactlyInAnyOrder(Variant.EN_US, Variant.EN_GB, Variant.EN_CA);
    assertThat(realise.britishAcceptedBy()).doesNotContain(Variant.EN_US, Variant.EN_CA);
  }

  @Test
  void coversTheKindsOfDifference() {
    for (String[] pair : new String[][] {{"centre", "center"}, {"travelled", "traveled"}, {"defence", "defense"},
        {"analyse", "analyze"}, {"catalogue", "catalog"}, {"tyre", "tire"}, {"aluminium", "aluminum"},
        {"manoeuvre", "maneuver"}, {"sceptical", "skeptical"}, {"grey", "gray"}, {"ageing", "aging"}}) {
      SpellingPair p = lexicon.pairOf(pair[0]).orElseThrow(() -> new AssertionError(pair[0]));
      assertThat(p.british()).isEqualTo(pair[0]);
      assertThat(p.american()).isEqualTo(pair[1]);
    }
    assertThat(lexicon.pairs()).hasSizeGreaterThan(5000);
  }

  @Test
  void alternativesAreOneWordSpeltTwoWaysNotTwoWords() {
    assertThat(lexicon.pairOf("colour").orElseThrow().isAlternative()).isTrue();
    assertThat(lexicon.pairOf("organise").orElseThrow().isAlternative()).isTrue();
    // "program" and "meter" are every variant's words in another sense
    assertThat(lexicon.pairOf("metre").orElseThrow().isAlternative()).isFalse();
    assertThat(lexicon.pairOf("programme").orElseThrow().isAlternative()).isFalse();
    assertThat(lexicon.pairOf("the")).isEmpty();
  }

  @Test
  void variantLettersRoundTrip() {
    for (Variant v : Variant.values()) {
      assertThat(SpellingLexicon.variants(String.valueOf(SpellingLexicon.letter(v)))).isEqualTo(EnumSet.of(v));
    }
  }
}
