package com.copydesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.AppliedFix;
import com.copydesk.core.Category;
import com.copydesk.core.ChangeLog;
import com.copydesk.core.Draft;
import com.copydesk.core.FixBatch;
import com.copydesk.core.Issue;
import com.copydesk.core.SentenceContext;
import com.copydesk.core.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeReportTest {
  private static final Instant WHEN = Instant.parse("2025-06-01T09:30:00Z");
  private static final String TEXT = "The ferry recieved a <new> leter.\nOfficials said the the repairs cost less.";

  static Issue issue(String text, String covered, int from, String rule, Category cat, String message,
      String replacement) {
    int start = text.indexOf(covered, from);
    int lineStart = text.lastIndexOf('\n', start) + 1;
    int lineEnd = text.indexOf('\n', start) < 0 ? text.length() : text.indexOf('\n', start);
    String sentence = text.substring(lineStart, lineEnd);
    return new Issue(new Span(start, start + covered.length()), rule, cat, message, "", List.of(replacement),
        covered, new SentenceContext(sentence, start - lineStart, covered.length()));
  }

  static ChangeLog log() {
    Issue spelling = issue(TEXT, "recieved", 0, "MORFOLOGIK_RULE_EN_US", Category.SPELLING,
        "Possible spelling mistake found.", "received");
    Issue letter = issue(TEXT, "leter", 0, "MORFOLOGIK_RULE_EN_US", Category.SPELLING,
        "Possible spelling mistake found.", "letter");
    Issue repeat = issue(TEXT, "the the", 0, "ENGLISH_WORD_REPEAT_RULE", Category.GRAMMAR,
        "Possible typo: you repeated a word", "the");
    FixBatch batch = FixBatch.apply(new Draft(TEXT), List.of(spelling, letter, repeat), i -> i.replacements().get(0));
    return ChangeLog.empty().withAll(batch.appliedFixes());
  }

  @Test
  void changesAreListedInTextOrderWithCountsAndLines() {
    String corrected = "The ferry received a <new> letter.\nOfficials said the repairs cost less.";
    ChangeReport report = ChangeReport.of("story.docx", log(), corrected, WHEN);
    assertThat(report.changes()).extracting(ChangeReport.Change::removed).containsExactly("recieved", "leter", "the the");
    assertThat(report.changes()).extracting(ChangeReport.Change::line).containsExactly(1, 1, 2);
    assertThat(report.counts()).containsExactly(java.util.Map.entry(Category.SPELLING, 2),
        java.util.Map.entry(Category.GRAMMAR, 1));
    assertThat(report.changes().get(1).before()).isEqualTo("The ferry recieved a <new> ");
    assertThat(report.changes().get(1).after()).isEqualTo(".");
  }

  @Test
  void htmlPageIsSelfContainedWithStrikeThroughAndUnderline() {
    String html = ChangeReportFormat.HTML.render(ChangeReport.of("story.docx", log(), null, WHEN));
    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("<title>Changes to story.docx</title>")
        .contains("3 changes, made by Copydesk on 2025-06-01 09:30 UTC.")
        .contains("<tr><td>Spelling</td><td class=\"n\">2</td></tr>")
        .contains("<tr><td>Grammar</td><td class=\"n\">1</td></tr>")
        .contains("The ferry <del>recieved</del><ins>received</ins> a &lt;new&gt; leter.")
        .contains("Possible spelling mistake found. <span class=\"rule\">MORFOLOGIK_RULE_EN_US</span>")
        .contains("del{").contains("text-decoration:line-through").contains("text-decoration:underline")
        .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://").doesNotContain(" src=");
    assertThat(html.indexOf("recieved")).isLessThan(html.indexOf("leter</del>"));
    assertThat(html.indexOf("leter</del>")).isLessThan(html.indexOf("the the</del>"));
  }

  @Test
  void csvHasOneQuotedRowPerChange() {
    String csv = ChangeReportFormat.CSV.render(ChangeReport.of("story.docx", log(), null, WHEN));
    String[] rows = csv.split("\r\n");
    assertThat(rows).hasSize(4);
    assertThat(rows[0]).isEqualTo("number,line,category,rule,removed,inserted,message,before,after");
    assertThat(rows[1]).isEqualTo("1,0,SPELLING,MORFOLOGIK_RULE_EN_US,recieved,received,Possible spelling mistake found.,"
        + "\"The ferry \",\" a <new> leter.\"");
    assertThat(CsvChangeReport.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(CsvChangeReport.field("say \"hi\", then")).isEqualTo("\"say \"\"hi\"\", then\"");
  }

  @Test
  void markdownListStrikesAndUnderlines() {
    String md = ChangeReportFormat.MARKDOWN.render(ChangeReport.of("story.docx", log(), null, WHEN));
    assertThat(md).startsWith("# Changes to story.docx\n\n3 changes")
        .contains("| Spelling | 2 |")
        .contains("1. The ferry ~~recieved~~<ins>received</ins> a &lt;new&gt; leter.  \n   *Spelling:* "
            + "Possible spelling mistake found. (`MORFOLOGIK_RULE_EN_US`)")
        .contains("3. Officials said ~~the the~~<ins>the</ins> repairs cost less.");
  }

  @Test
  void emptyLogSaysNoChanges() {
    ChangeReport empty = ChangeReport.of("x.txt", ChangeLog.empty(), "", WHEN);
    assertThat(ChangeReportFormat.HTML.render(empty)).contains("No changes were made.");
    assertThat(ChangeReportFormat.CSV.render(empty)).isEqualTo(CsvChangeReport.HEADER + "\r\n");
    assertThat(ChangeReportFormat.forFileName("R.HTM")).contains(ChangeReportFormat.HTML);
    assertThat(ChangeReportFormat.forFileName("r.pdf")).isEmpty();
  }

  @Test
  void whiteSpaceOnlyChangesAreVisible() {
    String text = "Two  spaces here.";
    Issue ws = issue(text, "  ", 0, "WHITESPACE_RULE", Category.TYPOGRAPHY, "Whitespace repetition", " ");
    ChangeLog log = ChangeLog.empty().with(new AppliedFix(ws, " "));
    String html = ChangeReportFormat.HTML.render(ChangeReport.of("t.txt", log, "Two spaces here.", WHEN));
    assertThat(html).contains("Two<del>\u2423\u2423</del><ins>\u2423</ins>spaces here.");
  }
}
