package com.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixCommandTest {
  static final String DRAFT = "Ferry news\r\n\r\nPassengers would recieve refunds, the operator said.\r\n"
      + "This is an useful change for the islanders.\r\n";

  @TempDir
  Path dir;

  Path write(String text) throws Exception {
    Path f = dir.resolve("draft.txt");
    Files.write(f, text.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  @Test
  void fixesTheChosenRuleOnlyAndKeepsLineBreaks() throws Exception {
    Path f = write(DRAFT);
    Path out = dir.resolve("fixed.txt");
    CliRun run = CliRun.of("fix", "--lang", "en-GB", "--rule", "EN_A_VS_AN", "-o", out.toString(), f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.stderr()).contains("applied 1 fix");
    assertThat(Files.readString(out)).isEqualTo(DRAFT.replace("an useful", "a useful"));
    assertThat(Files.readString(f)).isEqualTo(DRAFT);
  }

  @Test
  void fixesACategoryInPlace() throws Exception {
    Path f = write(DRAFT);
    CliRun run = CliRun.of("fix", "--lang", "en-GB", "--category", "spelling", "--in-place", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(Files.readString(f)).isEqualTo(DRAFT.replace("recieve", "receive"));
  }

  @Test
  void withoutAnOutputTheCorrectedCopyGoesToStandardOutput() throws Exception {
    Path f = write(DRAFT);
    CliRun run = CliRun.of("fix", "--lang", "en-GB", "--all", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(DRAFT.replace("recieve", "receive").replace("an useful", "a useful"));
    assertThat(run.stderr()).contains("applied 2 fixes");
  }

  static final String PASTED = "Friday, June 6, 2025\n\nHarbour wall repairs finish early\n\n"
      + "Work on the harbour wall finished two weeks early, the port authority said on Thursday.\n\n"
      + "Advertisement\n\nThe wall was damaged in the February storms.\n\nMost Popular\n\nRecent Comments\n";

  @Test
  void categoryClutterLeavesTheArticleAlone() throws Exception {
    Path f = write(PASTED);
    CliRun run = CliRun.of("fix", "--lang", "en-GB", "--category", "CLUTTER", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("Harbour wall repairs finish early\n\n"
        + "Work on the harbour wall finished two weeks early, the port authority said on Thursday.\n\n"
        + "The wall was damaged in the February storms.\n");
    assertThat(run.stderr()).contains("applied 4 fixes");
  }

  @Test
  void needsExactlyOneSelectionAndOneOutput() throws Exception {
    Path f = write(DRAFT);
    assertThat(CliRun.of("fix", f.toString()).exit()).isEqualTo(2);
    assertThat(CliRun.of("fix", "--all", "--rule", "X", f.toString()).exit()).isEqualTo(2);
    assertThat(CliRun.of("fix", "--all", "-o", "x.txt", "--in-place", f.toString()).exit()).isEqualTo(2);
    CliRun badCategory = CliRun.of("fix", "--category", "WORDS", f.toString());
    assertThat(badCategory.exit()).isEqualTo(2);
    assertThat(badCategory.stderr()).contains("unknown category");
    assertThat(Files.readString(f)).isEqualTo(DRAFT);
  }

  @Test
  void aMissingFileIsAnErrorAndWritesNothing() {
    Path out = dir.resolve("out.txt");
    CliRun run = CliRun.of("fix", "--all", "-o", out.toString(), dir.resolve("nope.txt").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr().strip()).isEqualTo("copydesk: Cannot open 'nope.txt': no such file.");
    assertThat(out).doesNotExist();
  }
}
