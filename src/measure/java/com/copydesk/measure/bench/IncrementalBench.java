package com.copydesk.measure.bench;

import com.copydesk.core.Draft;
import com.copydesk.core.Edit;
import com.copydesk.core.Paragraph;
import com.copydesk.engine.CheckResult;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.ParagraphCache;
import com.copydesk.engine.Proofreader;
import java.util.ArrayList;
import java.util.List;

/**
 * What a copy editor feels while typing in a long draft: a full check of the draft against a
 * re-check after a one-word edit, in this process, with LanguageTool already warm.
 */
final class IncrementalBench {
  private IncrementalBench() {}

  record Result(List<Double> fullMillis, List<Double> editMillis, int paragraphs, List<Integer> rechecked) {}

  static Result run(String text, CheckSettings settings, int runs) {
    ParagraphCache cache = new ParagraphCache();
    try (Proofreader proofreader = new Proofreader(Proofreader.defaultWorkers(), cache)) {
      proofreader.warmUp(settings).join();
      Draft draft = new Draft(text);
      List<Double> full = new ArrayList<>();
      List<Double> edit = new ArrayList<>();
      List<Integer> rechecked = new ArrayList<>();
      List<Paragraph> paragraphs = draft.paragraphs();
      for (int run = 0; run < runs; run++) {
        cache.clear();
        long t0 = System.nanoTime();
        proofreader.check(draft, settings);
        full.add((System.nanoTime() - t0) / 1e6);

        Paragraph p = paragraphs.get((paragraphs.size() / 2 + run * 7) % paragraphs.size());
        int at = draft.text().indexOf(' ', p.start()) + 1;
        Draft edited = draft.apply(new Edit(at, "", "very "));
        long t1 = System.nanoTime();
        CheckResult r = proofreader.check(edited, settings);
        edit.add((System.nanoTime() - t1) / 1e6);
        rechecked.add(r.checkedParagraphs());
      }
      return new Result(full, edit, paragraphs.size(), rechecked);
    }
  }
}
