package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.TitleLines;
import com.copydesk.rules.grammar.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Categories;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * One of Copydesk's missing-auxiliary rules: runs its gap finder over each analysed sentence (title
 * lines excepted) and turns each gap into a match over the words either side of it, with the corrected
 * words as replacements. Stateless, so one instance may serve any number of sentences.
 */
public class AuxRule extends Rule {
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
  public RuleMatch[] match(AnalyzedSentence sentence) {
    Tokens tokens = new Tokens(sentence);
    if (tokens.size() < 3 || TitleLines.isTitleLine(tokens)) {
      return NO_MATCHES;
    }
    List<RuleMatch> matches = new ArrayList<>();
    for (Gap gap : finder.apply(tokens)) {
      matches.add(GapMatches.toMatch(this, sentence, tokens, gap));
    }
    return matches.toArray(NO_MATCHES);
  }
}
