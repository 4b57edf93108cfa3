package com.copydesk.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar copydesk.jar …} the way the installed launcher runs Copydesk: in a second Java
 * process with the launcher's Java options (those of {@code jpackage.cfg}, carried in the jar: the quick
 * JIT compiler, the serial collector, a 1 GB heap, …) and, when the build wrote one beside the jar, the
 * class-data archive {@code copydesk.jsa} (classes mapped instead of read, parsed and verified from 120
 * jars). This first process only starts the second, hands it the terminal, and passes on its exit status.
 * Java options given on the command line ({@code java -Xmx3g -jar …}) come after the launcher's and win; a
 * collector or {@code -Xshare:} given there replaces the launcher's.
 *
 * <p>Not done when the process was not started with {@code -jar} on this jar (tests, {@code copydesk bench}'s
 * child processes, the installed launcher), in the second process itself (which is told so by a system
 * property), or with {@code -Dcopydesk.relaunch=false}. If the second process cannot be started, or ends
 * before it reaches Copydesk's code (Java refused an option, could not reserve the heap), Copydesk runs in
 * this one.
 * {@code -Dcopydesk.cds.train=true} writes the archive instead of reading it (the build's training run).
 */
public final class JarLauncher {
  static final String RELAUNCHED = "copydesk.relaunched";
  /** When the first process started (milliseconds since the epoch), for start-up figures that count it. */
  public static final String STARTED = "copydesk.launch.started";
  static final String SWITCH = "copydesk.relaunch";
  static final String TRAIN = "copydesk.cds.train";
  static final String ARCHIVE = "copydesk.jsa";
  static final String MAIN = "com.copydesk.Main";
  private static final String OPTIONS = "jpackage.cfg";
  /** About 40,000 words of plain text. */
  static final long LONG_INPUT = 256 * 1024;

  private JarLauncher() {}

  /** The second process's exit status, or empty when Copydesk is to run in this process. */
  public static OptionalInt run(String[] args) {
    String relaunched = System.getProperty(RELAUNCHED);
    if (relaunched != null) {
      reachedCopydesk(relaunched);
      return OptionalInt.empty();
    }
    if ("false".equals(System.getProperty(SWITCH)) || System.getProperty("jpackage.app-path") != null) {
      return OptionalInt.empty();
    }
    Optional<Path> jar = thisJar();
    Optional<List<String>> given = jar.flatMap(JarLauncher::javaOptionsBeforeJar);
    if (given.isEmpty()) {
      return OptionalInt.empty();
    }
    boolean training = Boolean.getBoolean(TRAIN);
    Path archive = jar.get().resolveSibling(ARCHIVE);
    Path written = jar.get().resolveSibling(ARCHIVE + ".tmp");
    Path marker;
    List<String> cmd;
    try {
      marker = Files.createTempFile("copydesk-launch-", ".pending");
      List<String> launcher = yieldTo(given.get(), forWorkload(launcherOptions(), List.of(args)));
      List<String> sharing = given.get().stream().anyMatch(o -> o.startsWith("-Xshare:"))
          ? List.of() : archiveOption(training, archive, written);
      cmd = command(javaBinary(), jar.get(), launcher, sharing, given.get(), marker, List.of(args));
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(cmd).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      deleteQuietly(marker);
      return OptionalInt.empty();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "copydesk-launcher-stop"));
    int status = waitFor(child);
    if (Files.exists(marker)) {
      // the second Java never reached Copydesk (it refused an option, could not reserve its heap, …)
      deleteQuietly(marker);
      if (!training) {
        System.err.println("copydesk: the second Java process did not start (status " + status
            + "); running in this one (-D" + SWITCH + "=false skips that step)");
        return OptionalInt.empty();
      }
    }
    if (training) {
      return OptionalInt.of(keepArchive(written, archive, status) ? 0 : 2);
    }
    return OptionalInt.of(status);
  }

  /** In the second process: tells the first one that Copydesk started (its marker file goes). */
  private static void reachedCopydesk(String marker) {
    if (!marker.isBlank() && !"true".equals(marker)) {
      deleteQuietly(Path.of(marker));
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      // a leftover empty file in the temporary folder
    }
  }

  /**
   * The launcher's options less those the options given on the command line replace: a collector chosen there
   * ({@code java -XX:+UseG1GC -jar …}) replaces the launcher's, since Java refuses to start with two.
   */
  static List<String> yieldTo(List<String> given, List<String> launcher) {
    boolean collectorGiven = given.stream().anyMatch(JarLauncher::choosesCollector);
    return collectorGiven ? launcher.stream().filter(o -> !choosesCollector(o)).toList() : launcher;
  }

  private static boolean choosesCollector(String option) {
    return option.startsWith("-XX:+Use") && option.endsWith("GC");
  }

  /**
   * {@code java <launcher options> <archive> <given options> -Dcopydesk.relaunched=MARKER -cp JAR Main ARGS}; the
   * second process deletes the marker file once it runs Copydesk's code.
   */
  static List<String> command(String java, Path jar, List<String> launcherOptions, List<String> archive,
      List<String> given, Path marker, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(launcherOptions);
    cmd.addAll(archive);
    cmd.addAll(given);
    cmd.add("-D" + RELAUNCHED + "=" + marker);
    ProcessHandle.current().info().startInstant()
        .ifPresent(t -> cmd.add("-D" + STARTED + "=" + t.toEpochMilli()));
    cmd.add("-cp");
    cmd.add(jar.toString());
    cmd.add(MAIN);
    cmd.addAll(args);
    return cmd;
  }

  /** The Java options of the installed launcher ({@code --java-options} in jpackage.cfg), but its archive's. */
  static List<String> launcherOptions() throws IOException {
    InputStream in = JarLauncher.class.getResourceAsStream(OPTIONS);
    if (in == null) {
      throw new IOException(OPTIONS + " is not in the jar");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parseOptions(r.lines().toList());
    }
  }

  static List<String> parseOptions(List<String> lines) {
    List<String> options = new ArrayList<>();
    for (String line : lines) {
      String l = line.strip();
      if (!l.startsWith("--java-options ")) {
        continue;
      }
      String value = l.substring("--java-options ".length()).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      if (!value.contains("$APPDIR")) {
        options.add(value);
      }
    }
    return options;
  }

  /**
   * The launcher's options suit the desk and everyday checks, where a quick start is all. A check or fix of
   * more than {@link #LONG_INPUT} bytes (a long report, a book chapter) runs for minutes, and there Java's
   * optimizing compiler pays for its start-up cost and a default-sized young generation saves collector
   * work: those two options are left out (docs/performance.md, "Long checks").
   */
  static List<String> forWorkload(List<String> options, List<String> args) {
    if (args.isEmpty() || !List.of("check", "fix").contains(args.get(0))) {
      return options;
    }
    long bytes = 0;
    for (String arg : args.subList(1, args.size())) {
      try {
        Path p = Path.of(arg);
        if (!arg.startsWith("-") && Files.isRegularFile(p)) {
          bytes += Files.size(p);
        }
      } catch (IOException | RuntimeException e) {
        // not a file: an option's value
      }
    }
    if (bytes <= LONG_INPUT) {
      return options;
    }
    return options.stream().filter(o -> !o.startsWith("-XX:TieredStopAtLevel=") && !o.startsWith("-Xmn")).toList();
  }

  private static List<String> archiveOption(boolean training, Path archive, Path written) throws IOException {
    if (training) {
      Files.deleteIfExists(written);
      return List.of("-XX:ArchiveClassesAtExit=" + written);
    }
    return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
  }

  /** After a training run: the archive it wrote goes into place if the run went well (0 or 1: checked). */
  private static boolean keepArchive(Path written, Path archive, int status) {
    try {
      if ((status == 0 || status == 1) && Files.isRegularFile(written)) {
        Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("copydesk: wrote the class-data archive " + archive);
        return true;
      }
      Files.deleteIfExists(written);
      System.err.println("copydesk: the training run wrote no class-data archive (status " + status + ")");
    } catch (IOException e) {
      System.err.println("copydesk: could not keep the class-data archive: " + e.getMessage());
    }
    return false;
  }

  /** The jar this class was loaded from, if it was loaded from a jar. */
  private static Optional<Path> thisJar() {
    try {
      CodeSource source = JarLauncher.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path p = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p.toRealPath()) : Optional.empty();
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The Java options this process was started with, when it was started as {@code java [OPTIONS] -jar JAR}
   * on {@code jar}; empty otherwise.
   */
  private static Optional<List<String>> javaOptionsBeforeJar(Path jar) {
    Optional<String[]> all = ProcessHandle.current().info().arguments();
    if (all.isPresent()) {
      return optionsBeforeJar(Arrays.asList(all.get()), jar);
    }
    String command = System.getProperty("sun.java.command", "");
    String first = command.split(" ", 2)[0];
    if (first.endsWith(".jar") && sameFile(first, jar)) {
      return Optional.of(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
    return Optional.empty();
  }

  static Optional<List<String>> optionsBeforeJar(List<String> arguments, Path jar) {
    int at = arguments.indexOf("-jar");
    if (at < 0 || at + 1 >= arguments.size() || !sameFile(arguments.get(at + 1), jar)) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(arguments.subList(0, at)));
  }

  private static boolean sameFile(String path, Path jar) {
    try {
      return Path.of(path).toRealPath().equals(jar);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String javaBinary() {
    String exe = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") ? "java.exe" : "java";
    return Path.of(System.getProperty("java.home"), "bin", exe).toString();
  }

  private static int waitFor(Process child) {
    while (true) {
      try {
        return child.waitFor();
      } catch (InterruptedException e) {
        stop(child);
      }
    }
  }

  /** The first process is ending (Ctrl+C, a kill): the second ends too, with its own shutdown. */
  private static void stop(Process child) {
    if (child.isAlive()) {
      child.destroy();
      try {
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
      } catch (InterruptedException e) {
        child.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
