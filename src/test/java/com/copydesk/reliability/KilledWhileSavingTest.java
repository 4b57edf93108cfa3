package com.copydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (SIGKILL) at any moment while saving a large file leaves the file whole: either
 * the previous version or the new one, never a truncated or mixed file.
 */
class KilledWhileSavingTest {
  static final int SIZE = 24 * 1024 * 1024;

  @TempDir
  Path dir;

  @Test
  void theFileIsAlwaysOneWholeVersion() throws Exception {
    Path target = dir.resolve("manuscript.txt");
    Files.write(target, SavesForever.version('a', SIZE));
    Random random = new Random(2026);
    for (int round = 0; round < 6; round++) {
      Process p = new ProcessBuilder(ChildJava.command(List.of(), SavesForever.class.getName(),
          target.toString(), Integer.toString(SIZE))).redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).isEqualTo("saved");
        Thread.sleep(random.nextInt(400));
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      byte[] now = Files.readAllBytes(target);
      assertThat(now.length).as("round " + round).isEqualTo(SIZE);
      byte first = now[0];
      assertThat(first == 'a' || first == 'b').isTrue();
      for (int i = 0; i < now.length; i += 4096) {
        if (now[i] != first) {
          throw new AssertionError("mixed file after kill in round " + round + " at byte " + i);
        }
      }
      assertThat(now[now.length - 1]).isEqualTo(first);
    }
  }
}
