package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.Quotes;
import com.copydesk.rules.grammar.Tense;
import com.copydesk.rules.grammar.TitleLines;
import com.copydesk.rules.grammar.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Categories;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;

/**
 * One of Copydesk's missing-auxiliary rules. It sees a whole paragraph (LanguageTool gives a text-level rule all
 * sentences of the text it checks, and Copydesk checks one paragraph at a time): it runs its gap finder over
 * each sentence (title lines excepted) and turns each gap into a match over the words either side of it. The
 * tense of the "be" it offers weighs the sentence's own evidence with the other sentences' tense, so a clause
 * that says little of its time follows the paragraph's narrative. Stateless.
 */
public class AuxRule extends TextLevelRule {
  private static final RuleMatch[] NO_MATCHES = new RuleMatch[0];
  private final String id;
  private final String description;
  private final Function<Tokens, List<Gap>> finder;

  AuxRule(ResourceBundle messages, String id, String description, Function<Tokens, List<Gap>> finder) {
    super(messages);
    this.id = id;
    this.description = description;
    this.finder = finder;
    setCategory(Categories.GRAMMAR.getCategory(messages));
    setLocQualityIssueType(ITSIssueType.Grammar);
  }

  @Override
  public final String getId() {
    return id;
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public RuleMatch[] match(List<AnalyzedSentence> sentences) {
    List<Tokens> paragraph = new ArrayList<>(sentences.size());
    for (AnalyzedSentence s : sentences) {
      paragraph.add(new Tokens(s));
    }
    List<RuleMatch> matches = new ArrayList<>();
    int offset = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Tokens tokens = paragraph.get(s);
      if (tokens.size() >= 3 && !TitleLines.isTitleLine(tokens)) {
        List<Gap> gaps = finder.apply(tokens);
        if (!gaps.isEmpty()) {
          double lean = Tense.paragraphLean(paragraph, s);
          boolean[] quoted = Quotes.insideMap(tokens);
          for (Gap gap : gaps) {
            // a quotation keeps its own tense, whatever the narrative around it
            double paragraphLean = tokens.valid(gap.after()) && quoted[gap.after()] ? 0 : lean;
            matches.add(GapMatches.toMatch(this, sentences.get(s), tokens, gap, gap.inserts(paragraphLean), offset));
          }
        }
      }
      offset += sentences.get(s).getCorrectedTextLength();
    }
    return matches.toArray(NO_MATCHES);
  }

  /** Only the paragraph being checked matters. */
  @Override
  public int minToCheckParagraph() {
    return 0;
  }
}
