package com.copydesk.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void replacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
    Path f = dir.resolve("story.txt");
    Files.writeString(f, "old copy");
    AtomicFiles.write(f, "new copy".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(f)).isEqualTo("new copy");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void aFailureBeforeTheRenameLeavesTheOriginalIntact() throws Exception {
    Path f = dir.resolve("story.txt");
    Files.writeString(f, "the original copy");
    byte[] big = "x".repeat(5_000_000).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AtomicFiles.write(f, big, tmp -> {
      assertThat(Files.size(tmp)).isEqualTo(big.length);
      throw new IOException("disk full");
    })).isInstanceOf(DocumentException.class).hasMessage("Cannot save 'story.txt': disk full.");
    assertThat(Files.readString(f)).isEqualTo("the original copy");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void savingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws Exception {
    Path real = dir.resolve("real.txt");
    Files.writeString(real, "one");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    AtomicFiles.write(link, "two".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("two");
  }
}
