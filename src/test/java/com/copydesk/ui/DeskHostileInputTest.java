package com.copydesk.ui;

import static com.copydesk.ui.DialogHelp.answer;
import static com.copydesk.ui.DialogHelp.waitForDialog;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.formats.docx.DocxTestDocs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The desk column of the hostile-input matrix (docs/reliability.md): every odd or hostile file,
 * opened through File ▸ Open, File ▸ Open Recent, or the path a command-line argument takes, either
 * opens as it should or gets a one-line dialog — and the draft already on the desk stays as it was.
 * Never a stack trace, a hang or an OutOfMemoryError.
 */
class DeskHostileInputTest extends DeskFixture {
  static final Charset CP1252 = Charset.forName("windows-1252");

  /** How the file reaches the desk. */
  enum Route { FILE_OPEN, OPEN_RECENT, ARGUMENT }

  /** Makes the case's file (or folder, or link) in {@code dir}; returns what to open. */
  interface Setup {
    Path make(Path dir) throws Exception;
  }

  /**
   * @param dialog  a part of the expected dialog's message, or null when the file opens
   * @param text    the editor's text when it opens (null: don't check)
   * @param status  a part of the status bar's message when it opens (null: don't check)
   */
  record Case(String name, Setup setup, String dialog, String text, String status) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case opens(String name, Setup s, String text, String status) {
    return new Case(name, s, null, text, status);
  }

  static Case refused(String name, Setup s, String dialog) {
    return new Case(name, s, dialog, null, null);
  }

  static Setup bytes(String file, byte[] b) {
    return d -> Files.write(d.resolve(file), b);
  }

