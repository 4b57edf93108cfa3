package com.copydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up cache under the data folder (LanguageTool's speller automata) changes nothing in a check:
 * the same report without it, when it is written, when it is read, and when it was damaged on disk, in
 * which case it is rebuilt and written sound again.
 */
class StartupCacheTest {
  private static final String TEXT = """
      The harbour board met in Half Moon Bay on Tuesday. A reporter from the BBC called the \
      nonenforcement of the mooring rules a folie à deux between the two boards.
      Sherlok Holmes was not invited, but the ferry captain recieved a letter. Teh chair said the \
      rules still applied to every boat in the bay.
      """;

  @TempDir
  Path dir;

  @Test
  void aCheckReportsTheSameWithoutTheCacheAndWithADamagedOne() throws Exception {
    Path draft = dir.resolve("harbour.txt");
    Files.writeString(draft, TEXT);
    Path data = dir.resolve("data");

    ChildJava.Result without = check(List.of("-Dcopydesk.startup.cache=false", "-Dcopydesk.data.dir=" + data), draft);
    assertThat(without.exit()).as(without.err()).isEqualTo(1);
    assertThat(without.out()).contains("recieved", "Sherlok");
    assertThat(data).doesNotExist();

    ChildJava.Result writing = check(List.of("-Dcopydesk.data.dir=" + data), draft);
    Path file = onlyFile(data.resolve("cache/speller"));
    byte[] sound = Files.readAllBytes(file);
    ChildJava.Result reading = check(List.of("-Dcopydesk.data.dir=" + data), draft);

    byte[] damaged = sound.clone();
    damaged[damaged.length / 2] ^= 0x40;
    Files.write(file, damaged);
    ChildJava.Result afterDamage = check(List.of("-Dcopydesk.data.dir=" + data), draft);

    for (ChildJava.Result r : List.of(writing, reading, afterDamage)) {
      assertThat(r.exit()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).isEqualTo(without.out());
    }
    assertThat(Files.readAllBytes(file)).as("rebuilt and written sound").isEqualTo(sound);
  }

  private ChildJava.Result check(List<String> options, Path draft) throws Exception {
    return ChildJava.run(ChildJava.command(List.of(), options, "com.copydesk.Main", "check", "--lang", "en-US",
        "--format", "json", draft.toString()), 300);
  }

  private static Path onlyFile(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }
}
