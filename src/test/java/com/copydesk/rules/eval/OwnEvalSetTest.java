package com.copydesk.rules.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.rules.AuxRuleTestSupport;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.RuleMatch;

/**
 * The project's own labelled sentences (src/test/resources/eval: ten per pattern, written for this project,
 * covering the grammatical classes the rules know), scored as the shared scorer does, with only Copydesk's rules
 * active: a floor under recall and first-suggestion accuracy (just under what the rules score), and no Copydesk
 * flag on the correct sentences, which include the constructions the rules must leave alone.
 */
class OwnEvalSetTest {

  @Test
  void ownSetMeetsTheAccuracyFloor() throws IOException, URISyntaxException {
    List<EvalCase> cases = EvalCase.readErrors(resource("dropped-aux-own.tsv"));
    int detected = 0;
    int top1 = 0;
    int falseAlarms = 0;
    for (EvalCase c : cases) {
      Scorer.Outcome o = Scorer.judge(c, issues(c.erroneous()), issues(c.original()));
      detected += o.detected() ? 1 : 0;
      top1 += o.top1() ? 1 : 0;
      falseAlarms += o.falseAlarm() ? 1 : 0;
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(90);
    assertThat((double) detected / cases.size()).as("recall").isGreaterThanOrEqualTo(0.90);
    assertThat((double) top1 / cases.size()).as("top1").isGreaterThanOrEqualTo(0.78);
    assertThat(falseAlarms).as("flags on the correct originals").isZero();
  }

  @Test
  void correctSentencesAreNotFlagged() throws IOException, URISyntaxException {
    for (String sentence : EvalCase.readClean(resource("clean-own.tsv"))) {
      assertThat(issues(sentence)).as(sentence).isEmpty();
    }
  }

  private static List<Issue> issues(String text) {
    List<Issue> out = new ArrayList<>();
    for (RuleMatch m : AuxRuleTestSupport.check(text)) {
      int from = text.codePointCount(0, m.getFromPos());
      out.add(new Issue(m.getRule().getId(), from, text.codePointCount(m.getFromPos(), m.getToPos()),
          m.getSuggestedReplacements()));
    }
    return out;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(OwnEvalSetTest.class.getResource("/eval/" + name).toURI());
  }
}
