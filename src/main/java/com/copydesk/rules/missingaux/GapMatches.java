package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * Turns a gap into a LanguageTool match: the match covers the word before the gap (the whole written word,
 * e.g. "won't") and the word after it, so the fix is the smallest edit a copy editor would make; after
 * punctuation ("the ferry, cancelled") only the word after the gap is covered.
 */
final class GapMatches {
  private GapMatches() {}

  /** The match for a gap; {@code offset} is where the sentence starts in the text the rule was given. */
  static RuleMatch toMatch(Rule rule, AnalyzedSentence sentence, Tokens t, Gap gap, List<String> inserts, int offset) {
    int first = gap.before();
    if (first < 0 || t.punctuation(first) && !t.word(first).startsWith("'") && !t.word(first).startsWith("\u2019")) {
      first = gap.after();
    } else {
      while (first > 0 && !t.spaceBefore(first) && !t.punctuation(first - 1)) {
        first--;
      }
    }
    String left = first == gap.after() ? "" : text(t, first, gap.before()) + " ";
    String right = t.word(gap.after());
    String wrong = left + right;
    List<String> replacements = new ArrayList<>();
    for (String insert : inserts) {
      replacements.add(left + insert + " " + right);
    }
    String message = "A verb seems to be missing: \u2018" + wrong.strip() + "\u2019 \u2192 \u2018"
        + replacements.get(0).strip() + "\u2019.";
    RuleMatch match = new RuleMatch(rule, sentence, offset + t.start(first), offset + t.end(gap.after()), message,
        "Missing verb");
    match.setSuggestedReplacements(replacements);
    return match;
  }

  /** The written text of tokens from..to inclusive, with single spaces where the text has whitespace. */
  private static String text(Tokens t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (i > from && t.spaceBefore(i)) {
        sb.append(' ');
      }
      sb.append(t.word(i));
    }
    return sb.toString();
  }
}
