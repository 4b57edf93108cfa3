package com.copydesk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar copydesk.jar} end to end, in real processes: a jar made here as the build makes
 * target/copydesk.jar (the launcher's classes and options inside, the rest of Copydesk and its libraries
 * through the manifest's Class-Path), started as a user starts it.
 */
class JarLauncherProcessTest {
  private static final Pattern TIERED = Pattern.compile("TieredStopAtLevel\\s+=\\s+(\\d+)");

  @TempDir
  Path dir;

  @Test
  void javaDashJarRunsCopydeskOnceInASecondJavaWithTheLaunchersOptions() throws Exception {
    Path jar = jar(dir.resolve("build"), launcherOptions());
    Files.writeString(jar.resolveSibling(JarLauncher.ARCHIVE), "not a class-data archive"); // damaged: passed over

    // -XX:+PrintFlagsFinal is passed on, so every Java process in the chain prints its compiler setting
    Run run = run(jar, List.of("-XX:+PrintFlagsFinal"), "--version");

    assertThat(run.status).as(run.err).isZero();
    assertThat(run.tieredStopAtLevels()).as("this process, then one second process with the quick JIT, no third")
        .containsExactly(4, 1);
    assertThat(run.out.lines().filter(l -> l.startsWith("Copydesk "))).hasSize(1);
  }

  @Test
  void theSecondProcesssExitStatusAndErrorLineComeBack() throws Exception {
    Path jar = jar(dir.resolve("build"), launcherOptions());
    Path missing = dir.resolve("no-such-draft.txt");

    Run relaunched = run(jar, List.of(), "check", missing.toString());
    Run inProcess = run(jar, List.of("-Dcopydesk.relaunch=false"), "check", missing.toString());

    assertThat(relaunched.status).isNotZero().isEqualTo(inProcess.status);
    assertThat(relaunched.err).contains("no-such-draft.txt").isEqualTo(inProcess.err);
    assertThat(relaunched.out).isEqualTo(inProcess.out);
  }

  @Test
  void whenJavaRefusesTheLaunchersOptionsCopydeskRunsInTheFirstProcess() throws Exception {
    // as on a Java that no longer knows one of the launcher's options
    Path jar = jar(dir.resolve("build"), "--java-options -XX:+CopydeskNoSuchJavaOption\n");

    Run run = run(jar, List.of(), "--version");

    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out.lines().filter(l -> l.startsWith("Copydesk "))).hasSize(1);
    assertThat(run.err).contains("CopydeskNoSuchJavaOption").contains("running in this one");
  }

  private record Run(int status, String out, String err) {
    List<Integer> tieredStopAtLevels() {
      List<Integer> levels = new ArrayList<>();
      Matcher m = TIERED.matcher(out);
      while (m.find()) {
        levels.add(Integer.parseInt(m.group(1)));
      }
      return levels;
    }
  }

  private Run run(Path jar, List<String> javaOptions, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Dcopydesk.config.dir=" + dir.resolve("config"));
    cmd.add("-Dcopydesk.data.dir=" + dir.resolve("data"));
    cmd.addAll(javaOptions);
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("java -jar did not finish in 3 minutes: " + cmd);
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static String launcherOptions() throws IOException {
    return Files.readString(Path.of("jpackage.cfg"));
  }

  /** {@code folder/copydesk.jar}: Main and the launcher, with {@code options} as its jpackage.cfg. */
  private static Path jar(Path folder, String options) throws IOException, URISyntaxException {
    Files.createDirectories(folder);
    Path classes = Path.of(JarLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, JarLauncher.MAIN);
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath());
    Path jar = folder.resolve("copydesk.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      add(out, "com/copydesk/Main.class", Files.readAllBytes(classes.resolve("com/copydesk/Main.class")));
      try (var launch = Files.list(classes.resolve("com/copydesk/launch"))) {
        for (Path c : launch.filter(f -> f.toString().endsWith(".class")).toList()) {
          add(out, "com/copydesk/launch/" + c.getFileName(), Files.readAllBytes(c));
        }
      }
      add(out, "com/copydesk/launch/jpackage.cfg", options.getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  /** The test's class path as the manifest's Class-Path (absolute URLs), as copydesk.jar names lib/. */
  private static String classPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return List.of(path.split(File.pathSeparator)).stream()
        .filter(p -> !p.isBlank())
        .map(p -> Path.of(p).toUri().toString())
        .collect(Collectors.joining(" "));
  }

  private static void add(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new JarEntry(name));
    OutputStream o = out;
    o.write(bytes);
    out.closeEntry();
  }
}
