package com.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.ui.recovery.Autosaver;
import com.copydesk.ui.recovery.RecoveryCopy;
import com.copydesk.ui.recovery.RecoveryStore;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import com.copydesk.settings.UserSettings;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose a word, for real: the desk runs in its own JVM ({@link ScriptedDesk} starts the real
 * {@link DeskApp}), an edit is typed, the autosave is awaited, the JVM is killed with SIGKILL, and a
 * second desk offers the draft back with the edit intact, restores it over the untouched original
 * and saves it in the file's own line breaks. Every wait is bounded.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class DeskCrashRecoveryTest {
  static final String ORIGINAL = "The harbour reopens on Monday.\r\nFerries will run every hour.\r\n";
  static final String TYPED = " Extra words typed before the crash.";
  static final int WAIT_SECONDS = 180;

  @TempDir
  Path dir;

  @Test
  void aKilledDeskOffersTheDraftBackWithTheEditIntact() throws Exception {
    Path article = dir.resolve("article.txt");
    Files.writeString(article, ORIGINAL, StandardCharsets.UTF_8);
    RecoveryStore store = new RecoveryStore(dir.resolve("data").resolve("recovery"));

    // 1. a desk on the article; type; wait for the recovery copy; kill -9
    Process first = desk("first", article, "type " + TYPED, "hold");
    RecoveryCopy copy;
    try {
      copy = waitForCopy(store, first, "first");
      assertThat(first.isAlive()).isTrue();
    } finally {
      first.destroyForcibly();
      assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("killed").isTrue();
    }
    assertThat(first.exitValue()).as("SIGKILL, not a clean exit").isEqualTo(137);
    String expected = ORIGINAL.replace("\r\n", "\n") + TYPED;
    assertThat(copy.text()).isEqualTo(expected);
    assertThat(copy.source()).isEqualTo(article.toAbsolutePath().normalize());
    assertThat(copy.lineBreak()).isEqualTo("\r\n");
    assertThat(copy.format()).isEqualTo("Plain text");
    assertThat(Files.readString(article)).as("the original is untouched").isEqualTo(ORIGINAL);
    assertThat(store.leftBehind()).as("the store offers it now its desk is dead").extracting(RecoveryCopy::id)
        .containsExactly(copy.id());

    // 2. a new desk offers it; Show, Restore, look, Save, quit cleanly
    Process second = desk("second", article, "prompt", "show 0", "restore 0", "text", "file " + article,
        "save", "file " + article, "quit");
    List<String> out;
    try {
      assertThat(second.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("second desk finished: %s", output("second"))
          .isTrue();
      out = scriptLines("second");
    } finally {
      second.destroyForcibly();
    }
    assertThat(out).as(String.join("\n", out)).contains("DONE", "EXITED true");
    assertThat(second.exitValue()).isZero();
    assertThat(out).anySatisfy(l -> assertThat(l).startsWith("PROMPT Copydesk closed without saving a draft"));
    assertThat(out).filteredOn(l -> l.startsWith("OFFER ")).singleElement().asString()
        .startsWith("OFFER article.txt | Original: " + article.toAbsolutePath().normalize())
        .contains("Saved ").contains("words");
    assertThat(out).contains("PREVIEW " + ScriptedDesk.escape(expected));
    assertThat(out).contains("TEXT " + ScriptedDesk.escape(expected));
    assertThat(out).contains("TITLE *article.txt — Copydesk");
    List<String> files = out.stream().filter(l -> l.startsWith("FILE ")).toList();
    assertThat(files).containsExactly(
        "FILE " + ScriptedDesk.escape(ORIGINAL),
        "FILE " + ScriptedDesk.escape(expected.replace("\n", "\r\n")));
    assertThat(store.list()).as("saved and exited cleanly: no copy left").isEmpty();
  }

  @Test
  void aFileNamedOnTheCommandLineThatCannotBeShownGetsADialogAndAnEmptyDraft() throws Exception {
    Path line = dir.resolve("one-line.txt");
    Files.writeString(line, "word ".repeat(1 << 18));
    Process desk = desk("argument", line, "error", "text", "quit");
    try {
      assertThat(desk.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("desk finished: %s", output("argument")).isTrue();
    } finally {
      desk.destroyForcibly();
    }
    List<String> out = scriptLines("argument");
    assertThat(out).as(String.join("\n", out)).contains("DONE", "EXITED true");
    assertThat(out).contains("ERROR The desk cannot show this file. | 'one-line.txt' has a line of 1,310,720 "
        + "characters with no line break; the desk shows lines of up to 20,000 characters, because longer ones "
        + "freeze the window. Check it with 'copydesk check one-line.txt' instead.");
    assertThat(out).contains("TEXT ", "TITLE Untitled — Copydesk");
    assertThat(desk.exitValue()).isZero();
  }

  /**
   * Root reads and writes everything, so as root the desk runs without the capabilities that let
   * root ignore file permissions (setpriv), as the command line's reliability tests do.
   */
  @Test
  void anUnreadableFileAndAReadOnlyFolderGetClearDialogsAndTheDraftIsKept() throws Exception {
    List<String> wrapper = List.of();
    if ("root".equals(System.getProperty("user.name"))) {
      Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")) || Files.isExecutable(Path.of("/bin/setpriv")),
          "setpriv (util-linux) is needed to drop root's file-permission override");
      wrapper = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--");
    }
    Path secret = dir.resolve("private.txt");
    Files.writeString(secret, "Not for your eyes.");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Path draft = Files.writeString(locked.resolve("draft.txt"), ORIGINAL);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    UserSettings settings = UserSettings.load(dir.resolve("config"));
    settings.addRecentFile(draft);
    settings.save();
    try {
      Process desk = desk("locked", wrapper, secret, "error", "recent 0", "type " + TYPED, "save", "error",
          "text", "sleep 1500", "copies", "quit", "answer Discard");
      try {
        assertThat(desk.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("desk finished: %s", output("locked")).isTrue();
      } finally {
        desk.destroyForcibly();
      }
      List<String> out = scriptLines("locked");
      assertThat(out).as(String.join("\n", out)).contains("DONE", "EXITED true");
      assertThat(out).contains("ERROR Copydesk cannot open this file. | Cannot open 'private.txt': permission denied.");
      assertThat(out).contains("ERROR The draft was not saved. | Cannot save 'draft.txt': permission denied in "
          + locked.toAbsolutePath() + ".");
      assertThat(out).contains("TEXT " + ScriptedDesk.escape(ORIGINAL.replace("\r\n", "\n") + TYPED),
          "TITLE *draft.txt — Copydesk");
      assertThat(out).as("autosaved while unsaved").contains("COPIES 1");
      assertThat(Files.readString(draft)).isEqualTo(ORIGINAL);
      assertThat(new RecoveryStore(dir.resolve("data").resolve("recovery")).list())
          .as("Discard and a clean exit remove the copy").isEmpty();
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private RecoveryCopy waitForCopy(RecoveryStore store, Process child, String name) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (System.nanoTime() < end) {
      Optional<RecoveryCopy> c = store.list().stream().filter(r -> r.text().endsWith(TYPED)).findFirst();
      if (c.isPresent()) {
        return c.get();
      }
      if (!child.isAlive()) {
        throw new AssertionError("the desk ended before autosaving: " + output(name));
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no recovery copy after " + WAIT_SECONDS + " s: " + output(name));
  }

  /** Starts the desk on {@code file} in a JVM of its own, headless, with its own folders. */
  private Process desk(String name, Path file, String... script) throws IOException {
    return desk(name, List.of(), file, script);
  }

  private Process desk(String name, List<String> wrapper, Path file, String... script) throws IOException {
    Path scriptFile = dir.resolve(name + ".script");
    Files.write(scriptFile, List.of(script), StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(wrapper);
    cmd.addAll(List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
        "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
        "-Djava.awt.headless=true", "-Dtestfx.headless=true", "-Dfile.encoding=UTF-8",
        "-Djavafx.cachedir=" + System.getProperty("javafx.cachedir", dir.resolve("fx-cache").toString()),
        "-Dcopydesk.config.dir=" + dir.resolve("config"),
        "-Dcopydesk.data.dir=" + dir.resolve("data"),
        "-D" + Autosaver.INTERVAL_PROPERTY + "=0.5",
        "-D" + ScriptedDesk.SCRIPT_PROPERTY + "=" + scriptFile,
        ScriptedDesk.class.getName(), file.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectOutput(dir.resolve(name + ".out").toFile());
    pb.redirectError(dir.resolve(name + ".err").toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    return pb.start();
  }

  private List<String> scriptLines(String name) throws IOException {
    return Files.readAllLines(dir.resolve(name + ".out"), StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("SCRIPT ")).map(l -> l.substring("SCRIPT ".length())).toList();
  }

  private String output(String name) {
    try {
      return "\n--- stdout\n" + Files.readString(dir.resolve(name + ".out")) + "\n--- stderr\n"
          + Files.readString(dir.resolve(name + ".err"));
    } catch (IOException e) {
      return e.toString();
    }
  }
}
