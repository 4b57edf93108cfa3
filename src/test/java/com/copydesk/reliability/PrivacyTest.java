package com.copydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is sent anywhere: the command line checks and fixes a draft with networking unavailable
 * (a network namespace of its own, as root) while strace records every connect() it makes; not
 * one may be an internet (IPv4/IPv6) connection. A second test shows the watch does catch one.
 */
class PrivacyTest {
  @TempDir
  Path dir;

  static List<String> watched(Path log) {
    assumeTrue(ChildJava.onPath("strace"), "strace is needed to watch for connections (.ci/run installs it)");
    List<String> wrapper = new ArrayList<>();
    if (canUnshareNetwork()) {
      wrapper.addAll(List.of("unshare", "--net"));
    }
    wrapper.addAll(List.of("strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=connect", "-o", log.toString()));
    return wrapper;
  }

  /** A network namespace of its own needs root (or user namespaces); where it works, use it. */
  static boolean canUnshareNetwork() {
    if (!ChildJava.onPath("unshare")) {
      return false;
    }
    try {
      Process p = new ProcessBuilder("unshare", "--net", "true").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  static List<String> internetConnections(Path log) throws Exception {
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains("connect(") && (l.contains("AF_INET") || l.contains("AF_INET6")))
        .collect(Collectors.toList());
  }

  @Test
  void checkingAndFixingMakeNoNetworkConnection() throws Exception {
    Path draft = dir.resolve("draft.txt");
    Files.writeString(draft, "The harbour master said the ferrys would recieve new radios.\n");
    Path log = dir.resolve("connect.log");
    ChildJava.Result check = ChildJava.run(ChildJava.command(watched(log), "com.copydesk.Main",
        "check", "--format", "json", draft.toString()), 600);
    assertThat(check.exit()).as(check.err()).isEqualTo(1);
    assertThat(check.out()).contains("recieve");
    assertThat(internetConnections(log)).as("connections made while checking").isEmpty();

    Path fixed = dir.resolve("fixed.txt");
    ChildJava.Result fix = ChildJava.run(ChildJava.command(watched(log), "com.copydesk.Main",
        "fix", "--all", "-o", fixed.toString(), draft.toString()), 600);
    assertThat(fix.exit()).as(fix.err()).isZero();
    assertThat(internetConnections(log)).as("connections made while fixing").isEmpty();
  }

  @Test
  void theWatchCatchesAConnectionAttempt() throws Exception {
    Path log = dir.resolve("connect.log");
    ChildJava.Result r = ChildJava.run(ChildJava.command(watched(log),
        TriesToConnect.class.getName()), 120);
    assertThat(r.exit()).isZero();
    assertThat(internetConnections(log)).isNotEmpty();
  }
}
