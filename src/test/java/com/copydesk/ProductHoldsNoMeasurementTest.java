package com.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product jar packs the product's class folder and nothing else (pom.xml); the measurements
 * live in src/measure, compiled with the tests into target/copydesk-measure.jar. This fails if a
 * measurement class, or a provider of the desk's probe, lands among the product's classes.
 */
class ProductHoldsNoMeasurementTest {
  private static Path productClasses() throws URISyntaxException {
    return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void noMeasurementClassIsAmongTheProductsClasses() throws Exception {
    Path classes = productClasses();
    assertThat(classes.resolve("com/copydesk/Main.class")).exists();
    List<String> measurement;
    try (Stream<Path> sources = Files.walk(Path.of("src/measure/java"))) {
      measurement = sources.filter(p -> p.toString().endsWith(".java"))
          .map(p -> Path.of("src/measure/java").relativize(p).toString().replace(".java", ".class"))
          .toList();
    }
    assertThat(measurement).contains("com/copydesk/ui/StartupProbe.class".replace('/', java.io.File.separatorChar));
    assertThat(measurement).allSatisfy(c -> assertThat(classes.resolve(c)).doesNotExist());
    for (String room : List.of("com/copydesk/measure", "com/copydesk/ui/perf", "com/copydesk/bench")) {
      assertThat(classFilesUnder(classes.resolve(room))).as(room).isEmpty();
    }
  }

  /** The class files under {@code dir} (an empty folder left by an earlier build holds none). */
  private static List<Path> classFilesUnder(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".class")).toList();
    }
  }

  @Test
  void theProductProvidesNoProbeOfItsOwn() throws URISyntaxException, IOException {
    assertThat(productClasses().resolve("META-INF/services/com.copydesk.ui.DeskProbe")).doesNotExist();
  }

  @Test
  void theMeasurementsLibrariesAreNotOnTheProductsClassPath() throws IOException {
    // the jar's manifest Class-Path (and so the package's lib/) is the runtime scope: pom.xml keeps
    // LanguageTool's command line (the benchmark's baseline) and Monocle in test scope
    String pom = Files.readString(Path.of("pom.xml"));
    for (String artifact : List.of("languagetool-commandline", "openjfx-monocle", "testfx-junit5")) {
      int at = pom.indexOf("<artifactId>" + artifact + "</artifactId>");
      assertThat(at).as(artifact).isPositive();
      String declaration = pom.substring(at, pom.indexOf("</dependency>", at));
      assertThat(declaration).as(artifact).contains("<scope>test</scope>");
    }
  }
}
