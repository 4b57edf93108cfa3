package com.copydesk.rules;

import static com.copydesk.rules.AuxRuleTestSupport.assertFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.assertNotFlagged;
import static com.copydesk.rules.AuxRuleTestSupport.firstReplacement;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each exception or extension the rules make is a named grammatical class; each has its examples here, written
 * for this project.
 */
class GrammaticalClassesTest {

  /** The paragraph sets the tense of a clause that says little of its own time. */
  @Nested
  class TenseFromTheParagraph {
    private static final String CLAUSE = "The harbour festival, which widely praised, draws big crowds.";

    @Test
    void aPastNarrativeGivesWas() {
      assertThat(firstReplacement("The storm hit the coast on Sunday. Rescuers worked through the night. "
          + "The harbour festival, which widely praised, has drawn big crowds since.")).isEqualTo("which was widely");
    }

    @Test
    void aPresentParagraphGivesIs() {
      assertThat(firstReplacement("The market opens at dawn. Traders arrive early and stay until noon. " + CLAUSE))
          .isEqualTo("which is widely");
    }

    @Test
    void theMatchCoversTheWordsInTheRightSentence() {
      String text = "Rescuers worked through the night. " + CLAUSE;
      var match = AuxRuleTestSupport.check(text).get(0);
      assertThat(text.substring(match.getFromPos(), match.getToPos())).isEqualTo("which widely");
    }
  }

