package com.copydesk.engine.variant;

import java.util.HashMap;
import java.util.Map;

/** What the reader found in a draft: how often each variant form and each habit appeared. */
final class Tally {
  private final Map<SpellingLexicon.Form, Integer> forms = new HashMap<>();
  private final int[] signals = new int[Signal.values().length];

  void add(SpellingLexicon.Form form) {
    forms.merge(form, 1, Integer::sum);
  }

  void add(Signal signal) {
    signals[signal.ordinal()]++;
  }

  Map<SpellingLexicon.Form, Integer> forms() {
    return forms;
  }

  int count(Signal signal) {
    return signals[signal.ordinal()];
  }
}
