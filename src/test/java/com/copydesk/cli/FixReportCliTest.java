package com.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.formats.docx.DocxTestDocs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk fix --track-changes / --report} and the command line on every format. */
class FixReportCliTest {
  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static String entry(Path zip, String name) throws Exception {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }

  private static void assertOneLineError(Run r, String contains) {
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("copydesk: ").contains(contains);
    assertThat(r.err().strip()).doesNotContain("\n");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void wordDocumentFixedWithTrackedChangesAndAnHtmlReport() throws Exception {
    byte[] original = DocxTestDocs.story();
    Path in = write("story.docx", original);
    Path out = dir.resolve("story-edited.docx");
    Path report = dir.resolve("changes.html");
    Run r = run("fix", "--all", "--track-changes", "-o", out.toString(), "--report", report.toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("applied").contains("with tracked changes").contains("change report in");
    String xml = entry(out, "word/document.xml");
    assertThat(xml).contains("<w:del ").contains("<w:ins ").contains("w:author=\"Copydesk\"")
        .contains("<w:delText xml:space=\"preserve\">recie</w:delText>");
    assertThat(java.util.Arrays.equals(Files.readAllBytes(in), original)).as("input untouched").isTrue();
    String html = Files.readString(report);
    assertThat(html).contains("<title>Changes to story.docx</title>")
        .contains("<del>recieved</del><ins>received</ins>")
        .contains("<del>the the</del><ins>the</ins>")
        .contains("<td>Spelling</td>");
  }

  @Test
  void markdownFixedInPlaceWithACsvReport() throws Exception {
    Path in = write("notes.md", ("# Notes\n\nThe ferry recieved a `recieved_at` stamp.\n\n"
        + "    indented teh code\n").getBytes(StandardCharsets.UTF_8));
    Path report = dir.resolve("changes.csv");
    Run r = run("fix", "--category", "SPELLING", "--in-place", "--report", report.toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(in)).isEqualTo("# Notes\n\nThe ferry received a `recieved_at` stamp.\n\n"
        + "    indented teh code\n");
    String csv = Files.readString(report);
    assertThat(csv.split("\r\n")).hasSize(2);
    assertThat(csv).contains(",SPELLING,").contains(",recieved,received,");
  }

  @Test
  void wordDocumentToStandardOutputPrintsItsCorrectedTextAndExportsByExtension() throws Exception {
    Path in = write("story.docx", DocxTestDocs.story());
    Path md = dir.resolve("story.md");
    Run r = run("fix", "--rule", "ENGLISH_WORD_REPEAT_RULE", "-o", md.toString(), "--report",
        dir.resolve("c.md").toString(), in.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(md)).contains("Officials said the repairs cost less.").contains("**reopens**");
    assertThat(Files.readString(dir.resolve("c.md"))).contains("~~the the~~<ins>the</ins>");
  }

  @Test
  void checkReportsIssuesInWordDocumentsAsJson() throws Exception {
    Path in = write("story.docx", DocxTestDocs.story());
    Run r = run("check", "--format", "json", in.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).startsWith("{\"version\":1").contains("\"line\":2").contains("recieved");
  }

  @Test
  void badCombinationsAndBadFilesFailWithOneLineAndExitTwo() throws Exception {
    Path txt = write("plain.txt", "Some text.\n".getBytes(StandardCharsets.UTF_8));
    Path docx = write("story.docx", DocxTestDocs.story());
    assertOneLineError(run("fix", "--all", "--track-changes", "-o", dir.resolve("o.txt").toString(), txt.toString()),
        "--track-changes works only for Word documents (.docx); 'plain.txt' is Plain text.");
    assertOneLineError(run("fix", "--all", "--track-changes", docx.toString()), "give -o OUT.docx or --in-place");
    assertOneLineError(run("fix", "--all", "--track-changes", "-o", dir.resolve("o.md").toString(), docx.toString()),
        "give -o OUT.docx or --in-place");
    assertOneLineError(run("fix", "--all", "--report", dir.resolve("r.pdf").toString(), txt.toString()),
        "name it .html, .csv or .md");
    Path md = write("notes.md", "Some notes.\n".getBytes(StandardCharsets.UTF_8));
    assertOneLineError(run("fix", "--all", "--in-place", "--report", md.toString(), md.toString()),
        "would overwrite the document");
    assertOneLineError(run("fix", "--all", "-o", dir.resolve("o.html").toString(), docx.toString()),
        "name the output .docx, .txt or .md");
    assertOneLineError(run("fix", "--all", "-o", dir.resolve("o.docx").toString(), txt.toString()),
        "Cannot write Plain text 'plain.txt' as Word document 'o.docx'; name the output .txt.");
    Path renamed = write("story.txt", DocxTestDocs.story());
    assertOneLineError(run("check", renamed.toString()), "is a Word document (.docx) with the wrong extension");
    assertOneLineError(run("fix", "--all", renamed.toString()), "rename it to .docx");
    Path corrupt = write("broken.docx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
    assertOneLineError(run("check", corrupt.toString()), "'broken.docx' is damaged");
    assertThat(Files.exists(dir.resolve("o.txt"))).isFalse();
    assertThat(Files.exists(dir.resolve("o.html"))).isFalse();
  }
}
