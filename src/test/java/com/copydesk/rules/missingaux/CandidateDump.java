package com.copydesk.rules.missingaux;

import com.copydesk.rules.grammar.NounPhrase;
import com.copydesk.rules.grammar.Predicates;
import com.copydesk.rules.grammar.Tokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/** Developer tool: for each sentence, every subject/predicate pair the subject rules consider, and why. */
public final class CandidateDump {
  private CandidateDump() {}

  public static void main(String[] args) throws IOException {
    JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-GB"));
    List<String> lines = args.length == 1 && Files.exists(Path.of(args[0]))
        ? Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8) : List.of(args);
    for (String line : lines) {
      System.out.println("## " + line);
      for (AnalyzedSentence s : lt.analyzeText(line)) {
        Tokens t = new Tokens(s);
        System.out.println("   there=" + ThereGaps.find(t) + " rel=" + RelativeGaps.find(t) + " modal=" + ModalGaps.find(t)
            + " to=" + ToGaps.find(t));
        for (int e = 0; e + 1 < t.size(); e++) {
          NounPhrase subject = NounPhrase.endingAt(t, e);
          if (subject == null || NounPhrase.nominal(t, e + 1)) {
            continue;
          }
          int p = Predicates.skipAdverbs(t, e + 1);
          PredicateKind kind = PredicateKind.classify(t, subject, p);
          if (kind != null) {
            System.out.printf("   %s subject='%s' predicate='%s' evidence=%s lemma=%s accepted=%s [position=%s objectVerb=%s own=%s]%n",
                kind, words(t, subject.start(), subject.end()), t.word(p),
                com.copydesk.rules.grammar.Passives.evidence(t, p), t.verbLemma(p),
                SubjectGaps.acceptableSubject(t, subject, p, kind),
                com.copydesk.rules.grammar.Clauses.subjectPosition(t, subject.start(), !subject.isPronoun(t)),
                SubjectGaps.afterObjectPredicateVerb(t, subject.start()),
                t.word(com.copydesk.rules.grammar.FiniteVerbs.ownVerbAfter(t, p + 1, false)));
          }
        }
      }
    }
  }

  private static String words(Tokens t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i <= to; i++) {
      sb.append(i > from ? " " : "").append(t.word(i));
    }
    return sb.toString();
  }
}
