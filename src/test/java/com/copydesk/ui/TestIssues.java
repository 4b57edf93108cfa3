package com.copydesk.ui;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.SentenceContext;
import com.copydesk.core.Span;
import java.util.List;

/** Issues made by hand for view-model tests: the word at a place in a text. */
public final class TestIssues {
  private TestIssues() {}

  /** An issue over the first {@code word} at or after {@code from} in {@code text}. */
  public static Issue at(String text, String word, int from, String rule, Category category, String... replacements) {
    int start = text.indexOf(word, from);
    if (start < 0) {
      throw new IllegalArgumentException("'" + word + "' not in text");
    }
    int sentenceStart = Math.max(0, text.lastIndexOf('\n', start) + 1);
    int sentenceEnd = text.indexOf('\n', start);
    if (sentenceEnd < 0) {
      sentenceEnd = text.length();
    }
    String sentence = text.substring(sentenceStart, sentenceEnd);
    return new Issue(new Span(start, start + word.length()), rule, category, "Check “" + word + "”.", "",
        List.of(replacements), word, new SentenceContext(sentence, start - sentenceStart, word.length()));
  }

  public static Issue at(String text, String word, String rule, Category category, String... replacements) {
    return at(text, word, 0, rule, category, replacements);
  }
}
