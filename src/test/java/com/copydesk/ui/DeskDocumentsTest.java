package com.copydesk.ui;

import static com.copydesk.ui.DialogHelp.waitForDialog;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Issue;
import com.copydesk.ui.files.DocxXmlPeek;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Word, Markdown and HTML documents in the real window: fixes saved into a .docx with its
 * formatting, export with tracked changes and to Markdown, the change report (and undo taking a fix
 * out of it), prose-only checking of markup, and bad Word files.
 */
class DeskDocumentsTest extends DeskFixture {
  static final String FIRST = "Harbour reopens after the storm";
  static final String SECOND = "The ferry recieved a new timetable from the council.";

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  /** Two paragraphs; "recieved" is bold, the timetable italic, in runs of their own. */
  static byte[] story() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph p1 = doc.createParagraph();
      run(p1, "Harbour ", false, false);
      run(p1, "reopens", true, false);
      run(p1, " after the storm", false, false);
      XWPFParagraph p2 = doc.createParagraph();
      run(p2, "The ferry ", false, false);
      run(p2, "recieved", true, false);
      run(p2, " a new ", false, false);
      run(p2, "timetable", false, true);
      run(p2, " from the council.", false, false);
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setText(text);
    r.setBold(bold);
    r.setItalic(italic);
  }

  private Path openStory() throws Exception {
    Path file = dir.resolve("story.docx");
    Files.write(file, story());
    openAndWait(file);
    return file;
  }

  private void clickSuggestion(FxRobot robot, Issue issue, String replacement) throws Exception {
    robot.clickOn(robot.from(card(robot, issue))
        .lookup((Button b) -> ("Replace with " + replacement).equals(b.getAccessibleText())).queryButton());
  }

  @Test
  void aWordDocumentShowsItsParagraphsAsLinesAndAFixIsSavedIntoItsRuns(FxRobot robot) throws Exception {
    Path file = openStory();
    assertThat(text()).isEqualTo(FIRST + "\n" + SECOND);
    Issue spelling = issue(covering("recieved"));
    clickSuggestion(robot, spelling, "received");
    waitUntil(() -> desk.area().getText().contains("ferry received a"));

    shortcut(robot, KeyCode.S);
    waitUntil(() -> !desk.session().isModified());
    try (InputStream in = Files.newInputStream(file); XWPFDocument saved = new XWPFDocument(in)) {
      assertThat(saved.getParagraphs()).extracting(XWPFParagraph::getText)
          .containsExactly(FIRST, SECOND.replace("recieved", "received"));
      List<XWPFRun> runs = saved.getParagraphs().get(1).getRuns();
      XWPFRun fixed = runs.stream().filter(r -> r.text().equals("received")).findFirst().orElseThrow();
      assertThat(fixed.isBold()).as("the fix keeps its run's bold").isTrue();
      XWPFRun timetable = runs.stream().filter(r -> r.text().equals("timetable")).findFirst().orElseThrow();
      assertThat(timetable.isItalic()).isTrue();
      assertThat(saved.getParagraphs().get(0).getRuns().get(1).isBold()).isTrue();
    }
  }

  @Test
  void exportWithTrackedChangesAndTheChangeReportFollowUndoAndRedo(FxRobot robot) throws Exception {
    openStory();
    clickSuggestion(robot, issue(covering("recieved")), "received");
    waitUntil(() -> desk.area().getText().contains("ferry received a"));
    assertThat(fx(() -> desk.changes().log().size())).isEqualTo(1);

    Path tracked = dir.resolve("story-tracked.docx");
    dialogs.toSave = tracked;
    Platform.runLater(() -> desk.files().exports().export());
    DialogPane pane = waitForDialog(robot, ".export-dialog");
    RadioButton word = robot.from(pane).lookup((RadioButton r) -> r.getText().startsWith("Word document")).query();
    CheckBox track = robot.from(pane).lookup(".track-changes").query();
    assertThat(word.isSelected()).isTrue();
    assertThat(track.isDisabled()).isFalse();
    assertThat(track.isSelected()).isTrue();
    robot.clickOn(robot.from(pane).lookup((Button b) -> b.getText().equals("Choose File…")).queryButton());
    waitUntil(() -> Files.exists(tracked));
    String xml = DocxXmlPeek.documentXml(tracked);
    assertThat(xml).contains("<w:del ").contains("<w:ins ").contains("w:author=\"Copydesk\"")
        .contains(">recieved</w:delText>");
    assertThat(fx(() -> desk.stage().getTitle())).as("the desk stays on the document").isEqualTo("*story.docx — Copydesk");

    String rule = fx(() -> desk.changes().log().inOrderApplied().get(0).fix().issue().ruleId());
    String report = report(robot, "changes.html");
    assertThat(report).contains("1 change").contains("recieved").contains("received").contains(rule);

    shortcut(robot, KeyCode.Z);
    waitUntil(() -> desk.area().getText().equals(FIRST + "\n" + SECOND));
    assertThat(report(robot, "after-undo.html")).contains("No changes were made.").doesNotContain("<del");

    shortcut(robot, KeyCode.Y);
    waitUntil(() -> desk.area().getText().contains("ferry received a"));
    assertThat(report(robot, "after-redo.md")).contains("~~recieved~~").contains("received");
  }

  private String report(FxRobot robot, String name) throws Exception {
    Path target = dir.resolve(name);
    dialogs.toSave = target;
    Platform.runLater(() -> desk.changeReport().export());
    waitUntil(() -> Files.exists(target));
    return Files.readString(target, StandardCharsets.UTF_8);
  }

  @Test
  void aWordDocumentExportsToMarkdownAndSaveAsTxtExportsToo(FxRobot robot) throws Exception {
    openStory();
    dialogs.toSave = dir.resolve("story-copy");
    Platform.runLater(() -> desk.files().exports().export());
    DialogPane pane = waitForDialog(robot, ".export-dialog");
    robot.clickOn(robot.from(pane).lookup((RadioButton r) -> r.getText().startsWith("Markdown")).queryAs(RadioButton.class));
    CheckBox track = robot.from(pane).lookup(".track-changes").query();
    assertThat(track.isDisabled()).as("tracked changes are for Word only").isTrue();
    robot.clickOn(robot.from(pane).lookup((Button b) -> b.getText().equals("Choose File…")).queryButton());
    Path md = dir.resolve("story-copy.md");
    waitUntil(() -> Files.exists(md));
    assertThat(Files.readString(md)).contains("Harbour **reopens** after the storm").contains("*timetable*");

    Path txt = dir.resolve("story.txt");
    dialogs.toSave = txt;
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil(() -> Files.exists(txt));
    assertThat(Files.readString(txt)).isEqualTo(FIRST + "\n" + SECOND + "\n");
    assertThat(fx(() -> desk.session().path())).isEqualTo(dir.resolve("story.docx"));
  }

  @Test
  void markdownAndHtmlShowTheirSourceAndOnlyTheProseIsChecked(FxRobot robot) throws Exception {
    String md = "# Harbour notes\n\nCall `recieve_tide()` before the comittee meets.\n\n"
        + "```\nteh recieve loop\n```\n";
    Path mdFile = dir.resolve("notes.md");
    Files.writeString(mdFile, md);
    openAndWait(mdFile);
    assertThat(text()).isEqualTo(md);
    List<Issue> found = issues();
    assertThat(found).anyMatch(covering("comittee"));
    assertThat(found).as("nothing in code is checked: %s", describe(found))
        .noneMatch(i -> i.coveredText().contains("recieve") || i.coveredText().contains("teh"));

    String html = "<html><head><title>Teh title</title><script>var recieve = 1;</script></head>\n"
        + "<body><p>The <b>comittee</b> met on Monday.</p></body></html>\n";
    Path htmlFile = dir.resolve("notes.html");
    Files.writeString(htmlFile, html);
    openAndWait(htmlFile);
    assertThat(text()).isEqualTo(html);
    Issue committee = issue(covering("comittee"));
    assertThat(html.substring(committee.start(), committee.end())).isEqualTo("comittee");
    assertThat(issues()).noneMatch(i -> i.coveredText().contains("recieve") || i.coveredText().equals("Teh"));
  }

  @Test
  void badWordFilesGetADialogAndTheDraftStays(FxRobot robot) throws Exception {
    Path good = openDraft(robot, DRAFT);
    Path corrupt = dir.resolve("broken.docx");
    byte[] real = story();
    Files.write(corrupt, java.util.Arrays.copyOf(real, real.length / 2));
    assertOpenRefused(robot, corrupt, "broken.docx");

    Path renamed = dir.resolve("story.txt");
    Files.write(renamed, real);
    assertOpenRefused(robot, renamed, "wrong extension");

    Path xxe = dir.resolve("xxe.docx");
    Files.write(xxe, withDoctype(real));
    assertOpenRefused(robot, xxe, "unsafe XML");

    assertThat(text()).isEqualTo(DRAFT);
    assertThat(fx(() -> desk.session().path())).isEqualTo(good);
    assertThat(fx(() -> desk.session().isModified())).isFalse();
  }

  private void assertOpenRefused(FxRobot robot, Path file, String says) throws Exception {
    dialogs.toOpen = file;
    Platform.runLater(() -> desk.files().open());
    DialogPane pane = waitForDialog(robot, ".error-dialog");
    assertThat(pane.getContentText()).contains(says);
    robot.clickOn(robot.from(pane).lookup((Button b) -> b.getText().equals("OK")).queryButton());
    waitUntil(() -> robot.lookup(".error-dialog").tryQuery().isEmpty());
  }

  /** The same package with a DOCTYPE declaring an external entity in word/document.xml. */
  private static byte[] withDoctype(byte[] docx) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          int afterDecl = xml.indexOf("?>") + 2;
          xml = xml.substring(0, afterDecl) + "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
              + xml.substring(afterDecl);
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

}
