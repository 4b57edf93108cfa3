package com.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.server.TestServer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --server} and {@code fix --server}: a Copydesk server gives the same issues as this machine. */
class ServerOptionCliTest {
  @TempDir
  Path dir;

  Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static String server() {
    return TestServer.uri().toString();
  }

  @Test
  void checkOnAServerReportsExactlyWhatCheckingHereReports() throws Exception {
    Path txt = write("draft.txt", "Harbour news \uD83D\uDE00\uD83C\uDF89\n\n"
        + "The ferry operator \uD83D\uDEA2 could reluctant to say when passengers would recieve refunds.\r\n"
        + "\u201CIt has been a hard winter, said the skipper.\n\u201CNobody saw it coming.\u201D\n");
    Path md = write("draft.md", "# Ferry news\n\nThe operator *could* reluctant to share the `timetable` with\n"
        + "passengers, the [harbour master](https://example.com/hm) said.\nIt Were a long wait.\n");
    for (Path f : new Path[] {txt, md}) {
      CliRun here = CliRun.of("check", "--format", "json", f.toString());
      CliRun there = CliRun.of("check", "--format", "json", "--server", server(), f.toString());
      assertThat(there.stderr()).isEmpty();
      assertThat(there.exit()).isEqualTo(here.exit()).isEqualTo(1);
      assertThat(there.out()).isEqualTo(here.out()).contains("AUX_MODAL_BE");
    }
  }

  @Test
  void fixOnAServerWritesTheSameCorrectedCopy() throws Exception {
    Path f = write("draft.txt", "Fares will not raised this year. \uD83D\uDE00 Officials expect the trains to crowded.\n");
    CliRun here = CliRun.of("fix", "--rule", "AUX_MODAL_BE,AUX_TO_BE", f.toString());
    CliRun there = CliRun.of("fix", "--rule", "AUX_MODAL_BE,AUX_TO_BE", "--server", server() + "/", f.toString());
    assertThat(there.exit()).isEqualTo(0);
    assertThat(there.out()).isEqualTo(here.out())
        .isEqualTo("Fares will not be raised this year. \uD83D\uDE00 Officials expect the trains to be crowded.\n");
  }

  @Test
  void aServerThatCannotBeReachedIsAOneLineErrorAndTheFileIsLeftAlone() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path f = write("draft.txt", "Fares will not raised this year.\n");
    CliRun check = CliRun.of("check", "--lang", "en-GB", "--server", "http://127.0.0.1:" + port, f.toString());
    assertThat(check.exit()).isEqualTo(2);
    assertThat(check.stderr().strip()).startsWith("copydesk: cannot reach the Copydesk server at http://127.0.0.1:" + port)
        .doesNotContain("\n");
    CliRun fix = CliRun.of("fix", "--all", "--in-place", "--server", "http://127.0.0.1:" + port, f.toString());
    assertThat(fix.exit()).isEqualTo(2);
    assertThat(Files.readString(f)).isEqualTo("Fares will not raised this year.\n");

    CliRun bad = CliRun.of("check", "--server", "ftp://example", f.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.stderr()).contains("is not a server address");
  }
}
