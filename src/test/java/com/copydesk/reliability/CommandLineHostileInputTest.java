package com.copydesk.reliability;

import static com.copydesk.reliability.HostileFiles.STORY;
import static com.copydesk.reliability.HostileFiles.text;
import static com.copydesk.reliability.HostileFiles.utf8;
import static com.copydesk.reliability.HostileFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input matrix of docs/reliability.md for the command line: every odd file gets either
 * a correct check or one line on standard error with exit status 2, never a stack trace, and the
 * file is never changed.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CommandLineHostileInputTest {
  @TempDir
  Path dir;

  record Outcome(int exit, String out, String err) {}

  static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** check gives exit 2 and one line; fix --in-place also refuses and the file is untouched. */
  static void assertRefused(Path file, String messagePart) throws Exception {
    byte[] before = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    for (List<String> args : List.of(List.of("check", file.toString()),
        List.of("fix", "--all", "--in-place", file.toString()))) {
      Outcome o = run(args.toArray(String[]::new));
      assertThat(o.exit()).as(args.toString()).isEqualTo(2);
      assertThat(o.err().strip()).as(args.toString()).startsWith("copydesk: ").contains(messagePart)
          .doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }
    if (before != null) {
      assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
  }

  @Test
  void emptyAndBlankFilesHaveNoIssues() throws Exception {
    for (String content : List.of("", "   \n\n\t  \r\n")) {
      Path f = write(dir, "blank.txt", utf8(content));
      Outcome o = run("check", f.toString());
      assertThat(o.exit()).isZero();
      assertThat(o.out()).contains("No issues in 1 file.");
      assertThat(run("fix", "--all", "--in-place", f.toString()).exit()).isZero();
      assertThat(Files.readString(f)).isEqualTo(content);
    }
  }

  @Test
  void binaryDataIsNotATextDocument() throws Exception {
    assertRefused(write(dir, "photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}),
        "not a text document");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarningAndSavedThatWay() throws Exception {
    String draft = "The café’s owner said teh fire was “small”.\n";
    byte[] legacy = text(draft, com.copydesk.formats.TextEncoding.WINDOWS_1252);
    Path f = write(dir, "legacy.txt", legacy);
    Outcome check = run("check", "--format", "json", f.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.err()).contains("warning").contains("Windows-1252");
    assertThat(run("fix", "--category", "SPELLING", "--in-place", f.toString()).exit()).isZero();
    assertThat(Files.readAllBytes(f)).isEqualTo(text(draft.replace("teh", "the"),
        com.copydesk.formats.TextEncoding.WINDOWS_1252));
  }

  @Test
  void utf16WithEitherBomKeepsItsBomAndOffsetsCountCharacters() throws Exception {
    String draft = "Ferry news 😀\r\nThe crew would recieve medals.\r\n";
    byte[][] files = {
        text(draft, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE),
        text(draft, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF)};
    for (byte[] bytes : files) {
      Path f = write(dir, "utf16.txt", bytes);
      Outcome o = run("check", "--format", "json", f.toString());
      int expected = draft.codePointCount(0, draft.indexOf("recieve"));
      assertThat(o.out()).contains("\"offset\":" + expected + ",\"length\":7");
      assertThat(run("fix", "--category", "SPELLING", "--in-place", f.toString()).exit()).isZero();
      byte[] after = Files.readAllBytes(f);
      assertThat(after).startsWith(bytes[0], bytes[1]);
      assertThat(after.length).isEqualTo(bytes.length);
    }
  }

  @Test
  void mixedLineBreaksAreKeptAsFound() throws Exception {
    String draft = "Harbour news\r\nThe crew would recieve medals.\nIt was a long night.\r\n";
    Path f = write(dir, "mixed.txt", utf8(draft));
    assertThat(run("fix", "--category", "SPELLING", "--in-place", f.toString()).exit()).isZero();
    assertThat(Files.readString(f)).isEqualTo(draft.replace("recieve", "receive"));
  }

  @Test
  void aTwentyMegabyteFileIsCheckedWithinBoundedMemory() throws Exception {
    String paragraph = "Volunteers repainted the harbour railings before the regatta.\n\n";
    Path f = dir.resolve("huge.txt");
    Files.writeString(f, paragraph.repeat(20 * 1024 * 1024 / paragraph.length()));
    assertThat(Files.size(f)).isGreaterThan(20_000_000);
    Outcome o = run("check", "--lang", "en-GB", f.toString());
    assertThat(o.exit()).as(o.err()).isZero();
  }

  @Test
  void aOneMegabyteLineWithoutBreaksIsCheckedInPieces() throws Exception {
    String sentence = "Gulls circled the quay while the ferry waited. ";
    Path f = dir.resolve("oneline.txt");
    Files.writeString(f, sentence.repeat(1_048_576 / sentence.length()));
    Outcome o = run("check", f.toString());
    assertThat(o.exit()).as(o.err()).isIn(0, 1);
  }

  @Test
  void foldersMissingFilesAndLoopingLinksAreRefused() throws Exception {
    assertRefused(Files.createDirectory(dir.resolve("drafts")), "it is a folder");
    assertRefused(dir.resolve("gone.txt"), "no such file");
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    assertRefused(a, "loop");
  }

  @Test
  void aCorruptAZipBombAndAMislabelledWordFileAreRefused() throws Exception {
    byte[] corrupt = HostileFiles.docx(STORY);
    assertRefused(write(dir, "cut.docx", java.util.Arrays.copyOf(corrupt, corrupt.length / 2)), "cut.docx");
    assertRefused(write(dir, "bomb.docx", HostileFiles.zipBomb()), "zip bomb");
    assertRefused(write(dir, "story.txt", HostileFiles.docx(STORY)), "rename it to .docx");
  }

  @Test
  void externalEntitiesAreNeitherReadNorFetched() throws Exception {
    Path secret = write(dir, "secret.txt", utf8("TOP SECRET"));
    try (ServerSocket server = new ServerSocket(0)) {
      server.setSoTimeout(200);
      Path f = write(dir, "xxe.docx", HostileFiles.docxWithExternalEntity(secret, server.getLocalPort()));
      Outcome o = run("check", "--format", "json", f.toString());
      assertThat(o.out()).doesNotContain("TOP SECRET");
      assertThat(o.exit()).isEqualTo(2);
      assertThat(o.err().strip()).startsWith("copydesk: ").doesNotContain("\n");
      org.junit.jupiter.api.Assertions.assertThrows(java.net.SocketTimeoutException.class, server::accept,
          "nothing may connect to the entity's web address");
    }
  }
}
