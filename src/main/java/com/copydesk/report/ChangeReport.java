package com.copydesk.report;

import com.copydesk.core.AppliedFix;
import com.copydesk.core.Category;
import com.copydesk.core.ChangeLog;
import com.copydesk.core.Issue;
import com.copydesk.core.SentenceContext;
import com.copydesk.core.TextIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed in a document and why: each applied fix in text order, with the sentence around it,
 * the text removed and inserted, and the rule that asked for it; plus how many changes of each
 * category. Built from a {@link ChangeLog}; written as HTML, CSV or Markdown by {@link ChangeReportFormat}.
 */
public final class ChangeReport {
  private final String documentName;
  private final Instant created;
  private final List<Change> changes;
  private final Map<Category, Integer> counts;

  /**
   * One change: its number (1-based, text order), the line it is on in the corrected text, the
   * sentence before and after it, what was removed and inserted, and the issue that motivated it.
   */
  public record Change(int number, int line, String before, String removed, String inserted, String after,
      Issue issue) {
    public Category category() {
      return issue.category();
    }
  }

  private ChangeReport(String documentName, Instant created, List<Change> changes) {
    this.documentName = documentName;
    this.created = created;
    this.changes = List.copyOf(changes);
    Map<Category, Integer> c = new EnumMap<>(Category.class);
    for (Change ch : changes) {
      c.merge(ch.category(), 1, Integer::sum);
    }
    this.counts = Collections.unmodifiableMap(c);
  }

  /**
   * The report for the fixes in {@code log}, applied to the document called {@code documentName};
   * {@code correctedText} is the text after all of them (for line numbers).
   */
  public static ChangeReport of(String documentName, ChangeLog log, String correctedText, Instant created) {
    Objects.requireNonNull(log, "log");
    TextIndex index = new TextIndex(correctedText == null ? "" : correctedText);
    List<Change> changes = new ArrayList<>();
    int n = 0;
    for (ChangeLog.Entry e : log.inTextOrder()) {
      AppliedFix fix = e.fix();
      SentenceContext ctx = fix.issue().context();
      boolean contextFits = ctx.marked().equals(fix.removed());
      String before = contextFits ? ctx.before() : "";
      String after = contextFits ? ctx.after() : "";
      int line = correctedText == null || e.position() > correctedText.length() ? 0 : index.line(e.position());
      changes.add(new Change(++n, line, before, fix.removed(), fix.replacement(), after, fix.issue()));
    }
    return new ChangeReport(documentName == null ? "Untitled" : documentName, created, changes);
  }

  public static ChangeReport of(String documentName, ChangeLog log, String correctedText) {
    return of(documentName, log, correctedText, Instant.now());
  }

  public String documentName() {
    return documentName;
  }

  public Instant created() {
    return created;
  }

  public List<Change> changes() {
    return changes;
  }

  /** Changes per category, in the categories' own order; categories without changes left out. */
  public Map<Category, Integer> counts() {
    return counts;
  }

  public int size() {
    return changes.size();
  }
}
