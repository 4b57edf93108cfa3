package com.copydesk.rules.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.rules.grammar.Passives.Evidence;
import org.junit.jupiter.api.Test;

/** What the words after a past participle show about a passive missing its "be". */
class PassivesTest {

  private static TokenFixture subject() {
    return TokenFixture.sentence().w("The", "DT").w("concert", "NN");
  }

  @Test
  void byAndAnAgentMakeAPassive() {
    Tokens t = subject().v("cancelled", "cancel", "VBD|VBN").w("by", "IN").w("the", "DT").w("promoter", "NN")
        .build();
    assertThat(Passives.evidence(t, 2)).isEqualTo(Evidence.BY_AGENT);
  }

  @Test
  void byAndAMeasureOrAMeansIsNoAgent() {
    Tokens measure = TokenFixture.sentence().w("Prices", "NNS").v("climbed", "climb", "VBD|VBN").w("by", "IN")
        .w("4", "CD").w("%", "NN").build();
    assertThat(Passives.evidence(measure, 1)).isEqualTo(Evidence.NONE);
    Tokens means = subject().v("cancelled", "cancel", "VBD|VBN").w("by", "IN").w("email", "NN").build();
    assertThat(Passives.evidence(means, 2)).isNotEqualTo(Evidence.BY_AGENT);
  }

  @Test
  void aParticipleThatIsNoPastTenseIsPassive() {
    Tokens t = subject().v("forgotten", "forget", "VBN").w(".", ".").build();
    assertThat(Passives.evidence(t, 2)).isEqualTo(Evidence.PASSIVE);
  }

  @Test
  void aVerbThatNeedsAnObjectWithoutOneIsPassive() {
    Tokens t = subject().v("cancelled", "cancel", "VBD|VBN").w("after", "IN").w("the", "DT").w("storm", "NN")
        .build();
    assertThat(Passives.evidence(t, 2)).isEqualTo(Evidence.NO_OBJECT);
  }

  @Test
  void aTimePhraseIsNoObject() {
    Tokens t = subject().v("cancelled", "cancel", "VBD|VBN").w("last", "JJ").w("week", "NN").build();
    assertThat(Passives.evidence(t, 2)).isEqualTo(Evidence.NO_OBJECT);
  }

  @Test
  void aVerbOftenUsedWithoutAnObjectShowsNothing() {
    Tokens t = TokenFixture.sentence().w("Prices", "NNS").v("climbed", "climb", "VBD|VBN").w("after", "IN")
        .w("the", "DT").w("storm", "NN").build();
    assertThat(Passives.evidence(t, 1)).isEqualTo(Evidence.NONE);
  }

  @Test
  void twoVerbsSharingAnObjectAreActive() {
    Tokens t = TokenFixture.sentence().w("Officers", "NNS").v("stopped", "stop", "VBD|VBN").w("and", "CC")
        .v("searched", "search", "VBD|VBN").w("the", "DT").w("van", "NN").build();
    assertThat(Passives.evidence(t, 1)).isEqualTo(Evidence.NONE);
  }

  @Test
  void anObjectBeforeToMakesAPassiveOfAVerbThatTakesObjectAndInfinitive() {
    Tokens forced = TokenFixture.sentence().w("The", "DT").w("minister", "NN").v("forced", "force", "VBD|VBN")
        .w("to", "TO").v("resign", "resign", "VB").build();
    assertThat(Passives.evidence(forced, 2)).isEqualTo(Evidence.PASSIVE);
    Tokens managed = TokenFixture.sentence().w("The", "DT").w("minister", "NN").v("managed", "manage", "VBD|VBN")
        .w("to", "TO").v("resign", "resign", "VB").build();
    assertThat(Passives.evidence(managed, 2)).isEqualTo(Evidence.NONE);
  }
}
