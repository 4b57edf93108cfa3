import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Writes the application class-data sharing (AppCDS) archive of a jpackage app image.
 *
 * <pre>
 *   java packaging/CdsArchive.java APP_IMAGE NAME TRAINING_ARG...
 *   java packaging/CdsArchive.java target/dist/Copydesk Copydesk check --format json sample.txt
 * </pre>
 *
 * It reads the launcher's own configuration ({@code lib/app/NAME.cfg}), and runs the image's own
 * Java runtime with exactly the launcher's class path and Java options, except that
 * {@code -XX:SharedArchiveFile=FILE} becomes {@code -XX:ArchiveClassesAtExit=FILE}: the training
 * run (the command line's arguments, e.g. a {@code check}) writes FILE when it exits. The JVM
 * accepts the archive later only with the same runtime and the same class path, jar for jar (path,
 * size and time stamp), which is why it is written from the finished image. Then it starts the
 * launcher once with {@code -Xshare:on} (which refuses to start on an archive it cannot use) to
 * prove the archive fits.
 *
 * <p>Run by {@code mvn -Ppackage package}; Java 17, no dependencies (a single-file program).
 */
public final class CdsArchive {
  private CdsArchive() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java CdsArchive.java APP_IMAGE NAME TRAINING_ARG...");
      System.exit(2);
    }
    Path image = Path.of(args[0]).toRealPath();
    String name = args[1];
    List<String> training = List.of(args).subList(2, args.length);
    Layout layout = Layout.of(image, name);

    Launcher cfg = Launcher.read(layout, image);
    Path archive = cfg.archive();
    if (archive == null) {
      System.err.println("CdsArchive: " + layout.cfg + " has no -XX:SharedArchiveFile option");
      System.exit(2);
    }
    Files.deleteIfExists(archive);

    List<String> cmd = new ArrayList<>();
    cmd.add(layout.java.toString());
    for (String option : cfg.javaOptions) {
      cmd.add(option.startsWith("-XX:SharedArchiveFile=")
          ? "-XX:ArchiveClassesAtExit=" + archive : option);
    }
    cmd.add("-cp");
    cmd.add(String.join(File.pathSeparator, cfg.classPath));
    cmd.add(cfg.mainClass);
    cmd.addAll(training);

    Path log = archive.resolveSibling(archive.getFileName() + ".log");
    System.out.println("CdsArchive: training run " + String.join(" ", training) + " (output: "
        + image.relativize(log) + " while it runs)");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("training run did not finish in 15 minutes", log);
    }
    int rc = p.exitValue();
    // the command line's own statuses: 0 no issues, 1 issues found; 2 is an error
    if (rc != 0 && rc != 1) {
      fail("training run exited with status " + rc, log);
    }
    if (!Files.isRegularFile(archive)) {
      fail("training run wrote no archive", log);
    }
    Files.delete(log);
    System.out.printf(Locale.ROOT, "CdsArchive: %s, %.1f MB, in %.1f s%n", image.relativize(archive),
        Files.size(archive) / 1e6, (System.nanoTime() - start) / 1e9);

    // The proof: -Xshare:on makes the JVM refuse to start when it cannot map an archive.
    ProcessBuilder pb = new ProcessBuilder(layout.launcher.toString(), "--version")
        .redirectErrorStream(true);
    pb.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:on");
    Process on = pb.start();
    on.getOutputStream().close();
    String out = new String(on.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (on.waitFor() != 0) {
      System.err.print(out);
      System.err.println("CdsArchive: the launcher cannot use " + archive + " (see above)");
      System.exit(1);
    }
    System.out.println("CdsArchive: the launcher maps it (-Xshare:on): "
        + out.lines().filter(l -> !l.startsWith("Picked up")).findFirst().orElse(""));
  }

  private static void fail(String why, Path log) throws IOException {
    System.err.println("CdsArchive: " + why + "; its output:");
    if (Files.exists(log)) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
    }
    System.exit(1);
  }

  /** Where jpackage puts the launcher, its configuration and the runtime, per system. */
  private record Layout(Path launcher, Path cfg, Path appDir, Path java) {
    static Layout of(Path image, String name) {
      String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
      if (os.contains("win")) {
        Path app = image.resolve("app");
        return new Layout(image.resolve(name + ".exe"), app.resolve(name + ".cfg"), app,
            image.resolve("runtime/bin/java.exe"));
      }
      if (os.contains("mac")) {
        Path app = image.resolve("Contents/app");
        return new Layout(image.resolve("Contents/MacOS/" + name), app.resolve(name + ".cfg"), app,
            image.resolve("Contents/runtime/Contents/Home/bin/java"));
      }
      Path app = image.resolve("lib/app");
      return new Layout(image.resolve("bin/" + name), app.resolve(name + ".cfg"), app,
          image.resolve("lib/runtime/bin/java"));
    }
  }

  /** The parts of the launcher's .cfg file that decide what the JVM sees. */
  private record Launcher(String mainClass, List<String> classPath, List<String> javaOptions) {
    static Launcher read(Layout layout, Path image) throws IOException {
      Path cfg = layout.cfg;
      String mainClass = null;
      List<String> classPath = new ArrayList<>();
      List<String> options = new ArrayList<>();
      for (String line : Files.readAllLines(cfg, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String key = line.substring(0, eq).trim();
        String value = line.substring(eq + 1)
            .replace("$APPDIR", layout.appDir.toString())
            .replace("$ROOTDIR", image.toString())
            .replace("$BINDIR", layout.launcher.getParent().toString());
        switch (key) {
          case "app.mainclass" -> mainClass = value;
          case "app.classpath" -> classPath.add(value);
          case "java-options" -> options.add(value);
          default -> { }
        }
      }
      if (mainClass == null || classPath.isEmpty()) {
        throw new IOException(cfg + ": no app.mainclass or app.classpath");
      }
      return new Launcher(mainClass, classPath, options);
    }

    Path archive() {
      for (String o : javaOptions) {
        if (o.startsWith("-XX:SharedArchiveFile=")) {
          return Path.of(o.substring("-XX:SharedArchiveFile=".length()));
        }
      }
      return null;
    }
  }
}
