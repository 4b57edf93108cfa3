package com.copydesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs a child process with networking unavailable (a network namespace of its own, where one can
 * be made) under strace, recording every connect() it makes, and reads back the internet ones.
 */
public final class NetworkWatch {
  private final Path log;

  public NetworkWatch(Path log) {
    this.log = log;
  }

  /** The command prefix to put before the child's own command. */
  public List<String> wrapper() {
    assumeTrue(onPath("strace"), "strace is needed to watch for connections (.ci/run installs it)");
    List<String> cmd = new ArrayList<>();
    if (canUnshareNetwork()) {
      cmd.addAll(List.of("unshare", "--net"));
    }
    cmd.addAll(List.of("strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=connect", "-o", log.toString()));
    return cmd;
  }

  /** The IPv4/IPv6 connect() calls the child made. */
  public List<String> internetConnections() throws IOException {
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains("connect(") && l.contains("AF_INET"))
        .collect(Collectors.toList());
  }

  /** A network namespace of its own needs root (or user namespaces); where it works, use it. */
  static boolean canUnshareNetwork() {
    if (!onPath("unshare")) {
      return false;
    }
    try {
      Process p = new ProcessBuilder("unshare", "--net", "true").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }
}