  /** A time adverbial between a modal and its verb stands where an adverb does. */
  @Nested
  class TimeAdverbialAfterAModal {
    @ParameterizedTest
    @ValueSource(strings = {"The new line could one day carry freight.",
        "The council will next year review the fares.", "The choir may this week sing in the square."})
    void theVerbAfterItIsTheModalsVerb(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /** "what" as the subject of a free relative clause takes "be" like any subject. */
  @Nested
  class FreeRelativeWhat {
    @Test
    void whatLikelyTo() {
      assertFlagged("Residents fretted about what likely to happen next.", "AUX_LIKELY", "what likely",
          "what was likely");
    }

    @ParameterizedTest
    @ValueSource(strings = {"What happened next was a surprise.", "She asked what the plan was.",
        "What next for the village?"})
    void questionsAndOtherWhatAreLeftAlone(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /** A subject, a contact relative clause whose verb lacks its object, then the subject's adjective. */
  @Nested
  class ContactRelativeClause {
    @Test
    void thePredicateAfterTheClauseNeedsBe() {
      assertFlagged("The cottage we rented near the harbour damp in winter.", "AUX_COPULA_ADJ", "harbour damp",
          "harbour is damp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The shed they repainted in May looks new.",
        "The scarf she knitted last winter kept him warm."})
    void aClauseWithItsMainVerbIsLeftAlone(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /** Relative clauses, contact clauses and comparisons leave their object out; the verb is active. */
  @Nested
  class ObjectGapClauses {
    @ParameterizedTest
    @ValueSource(strings = {"The parcel arrived later than we expected.", "The lamp she repaired last week works.",
        "It was the painting that the curator chose for the hall."})
    void activeVerbsWithTheirObjectElsewhere(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /** With a personal pronoun as subject a past form is active unless a passive is certain. */
  @Nested
  class PersonalPronounsAreDoers {
    @ParameterizedTest
    @ValueSource(strings = {"They tidied up before the guests arrived.", "She waved to the crowd from the balcony.",
        "We both waved from the pier."})
    void activeReadingsAreLeftAlone(String sentence) {
      assertNotFlagged(sentence);
    }

    @Test
    void aParticipleOnlyFormIsStillPassive() {
      assertFlagged("She chosen for the final team last week.", "AUX_PASSIVE", "She chosen", "She was chosen");
    }
  }

  /** Two verbs sharing the object after the second are both active. */
  @Nested
  class SharedObject {
    @Test
    void coordinatedVerbs() {
      assertNotFlagged("Officers stopped and searched the van.");
    }
  }

  /** Questions and inversions put the verb before the subject; imperatives have no subject. */
  @Nested
  class VerbFirst {
    @ParameterizedTest
    @ValueSource(strings = {"Is the bakery open on Sundays?", "How does the garden look in spring?",
        "Stay calm and carry on walking."})
    void noSubjectMissingItsVerb(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /** Noun phrases that look like clauses: compounds, hedges, "those" + participle, numbers and dates. */
  @Nested
  class NounPhrasesThatLookLikeClauses {
    @ParameterizedTest
    @ValueSource(strings = {"The course covers bread making and cheese tasting.", "A bit chilly today, so take a coat.",
        "Help is at hand for those living alone.", "Sunday, April 9th, 2023.",
        "The plan risks losing support among farmers."})
    void leftAlone(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /** A noun and a prepositional phrase make a predicate only in a sentence that has a verb. */
  @Nested
  class PrepositionalPredicates {
    @Test
    void inAReportedClause() {
      assertFlagged("The warden said the keys in the drawer.", "AUX_COPULA_ADJ", "keys in", "keys were in");
    }

    @Test
    void aCaptionIsLeftAlone() {
      assertNotFlagged("Deckchairs on the lawn at dawn.");
    }
  }

  /** "to" after a word that takes a "to" phrase is a preposition. */
  @Nested
  class PrepositionalTo {
    @ParameterizedTest
    @ValueSource(strings = {"They found an answer to the puzzle.", "Volunteers brought hope to the village.",
        "Please book a table prior to arrival."})
    void leftAlone(String sentence) {
      assertNotFlagged(sentence);
    }

    @Test
    void aPhrasalVerbWhoseToStartsAnInfinitive() {
      assertFlagged("The new coach turned out to a disappointment.", "AUX_TO_BE", "to a", "to be a");
      assertNotFlagged("The new coach turned out to be a disappointment.");
    }
  }

  /** "by" + a number names an agent only for people and organisations; otherwise it is a measure. */
  @Nested
  class AgentsAfterBy {
    @Test
    void peopleAreAgents() {
      assertFlagged("The old mill, which owned by two brothers, has closed.", "AUX_REL", "which owned",
          "which was owned");
    }

    @Test
    void measuresAreNot() {
      assertNotFlagged("Prices climbed by three points on Monday.");
    }
  }

  /** A figure, a dash and a noun phrase: a list entry's label, not a clause missing "be". */
  @Nested
  class FigureLedListEntries {
    @ParameterizedTest
    @ValueSource(strings = {"14 - Number of lifeboats launched from the harbour this year.",
        "3.5m - Passengers carried by the island ferries in 2019.", "60% - Share of households unaware of the scheme."})
    void theLabelIsLeftAlone(String sentence) {
      assertNotFlagged(sentence);
    }

    @Test
    void aClauseInsideTheEntryIsStillChecked() {
      assertFlagged("7 - Days of rain in March, while the reservoirs very low.", "AUX_COPULA_ADJ", "reservoirs very",
          "reservoirs are very");
    }
  }

  /** "alike" after a coordination is an adverb: "walkers and cyclists alike". */
  @Nested
  class AlikeAfterACoordination {
    @ParameterizedTest
    @ValueSource(strings = {"The new path pleases walkers and cyclists alike.",
        "In good years and bad harvests alike, the mill kept running."})
    void isNotAPredicate(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /** A bare singular noun before a mostly-nominal -ing word is a compound ("bread making", "rig parking"). */
  @Nested
  class BareCompoundsWithIngNouns {
    @ParameterizedTest
    @ValueSource(strings = {"There is plenty of room for big lorry parking.", "We spent a day of cheese tasting."})
    void areNounPhrases(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /** A named person or team after whom a past form has no object is the doer ("Okafor saved easily"). */
  @Nested
  class NamedSubjectsAreDoers {
    @ParameterizedTest
    @ValueSource(strings = {"The striker shot low but Okafor saved easily.",
        "Born in Leeds, Okafor spent most of his youth in Accra.", "Lindqvist held on for a narrow win."})
    void theirPastFormsAreActive(String sentence) {
      assertNotFlagged(sentence);
    }

    @Test
    void aCommonNounSubjectStillNeedsBe() {
      assertFlagged("The ferry cancelled after the storm.", "AUX_PASSIVE", "ferry cancelled", "ferry was cancelled");
    }
  }

  /** An adjective form followed by an object is a verb after "to" ("tried to steady the boat"). */
  @Nested
  class AdjectiveFormsWithAnObject {
    @ParameterizedTest
    @ValueSource(strings = {"The crew tried to steady the boat.", "The baker plans to open a second shop.",
        "She managed to clear her desk before noon."})
    void areVerbs(String sentence) {
      assertNotFlagged(sentence);
    }

    @Test
    void withoutAnObjectTheAdjectiveNeedsBe() {
      assertFlagged("The bridge is expected to ready by May.", "AUX_TO_BE", "to ready", "to be ready");
    }
  }

  /** "from X to Y" is a range: "to" is a preposition there. */
  @Nested
  class RangesWithFromAndTo {
    @Test
    void theSecondEndIsNotAPredicate() {
      assertNotFlagged("The shifts ran from half a day to a full week.");
    }
  }

  /** A quantity with "of" after a past form is its object ("spent most of his youth"). */
  @Nested
  class QuantityObjects {
    @Test
    void thePastFormIsActive() {
      assertNotFlagged("The old miller spent most of his savings on the roof.");
    }
  }

  /** Codes, dates and figures are labels, not predicates ("the A40 westbound", "March 3rd"). */
  @Nested
  class CodesDatesAndFigures {
    @ParameterizedTest
    @ValueSource(strings = {"Take the A40 westbound as far as the bridge.", "We need two drivers for Monday, May 3rd.",
        "That is 2x slower than the old line."})
    void areNotPredicates(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /** A word after and/or in the form of an earlier verb is that verb's partner, not a subject. */
  @Nested
  class CoordinatedVerbs {
    @ParameterizedTest
    @ValueSource(strings = {"Many families hope to sell up and move abroad.",
        "The song starts on a low note or climbs back up in the chorus."})
    void areNotSubjects(String sentence) {
      assertNotFlagged(sentence);
    }
  }

  /**
   * Quoted words inside a noun phrase: a closing quotation mark straight after a word makes the quoted words a
   * name before the noun ('the "Harbour Lights" column'), and an opening mark after a preposition or "as" starts
   * a quoted term ('described as "fuel poor"'); neither starts a clause.
   */
  @Nested
  class QuotedWordsInsideANounPhrase {
    @ParameterizedTest
    @ValueSource(strings = {"The mayor wrote to the \"Harbour Lights\" column asking readers for ideas.",
        "Viewers complained about a \"Week in Review\" segment based on rumours.",
        "The council counts 900 homes it describes as \"fuel poor,\" in plain words, cold."})
    void doNotStartAClause(String sentence) {
      assertNotFlagged(sentence);
    }

    @Test
    void aQuotationOpeningTheSentenceStillDoes() {
      assertFlagged("\"The ferry late again,\" the captain said.", "AUX_COPULA_ADJ", "ferry late", "ferry is late");
    }
  }
}
