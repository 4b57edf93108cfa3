package com.copydesk.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of this build in its own JVM, optionally behind a wrapper command. */
final class ChildJava {
  private ChildJava() {}

  record Result(int exit, String out, String err) {}

  static List<String> command(List<String> wrapper, String mainClass, String... args) {
    return command(wrapper, List.of("-Dcopydesk.data.dir=" + System.getProperty("copydesk.data.dir", "target/test-data")),
        mainClass, args);
  }

  /** With {@code options} (data folder included) before the main class. */
  static List<String> command(List<String> wrapper, List<String> options, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>(wrapper);
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-Dcopydesk.config.dir=" + System.getProperty("copydesk.config.dir", "target/test-config"));
    cmd.addAll(options);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    return cmd;
  }

  static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
    Path out = Files.createTempFile("child-out", ".txt");
    Path err = Files.createTempFile("child-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("child did not finish in " + timeoutSeconds + " s: " + command);
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }
}
