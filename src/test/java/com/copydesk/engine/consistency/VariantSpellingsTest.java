package com.copydesk.engine.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.Variant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A draft that mixes English variants gets a card for its minority spellings, with its own majority first. */
class VariantSpellingsTest {

  private static List<Issue> check(String text, Variant variant) {
    return FormConsistency.apply(text, List.of(), FormFamilies.standard(), Map.of(), "none",
        VariantSpellings.acceptedBy(variant));
  }

  @Test
  void theMinoritySpellingIsFlaggedWithTheDraftsOwnFirst() {
    String text = "The harbour's colour changed at dusk.\nLocals said the colour was the town's honour.\n"
        + "Painters argued over the color of the pier.\n";
    List<Issue> issues = check(text, Variant.EN_GB);
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.category()).isEqualTo(Category.CONSISTENCY);
      assertThat(text.substring(i.start(), i.end())).isEqualTo("color");
      assertThat(i.replacements()).first().isEqualTo("colour");
      assertThat(i.message()).contains("-our");
    });
  }

  @Test
  void aCanadianMixOfKindsIsNotAMixedDraft() {
    String text = "The colour guard will organize the parade.\nOrganizers honour the neighbours who realize "
        + "the plan.\n";
    assertThat(check(text, Variant.EN_CA)).isEmpty();
  }

  @Test
  void aFormTheChosenVariantRejectsIsNeverOffered() {
    String text = "The colour of the flag and the colour of the team.\nThe color was chosen in May.\n";
    assertThat(check(text, Variant.EN_US)).isEmpty();
  }

  @Test
  void aCapitalisedFormInsideASentenceIsANameAndNeitherCountsNorIsChanged() {
    String text = "The Labor Party met in the hall.\nThe Labor Party leader spoke.\nShe praised the labour "
        + "of volunteers.\n";
    assertThat(check(text, Variant.EN_AU)).isEmpty();
  }

  @Test
  void aSentenceStartIsNotReadAsAName() {
    String text = "Colour matters here.\nThe colour of the roofs.\nThe color of the doors.\nColor is chosen.\n"
        + "The colour of the walls.\n";
    List<Issue> issues = check(text, Variant.EN_GB);
    assertThat(issues).extracting(i -> text.substring(i.start(), i.end())).containsExactly("color", "Color");
    assertThat(issues).extracting(i -> i.replacements().get(0)).containsExactly("colour", "Colour");
  }

  @Test
  void aSentenceStartTheDraftAlsoCapitalisesInsideASentenceIsAName() {
    String text = "The neighbours met.\nThe neighbours voted.\nShe left the Neighbors Bakery early.\n"
        + "Neighbors Bakery opened in May.\n";
    assertThat(check(text, Variant.EN_GB)).isEmpty();
  }

  @Test
  void aHouseStylesPreferredFormIsOfferedWhateverTheVariant() {
    String text = "Officials realized the plan would work.\n";
    FormFamily iseIze = FormFamilies.byId(FormFamilies.ISE_IZE).orElseThrow();
    List<Issue> issues = FormConsistency.apply(text, List.of(), FormFamilies.standard(),
        Map.of(iseIze.id(), iseIze.choice("-ise").orElseThrow()), "newsroom-gb",
        VariantSpellings.acceptedBy(Variant.EN_US));
    assertThat(issues).singleElement().satisfies(i -> assertThat(i.replacements()).containsExactly("realised"));
  }
}
