package com.copydesk.measure.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command in its own process and measures it: wall time and peak resident memory (Linux
 * {@code VmHWM}, read from /proc while the process runs; 0 where /proc is missing). Output is
 * discarded.
 */
final class ChildRun {
  private ChildRun() {}

  record Result(long millis, long peakRssKb, int exit) {
    double seconds() {
      return millis / 1000.0;
    }
  }

  /** {@code java -Xmx<heap> -cp <our classpath> mainClass args…} */
  static Result java(String heap, String mainClass, List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBinary());
    cmd.add("-Xmx" + heap);
    cmd.add("-Dcopydesk.config.dir=" + System.getProperty("java.io.tmpdir") + File.separator + "copydesk-bench-config");
    cmd.add("-cp");
    cmd.add(classPath(mainClass));
    cmd.add(mainClass);
    cmd.addAll(args);
    return run(cmd);
  }

  /**
   * Our class path; for LanguageTool's command line also its jar, which the product jar's manifest leaves
   * out (it puts a folder on the class path, which class-data sharing refuses) and the build copies to lib/.
   */
  static String classPath(String mainClass) {
    String ours = System.getProperty("java.class.path");
    if (!mainClass.startsWith("org.languagetool.commandline.")) {
      return ours;
    }
    for (String entry : ours.split(File.pathSeparator)) {
      Path lib = Path.of(entry).toAbsolutePath().resolveSibling("lib");
      if (entry.endsWith(".jar") && Files.isDirectory(lib)) {
        try (java.nio.file.DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "languagetool-commandline-*.jar")) {
          for (Path jar : jars) {
            return ours + File.pathSeparator + jar;
          }
        } catch (IOException e) {
          // fall through: the command line may be on our class path already (a build's test run)
        }
      }
    }
    return ours;
  }

  static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process p = pb.start();
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    long peak = 0;
    while (p.isAlive()) {
      peak = Math.max(peak, readHighWaterMark(status));
      p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Result(millis, peak, p.exitValue());
  }

  private static long readHighWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process just ended, or this is not Linux
    }
    return 0;
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
