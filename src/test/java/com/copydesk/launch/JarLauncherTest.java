package com.copydesk.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarLauncherTest {
  @TempDir
  Path dir;

  @Test
  void passesOnTheInstalledLaunchersJavaOptionsButItsArchive() throws Exception {
    List<String> options = JarLauncher.launcherOptions();
    assertThat(options).contains("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds*=off:stderr");
    assertThat(options).noneMatch(o -> o.contains("$APPDIR") || o.contains("SharedArchiveFile"));
    assertThat(options).isEqualTo(JarLauncher.parseOptions(Files.readAllLines(Path.of("jpackage.cfg"))));
  }

  @Test
  void readsQuotedOptionsAndSkipsTheRest() {
    assertThat(JarLauncher.parseOptions(List.of("# --java-options -Xmx9g", "--name Copydesk", "  --java-options -Xmx1g",
        "--java-options \"-Dx=a b\"", "--java-options \"-XX:SharedArchiveFile=$APPDIR/copydesk.jsa\"")))
        .containsExactly("-Xmx1g", "-Dx=a b");
  }

  @Test
  void findsTheJavaOptionsGivenBeforeJar() throws Exception {
    Path jar = Files.createFile(dir.resolve("copydesk.jar")).toRealPath();
    Path other = Files.createFile(dir.resolve("other.jar"));
    assertThat(JarLauncher.optionsBeforeJar(List.of("-Xmx3g", "-Dfoo=bar", "-jar", jar.toString(), "check", "a.txt"), jar))
        .contains(List.of("-Xmx3g", "-Dfoo=bar"));
    assertThat(JarLauncher.optionsBeforeJar(List.of("-jar", jar.toString()), jar)).contains(List.of());
    assertThat(JarLauncher.optionsBeforeJar(List.of("-jar", other.toString()), jar)).isEmpty();
    assertThat(JarLauncher.optionsBeforeJar(List.of("-cp", jar.toString(), "com.copydesk.Main"), jar)).isEmpty();
    assertThat(JarLauncher.optionsBeforeJar(List.of("-jar"), jar)).isEmpty();
  }

  @Test
  void theCopyeditorsOwnOptionsComeAfterTheLaunchersSoTheyWin() {
    List<String> cmd = JarLauncher.command("java", Path.of("/opt/cd/copydesk.jar"), List.of("-Xmx1g", "-XX:+UseSerialGC"),
        List.of("-XX:SharedArchiveFile=/opt/cd/copydesk.jsa"), List.of("-Xmx3g"), Path.of("/tmp/m.pending"),
        List.of("check", "a.txt"));
    assertThat(cmd.subList(0, 6)).containsExactly("java", "-Xmx1g", "-XX:+UseSerialGC",
        "-XX:SharedArchiveFile=/opt/cd/copydesk.jsa", "-Xmx3g", "-Dcopydesk.relaunched=/tmp/m.pending");
    assertThat(cmd.subList(cmd.size() - 5, cmd.size()))
        .containsExactly("-cp", "/opt/cd/copydesk.jar", "com.copydesk.Main", "check", "a.txt");
  }

  @Test
  void aCollectorGivenOnTheCommandLineReplacesTheLaunchers() {
    List<String> launcher = List.of("-Xmx1g", "-XX:+UseSerialGC", "-Xmn24m");
    // Java refuses to start with two collectors
    assertThat(JarLauncher.yieldTo(List.of("-XX:+UseG1GC"), launcher)).containsExactly("-Xmx1g", "-Xmn24m");
    assertThat(JarLauncher.yieldTo(List.of("-Xmx3g"), launcher)).isEqualTo(launcher);
  }

  @Test
  void aLongCheckKeepsJavasOptimizingCompiler() throws Exception {
    List<String> options = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn24m");
    Path article = dir.resolve("article.txt");
    Files.writeString(article, "A short article.\n");
    Path book = dir.resolve("book.txt");
    Files.write(book, new byte[(int) JarLauncher.LONG_INPUT + 1]);
    assertThat(JarLauncher.forWorkload(options, List.of("check", "--lang", "en-GB", article.toString()))).isEqualTo(options);
    assertThat(JarLauncher.forWorkload(options, List.of("check", "--format", "json", book.toString())))
        .containsExactly("-Xmx1g", "-XX:+UseSerialGC");
    assertThat(JarLauncher.forWorkload(options, List.of("fix", "--all", "-o", "out.txt", book.toString())))
        .containsExactly("-Xmx1g", "-XX:+UseSerialGC");
    assertThat(JarLauncher.forWorkload(options, List.of(book.toString()))).as("the desk").isEqualTo(options);
    assertThat(JarLauncher.forWorkload(options, List.of())).isEqualTo(options);
  }

  @Test
  void doesNothingOutsideAJar() {
    // the tests run from target/classes, not from a jar
    assertThat(JarLauncher.run(new String[] {"--version"})).isEmpty();
  }
}
