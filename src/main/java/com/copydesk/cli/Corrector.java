package com.copydesk.cli;

import com.copydesk.core.ChangeLog;
import com.copydesk.core.Draft;
import com.copydesk.core.FixBatch;
import com.copydesk.core.FurnitureLines;
import com.copydesk.core.Issue;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.DraftChecker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fixes every chosen issue of a draft with its first suggestion. After a pass the draft is checked
 * again (only the changed paragraphs, thanks to the cache), because a fix can reveal or settle other
 * issues; the same spot is never fixed twice, and the passes are bounded.
 */
final class Corrector {
  static final int MAX_PASSES = 4;

  private final DraftChecker proofreader;
  private final CheckSettings settings;

  Corrector(DraftChecker proofreader, CheckSettings settings) {
    this.proofreader = proofreader;
    this.settings = settings;
  }

  /** The corrected draft, the issues fixed (each pass in text order) and the log of every fix, for reports. */
  record Outcome(Draft draft, List<Issue> applied, ChangeLog log) {}

  Outcome fixAll(Draft draft, Predicate<Issue> chosen) {
    List<Issue> applied = new ArrayList<>();
    Set<String> done = new HashSet<>();
    Draft current = draft;
    ChangeLog log = ChangeLog.empty();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      List<Issue> candidates = new ArrayList<>();
      for (Issue issue : proofreader.check(current, settings).issues()) {
        if (chosen.test(issue) && issue.firstReplacement().isPresent() && !done.contains(issue.fingerprint())) {
          candidates.add(issue);
        }
      }
      // a furniture line that goes takes the issues inside it along: never fix words about to be removed
      candidates.removeAll(FurnitureLines.lineOf(candidates).keySet());
      if (candidates.isEmpty()) {
        break;
      }
      FixBatch batch = FixBatch.apply(current, candidates, i -> i.replacements().get(0));
      if (batch.applied().isEmpty()) {
        break;
      }
      for (Issue i : batch.applied()) {
        done.add(i.fingerprint());
      }
      applied.addAll(batch.applied());
      log = log.withAll(batch.appliedFixes());
      current = batch.after();
    }
    return new Outcome(current, applied, log);
  }
}
