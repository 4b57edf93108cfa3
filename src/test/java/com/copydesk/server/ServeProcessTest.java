package com.copydesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk serve} as its own process: says where it listens once it answers, stops on SIGTERM. */
class ServeProcessTest {
  @TempDir
  Path dir;

  @Test
  void announcesItsAddressAnswersAndStopsCleanlyOnSigterm() throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
        "-Dcopydesk.data.dir=" + System.getProperty("copydesk.data.dir", "target/test-data"),
        "-cp", System.getProperty("java.class.path"), "com.copydesk.Main",
        "serve", "--port", "0", "--workers", "1");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      String first = firstLine(out, p);
      assertThat(first).as(Files.readString(err)).startsWith("Copydesk server listening on http://127.0.0.1:");
      URI uri = URI.create(first.substring(first.indexOf("http://")));

      var answer = TestServer.send(HttpRequest.newBuilder(uri.resolve("/v2/check?language=en-US&text="
          + "Fares+will+not+raised+this+year.")).GET().build());
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).contains("\"not be raised\"");

      p.destroy(); // SIGTERM
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(first, "Copydesk server stopped.");
    } finally {
      p.destroyForcibly();
    }
    assertThat(Files.readString(err)).doesNotContain("Exception");
  }

  /** The first line the process prints, waiting for it (LanguageTool takes seconds to start). */
  private static String firstLine(Path out, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && p.isAlive()) {
      List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
      if (!lines.isEmpty()) {
        return lines.get(0);
      }
      Thread.onSpinWait();
      p.waitFor(50, TimeUnit.MILLISECONDS);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
