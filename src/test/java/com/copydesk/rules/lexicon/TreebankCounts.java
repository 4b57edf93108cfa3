package com.copydesk.rules.lexicon;

import com.copydesk.rules.lexicon.Conllu.Sentence;
import com.copydesk.rules.lexicon.Conllu.Word;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts taken from gold-annotated Universal Dependencies treebanks: for verb lemmas, how they are used
 * (passive, active without an object, with a clause, with an object and an infinitive ...); for word forms,
 * their parts of speech and whether they head a predicate after "be". Counts only: no sentence is kept.
 */
final class TreebankCounts {

  /** What follows a verb's past form: nothing object-like, "to" + verb, an adjective or noun, "as", "by". */
  enum After { NOTHING, INFINITIVE, COMPLEMENT, AS, BY }

  /** Per verb lemma. */
  static final class VerbCounts {
    int uses;
    int passivePresent;
    int passivePast;
    /** For each {@link After}: passive uses, and active past uses with no object, followed by it. */
    final int[] passive = new int[After.values().length];
    final int[] active = new int[After.values().length];
    /** Finite clause complements ("said the firm was ..."), with and without an addressee first. */
    int clause;
    int clauseWithAddressee;
    int object;
    int existential;
    /** Active uses with an object and then a to-infinitive / a predicate (found it hard, saw him leave). */
    int objectInfinitive;
    int objectPredicate;
    /** Active uses with an object and then prepositional "to" (brought it to town). */
    int objectToPhrase;
    /** Passives followed by infinitival / by prepositional "to" (is said to be / was sent to jail). */
    int passiveToInfinitive;
    int passiveToPhrase;
    /** Active forms followed straight by infinitival / prepositional "to" (tends to / went to). */
    int toInfinitive;
    int toPhrase;
    /** Active uses with an -ing complement (keeps trying). */
    int ingComplement;
  }

  /** Per lower-case word form. */
  static final class FormCounts {
    int total;
    int adjective;
    int noun;
    int properNoun;
    int verb;
    int auxiliary;
    int adverb;
    int adposition;
    int plural;
    /** Heads a predicate after a copula ("is ready"). */
    int predicate;
    /** Heads a passive ("was arrested"). */
    int passive;
    /** Is a modifier inside a noun phrase ("a ready meal"). */
    int attributive;
    /** Followed by infinitival "to" / by prepositional "to". */
    int toInfinitive;
    int toPreposition;
    /**
     * As an adverbial modifier: of an adjective or adverb / of a past participle in a passive or a participle
     * phrase (not a perfect: "has already left") / of anything else.
     */
    int gradesAdjective;
    int gradesParticiple;
    int modifiesOther;
    /** A temporal noun phrase without a preposition ("last week", "Monday"). */
    int bareTemporal;
    /** After "by": the agent of a passive / a bare noun of means or manner ("by hand"). */
    int agentAfterBy;
    int meansAfterBy;
    /** As a singular subject with an "of" + plural noun complement: verb in the plural / in the singular. */
    int ofPluralAgreement;
    int ofSingularAgreement;
  }

  private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re", "'m");
  private static final Set<String> PAST_BE = Set.of("was", "were");

  final Map<String, VerbCounts> verbs = new TreeMap<>();
  final Map<String, FormCounts> forms = new TreeMap<>();
  int sentences;

  TreebankCounts(List<Path> files) {
    Conllu.forEachSentence(files, this::count);
  }

