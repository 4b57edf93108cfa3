package com.copydesk.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Draft;
import com.copydesk.core.Edit;
import com.copydesk.core.FixBatch;
import com.copydesk.core.Issue;
import com.copydesk.core.Markup;
import com.copydesk.core.Paragraph;
import com.copydesk.core.TextDiff;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.Proofreader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking and fixing Markdown, HTML and Word documents with LanguageTool: issues are found in the
 * prose only, and applying every suggestion changes nothing but prose.
 */
class FormatsProofreadingTest {
  private static Proofreader proofreader;
  private static final CheckSettings SETTINGS = CheckSettings.defaults();

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    proofreader = new Proofreader(1, new com.copydesk.engine.ParagraphCache());
  }

  @AfterAll
  static void stop() {
    proofreader.close();
  }

  private Document open(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return Documents.open(file);
  }

  /** Positions of the text that are prose: inside a paragraph and not markup. */
  private static BitSet prose(Draft draft) {
    BitSet bits = new BitSet();
    for (Paragraph p : draft.paragraphs()) {
      bits.set(p.start(), p.end());
      for (Markup m : p.markup()) {
        bits.clear(p.start() + m.span().start(), p.start() + m.span().end());
      }
    }
    return bits;
  }

  /** Fixes every issue with its first suggestion and checks every change lies in prose. */
  private String fixAllInProse(Document doc) {
    Draft draft = doc.draft();
    List<Issue> issues = proofreader.check(draft, SETTINGS).issues();
    assertThat(issues).isNotEmpty();
    BitSet prose = prose(draft);
    for (Issue i : issues) {
      assertThat(prose.get(i.start(), i.end()).cardinality()).as(i.toString()).isPositive();
    }
    FixBatch batch = FixBatch.apply(draft, issues, i -> i.firstReplacement().orElse(null));
    String after = batch.after().text();
    for (Edit e : TextDiff.edits(draft.text(), after, TextDiff.Granularity.CHARACTERS)) {
      if (e.removed().isEmpty()) {
        assertThat(prose.get(Math.max(0, e.start() - 1)) || prose.get(e.start())).as(e.toString()).isTrue();
      } else {
        assertThat(prose.get(e.start(), e.start() + e.removed().length()).cardinality())
            .as(e + " in " + draft.text()).isEqualTo(e.removed().length());
      }
    }
    return after;
  }

  @Test
  void markdownFixesTouchOnlyProse() throws Exception {
    String md = "---\ntitle: Teh draft\n---\n\n# Harbour news\n\n"
        + "The ferry recieved a new timetable, see `recieved_at` and [the the notice](https://example.org/teh).\n\n"
        + "```\nteh code is is fine\n```\n\n> Officials said the the repairs cost less.\n";
    Document doc = open("news.md", md);
    String fixed = fixAllInProse(doc);
    assertThat(fixed).contains("The ferry received").contains("`recieved_at`").contains("https://example.org/teh")
        .contains("title: Teh draft").contains("teh code is is fine").contains("> Officials said the repairs");
    assertThat(new String(doc.encode(fixed), StandardCharsets.UTF_8)).isEqualTo(fixed);
  }

  @Test
  void htmlFixesTouchOnlyVisibleText() throws Exception {
    String html = "<html><head><title>Teh title</title><script>var teh = 1;</script></head><body>\n"
        + "<h1>Harbour news</h1>\n<p>The ferry <b>recieved</b> a new timetable &amp; the the map.</p>\n"
        + "<p>Read <a href=\"https://example.org/teh\">the notice</a> and <code>recieved_at</code>.</p>\n"
        + "</body></html>\n";
    Document doc = open("news.html", html);
    String fixed = fixAllInProse(doc);
    assertThat(fixed).contains("<b>received</b>").contains("&amp; the map").contains("<title>Teh title</title>")
        .contains("var teh = 1;").contains("https://example.org/teh").contains("<code>recieved_at</code>");
  }

  @Test
  void wordFixesKeepRunsAndRoundTrip() throws Exception {
    Path file = dir.resolve("story.docx");
    Files.write(file, com.copydesk.formats.docx.DocxTestDocs.story());
    Document doc = Documents.open(file);
    String fixed = fixAllInProse(doc);
    assertThat(fixed).contains("received").doesNotContain("the the");
    Path out = dir.resolve("fixed.docx");
    Documents.save(doc, fixed, out);
    assertThat(Documents.open(out).text()).isEqualTo(fixed);
  }
}