  static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  static Stream<Arguments> cases() {
    String sentence = "The council said the timetable would start in spring, after the works on the quay. ";
    Case[] all = {
        opens("empty file", bytes("empty.txt", new byte[0]), "", null),
        opens("only whitespace", bytes("blank.txt", " \n\t\n   \n".getBytes(StandardCharsets.UTF_8)), " \n\t\n   \n", null),
        refused("binary with NUL bytes", bytes("photo.txt", new byte[] {'G', 'I', 'F', 0, 0, 1, 2, 3, 0, 9}),
            "'photo.txt' is not a text document"),
        opens("invalid UTF-8 (read as Windows-1252, warned)",
            bytes("legacy.txt", "Caf\u00e9 \u201cquoted\u201d.".getBytes(CP1252)), "Caf\u00e9 \u201cquoted\u201d.",
            "is not valid UTF-8; it was read as Windows-1252"),
        opens("UTF-16 LE with BOM", bytes("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
            "Cr\u00e8me br\u00fbl\u00e9e.\nSecond line.".getBytes(StandardCharsets.UTF_16LE))),
            "Cr\u00e8me br\u00fbl\u00e9e.\nSecond line.", null),
        opens("UTF-16 BE with BOM", bytes("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
            "Na\u00efve caf\u00e9.".getBytes(StandardCharsets.UTF_16BE))), "Na\u00efve caf\u00e9.", null),
        opens("Windows-1252 text", bytes("cp1252.txt", "\u2018Smart\u2019 quotes \u2014 and \u20ac5.".getBytes(CP1252)),
            "\u2018Smart\u2019 quotes \u2014 and \u20ac5.", "Windows-1252"),
        opens("mixed CRLF and LF (kept on save: see the other test)",
            bytes("mixed.txt", "One.\r\nTwo.\nThree.\r\n".getBytes(StandardCharsets.UTF_8)), "One.\nTwo.\nThree.\n", null),
        refused("20 MB text file", d -> {
          Path f = d.resolve("huge.txt");
          StringBuilder sb = new StringBuilder(21 << 20);
          int n = 0;
          while (sb.length() < 20 << 20) {
            sb.append(sentence).append(++n % 5 == 0 ? "\n\n" : "");
          }
          Files.writeString(f, sb);
          return f;
        }, "the desk opens drafts of up to 5,000,000 characters"),
        refused("a 1 MB line without breaks", d -> Files.writeString(d.resolve("line.txt"),
            sentence.repeat((1 << 20) / sentence.length() + 1)), "with no line break; the desk shows lines of up to 20,000"),
        refused("a folder", d -> Files.createDirectory(d.resolve("chapter.txt")), "it is a folder, not a document"),
        refused("an unreadable file", d -> {
          Path f = Files.writeString(d.resolve("secret.txt"), "Private.");
          Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
          Assumptions.assumeFalse(Files.isReadable(f), "running as root: permissions do not stop reads");
          return f;
        }, "permission denied"),
        refused("a missing file", d -> d.resolve("gone.txt"), "'gone.txt': no such file"),
        refused("a symlink loop", d -> {
          Files.createSymbolicLink(d.resolve("b.txt"), d.resolve("a.txt"));
          return Files.createSymbolicLink(d.resolve("a.txt"), d.resolve("b.txt"));
        }, "its links go round in a loop"),
        refused("a corrupt .docx", d -> {
          byte[] b = new byte[4000];
          new Random(7).nextBytes(b);
          b[0] = 'P';
          b[1] = 'K';
          b[2] = 3;
          b[3] = 4;
          return Files.write(d.resolve("broken.docx"), b);
        }, "damaged"),
        refused("a zip-bomb .docx", d -> {
          ByteArrayOutputStream bo = new ByteArrayOutputStream();
          try (ZipOutputStream z = new ZipOutputStream(bo)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
              z.write(zeros);
            }
            z.closeEntry();
          }
          return Files.write(d.resolve("bomb.docx"), bo.toByteArray());
        }, "zip bomb"),
        refused("a .docx with external entities", d -> Files.write(d.resolve("xxe.docx"),
            replaceEntry(DocxTestDocs.story(), "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \""
                    + d.resolve("secret-xxe.txt").toUri() + "\">]>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")), "unsafe XML"),
        refused("a Word document renamed .txt", bytes("story.txt", DocxTestDocs.story()),
            "is a Word document (.docx) with the wrong extension"),
        refused("a PDF renamed .txt", bytes("report.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)),
            "is a PDF"),
    };
    Route[] routes = Route.values();
    Stream.Builder<Arguments> out = Stream.builder();
    for (int i = 0; i < all.length; i++) {
      out.add(Arguments.of(all[i], routes[i % routes.length]));
    }
    return out.build();
  }

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  @ParameterizedTest(name = "{0} via {1}")
  @MethodSource("cases")
  void eachFileOpensOrGetsAOneLineDialogAndTheDraftStays(Case c, Route route, FxRobot robot) throws Exception {
    Path draft = openDraft(robot, DRAFT);
    Path file = c.setup().make(dir);
    switch (route) {
      case FILE_OPEN -> {
        dialogs.toOpen = file;
        Platform.runLater(() -> desk.files().open());
      }
      case OPEN_RECENT -> {
        settings.addRecentFile(file);
        Platform.runLater(() -> {
          Menu recent = (Menu) desk.menus().getMenus().get(0).getItems().stream()
              .filter(i -> "Open Recent".equals(i.getText())).findFirst().orElseThrow();
          desk.files().fillRecent(recent);
          MenuItem first = recent.getItems().get(0);
          first.fire();
        });
      }
      case ARGUMENT -> Platform.runLater(() -> desk.openFile(file));
    }
    if (c.dialog() != null) {
      DialogPane error = waitForDialog(robot, ".error-dialog");
      assertThat(error.getContentText()).contains(c.dialog()).doesNotContain("\n").doesNotContain("Exception");
      answer(robot, ".error-dialog", "OK");
      assertThat(text()).as("the draft on the desk is untouched").isEqualTo(DRAFT);
      assertThat(fx(() -> desk.session().path())).isEqualTo(draft);
      assertThat(fx(() -> desk.session().isModified())).isFalse();
      assertThat(fx(() -> desk.stage().getTitle())).isEqualTo("draft.txt — Copydesk");
    } else {
      waitUntil(() -> file.equals(desk.session().path()));
      if (c.text() != null) {
        assertThat(text()).isEqualTo(c.text());
      }
      if (c.status() != null) {
        assertThat(fx(() -> desk.status().message())).contains(c.status());
      }
      assertThat(fx(() -> desk.session().isModified())).isFalse();
    }
  }

  @org.junit.jupiter.api.Test
  void mixedLineBreaksAndALegacyEncodingAreKeptOnSave(FxRobot robot) throws Exception {
    Path mixed = dir.resolve("mixed.txt");
    Files.write(mixed, "One.\r\nTwo.\nThree.\r\n".getBytes(StandardCharsets.UTF_8));
    openAndWait(mixed);
    fx(() -> {
      desk.area().insertText(desk.area().getText().indexOf("Two.") + 3, " and a half");
      return null;
    });
    shortcut(robot, KeyCode.S);
    waitUntil(() -> !desk.session().isModified());
    assertThat(Files.readAllBytes(mixed)).isEqualTo("One.\r\nTwo and a half.\nThree.\r\n".getBytes(StandardCharsets.UTF_8));

    Path legacy = dir.resolve("legacy.txt");
    Files.write(legacy, "Caf\u00e9 au lait.\r\n".getBytes(CP1252));
    openAndWait(legacy);
    fx(() -> {
      desk.area().insertText(0, "\u00c0 la carte: ");
      return null;
    });
    shortcut(robot, KeyCode.S);
    waitUntil(() -> !desk.session().isModified());
    assertThat(Files.readAllBytes(legacy)).isEqualTo("\u00c0 la carte: Caf\u00e9 au lait.\r\n".getBytes(CP1252));
  }

  static byte[] replaceEntry(byte[] zip, String name, String content) throws Exception {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bo)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(e.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
        out.closeEntry();
      }
    }
    return bo.toByteArray();
  }
}