  private void count(Sentence s) {
    sentences++;
    List<Word> words = s.words();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      FormCounts f = forms.computeIfAbsent(w.lowerForm(), k -> new FormCounts());
      countForm(s, w, i, f);
      if (w.upos().equals("VERB")) {
        countVerb(s, w, verbs.computeIfAbsent(w.lowerLemma(), k -> new VerbCounts()));
      }
    }
  }

  private static void countForm(Sentence s, Word w, int i, FormCounts f) {
    f.total++;
    switch (w.upos()) {
      case "ADJ" -> f.adjective++;
      case "NOUN" -> f.noun++;
      case "PROPN" -> f.properNoun++;
      case "VERB" -> f.verb++;
      case "AUX" -> f.auxiliary++;
      case "ADV" -> f.adverb++;
      case "ADP" -> f.adposition++;
      default -> { }
    }
    if (w.upos().equals("NOUN") && w.feature("Number=Plur")) {
      f.plural++;
    }
    if (s.hasDependent(w, "cop") && (w.upos().equals("ADJ") || w.upos().equals("VERB"))) {
      f.predicate++;
    }
    if (s.hasDependent(w, "aux:pass")) {
      f.passive++;
    }
    if (w.deprel().equals("amod")) {
      f.attributive++;
    }
    if (i + 1 < s.words().size() && s.words().get(i + 1).lowerForm().equals("to")) {
      Word to = s.words().get(i + 1);
      if (to.upos().equals("PART")) {
        f.toInfinitive++;
      } else if (to.upos().equals("ADP")) {
        f.toPreposition++;
      }
    }
    if (w.deprel().equals("advmod")) {
      Word head = s.word(w.head());
      if (head != null && (head.upos().equals("ADJ") || head.upos().equals("ADV"))) {
        f.gradesAdjective++;
      } else if (head != null && head.xpos().equals("VBN") && !s.hasDependent(head, "aux")) {
        f.gradesParticiple++;
      } else {
        f.modifiesOther++;
      }
    }
    Word by = s.dependent(w, "case");
    if (by != null && by.lowerForm().equals("by")) {
      if (w.deprel().equals("obl:agent")) {
        f.agentAfterBy++;
      } else if (w.deprel().equals("obl") && w.upos().equals("NOUN") && !s.hasDependent(w, "det")
          && !s.hasDependent(w, "nmod:poss") && !s.hasDependent(w, "nummod")) {
        f.meansAfterBy++;
      }
    }
    if (w.deprel().startsWith("nsubj") && w.upos().equals("NOUN") && w.feature("Number=Sing")) {
      for (Word of : s.dependentsOf(w)) {
        Word ofCase = s.dependent(of, "case");
        if (of.deprel().equals("nmod") && of.feature("Number=Plur") && ofCase != null && ofCase.lowerForm().equals("of")) {
          int agreement = agreement(s, s.word(w.head()));
          f.ofPluralAgreement += agreement > 0 ? 1 : 0;
          f.ofSingularAgreement += agreement < 0 ? 1 : 0;
        }
      }
    }
    if ((w.deprel().startsWith("obl:unmarked") || w.deprel().startsWith("obl:tmod")
        || w.deprel().startsWith("nmod:unmarked") || w.deprel().startsWith("nmod:tmod"))
        && (w.upos().equals("NOUN") || w.upos().equals("PROPN"))) {
      f.bareTemporal++;
    }
  }

  /** The number a clause's verb shows: 1 plural, -1 singular, 0 unknown (past tense, modal). */
  private static int agreement(Sentence s, Word predicate) {
    if (predicate == null) {
      return 0;
    }
    Word finite = predicate;
    for (Word d : s.dependentsOf(predicate)) {
      if ((d.deprel().equals("aux") || d.deprel().equals("aux:pass") || d.deprel().equals("cop"))
          && !d.xpos().equals("MD")) {
        finite = d;
        break;
      }
    }
    String form = finite.lowerForm();
    if (form.equals("are") || form.equals("were") || finite.xpos().equals("VBP") && !form.equals("am")) {
      return 1;
    }
    return form.equals("is") || form.equals("was") || form.equals("has") || finite.xpos().equals("VBZ") ? -1 : 0;
  }

  private static void countVerb(Sentence s, Word v, VerbCounts c) {
    c.uses++;
    boolean passive = s.hasDependent(v, "aux:pass");
    Word object = s.dependent(v, "obj");
    if (passive) {
      String aux = s.dependent(v, "aux:pass").lowerForm();
      c.passivePresent += PRESENT_BE.contains(aux) ? 1 : 0;
      c.passivePast += PAST_BE.contains(aux) ? 1 : 0;
    }
    if (passive || activeClauseVerb(s, v) && !hasObject(s, v)) {
      int[] counts = passive ? c.passive : c.active;
      counts[After.NOTHING.ordinal()] += hasComplement(s, v) ? 0 : 1;
      Word xcomp = s.dependent(v, "xcomp");
      Word next = s.word(v.id() + 1);
      if (next != null && next.lowerForm().equals("to") && next.upos().equals("PART")) {
        counts[After.INFINITIVE.ordinal()]++; // "was asked to leave" / "turned to leave"
      } else if (xcomp != null && !xcomp.upos().equals("VERB") && marker(s, xcomp).isEmpty()) {
        counts[After.COMPLEMENT.ordinal()]++;
      }
      for (Word d : s.dependentsOf(v)) {
        String m = d.deprel().startsWith("obl") || d.deprel().equals("xcomp") || d.deprel().equals("advcl")
            ? marker(s, d) : "";
        if (m.equals("as")) {
          counts[After.AS.ordinal()]++;
        } else if (m.equals("by") && d.id() > v.id()) {
          counts[After.BY.ordinal()]++;
        }
      }
    }
    Word xc = s.dependent(v, "xcomp");
    if (!passive && xc != null && xc.xpos().equals("VBG") && marker(s, xc).isEmpty()) {
      c.ingComplement++;
    }
    Word next = s.word(v.id() + 1);
    if (passive && next != null && next.lowerForm().equals("to")) {
      c.passiveToInfinitive += next.upos().equals("PART") ? 1 : 0;
      c.passiveToPhrase += next.upos().equals("ADP") ? 1 : 0;
    } else if (next != null && next.lowerForm().equals("to")) {
      c.toInfinitive += next.upos().equals("PART") ? 1 : 0;
      c.toPhrase += next.upos().equals("ADP") ? 1 : 0;
    }
    if (object != null) {
      c.object++;
      for (Word d : s.dependentsOf(v)) {
        if (d.deprel().startsWith("obl") && d.id() > object.id() && marker(s, d).equals("to")) {
          c.objectToPhrase++;
        }
      }
      Word xcomp = s.dependent(v, "xcomp");
      if (xcomp != null && !passive) {
        if (marker(s, xcomp).equals("to")) {
          c.objectInfinitive++;
        } else if (marker(s, xcomp).isEmpty()) {
          c.objectPredicate++;
        }
      }
    }
    Word clause = s.dependent(v, "ccomp");
    if (clause != null && finiteClause(s, clause)) {
      c.clause++;
      if (object != null || s.hasDependent(v, "iobj")) {
        c.clauseWithAddressee++;
      }
    }
    for (Word d : s.dependentsOf(v)) {
      if (d.deprel().equals("expl") && d.lowerForm().equals("there")) {
        c.existential++;
      }
    }
  }

  private static final Set<String> OBJECTS = Set.of("obj", "iobj", "ccomp", "expl", "compound:prt");

  private static boolean hasObject(Sentence s, Word v) {
    for (Word d : s.dependentsOf(v)) {
      if (OBJECTS.contains(d.deprel())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasComplement(Sentence s, Word v) {
    return s.hasDependent(v, "xcomp");
  }

  /** The word introducing a dependent phrase ("to", "as", "by", "that"), lower case, or "". */
  private static String marker(Sentence s, Word d) {
    Word m = s.dependent(d, "mark");
    if (m == null) {
      m = s.dependent(d, "case");
    }
    return m == null ? "" : m.lowerForm();
  }

  /** A clause with its own subject, or one opened by "that" (not "if"/"whether", not a bare infinitive). */
  private static boolean finiteClause(Sentence s, Word clause) {
    String m = marker(s, clause);
    return m.equals("that") || m.isEmpty() && (s.hasDependent(clause, "nsubj") || s.hasDependent(clause, "nsubj:pass"))
        && !clause.xpos().equals("VB") && !clause.xpos().equals("VBG");
  }

  /**
   * A past-tense or perfect use whose object, if it had one, would be written after it: not a relative clause
   * or an "as"/"than" clause (whose object is the antecedent: "the book I bought", "as I mentioned"), and not a
   * second conjunct sharing the first one's object ("arrested and questioned the man").
   */
  private static boolean activeClauseVerb(Sentence s, Word v) {
    boolean past = v.xpos().equals("VBD") || v.xpos().equals("VBN") && s.hasDependent(v, "aux");
    if (!past || v.deprel().contains("relcl") || v.deprel().equals("acl")) {
      return false;
    }
    Word mark = s.dependent(v, "mark");
    if (mark != null && (mark.lowerForm().equals("as") || mark.lowerForm().equals("than"))) {
      return false;
    }
    if (v.deprel().equals("conj")) {
      Word first = s.word(v.head());
      return first == null || !s.hasDependent(first, "obj");
    }
    return true;
  }
}
