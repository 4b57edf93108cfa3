package com.copydesk.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
  /** An owner that is certainly not running. */
  static final String DEAD = Long.MAX_VALUE + "@1";

  @TempDir
  Path dir;

  static RecoveryCopy copy(String id, Path source, String text) {
    return new RecoveryCopy(id, Instant.parse("2026-03-01T10:15:30.123Z"), source, "article.txt", "Plain text",
        "UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE}, "\r\n", 7,
        Set.of("RULE\u0000comittee\u0000Our comittee met.\u00004", "OTHER\\x=y\nz"), DEAD, text);
  }

  @Test
  void aCopyComesBackExactlyAsWritten() throws Exception {
    RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
    String text = "Line one.\n\nÜnïcödé — “quotes”, emoji 🙂, a tab\tand a backslash \\.\n";
    RecoveryCopy c = copy("a1b2", Path.of("/tmp/some folder/article.txt"), text);
    store.write(c);
    assertThat(Files.list(dir.resolve("recovery"))).extracting(p -> p.getFileName().toString())
        .containsExactly("a1b2.recovery");
    RecoveryCopy back = store.read("a1b2").orElseThrow();
    assertThat(back).isEqualTo(c);
    assertThat(back.bom()).containsExactly((byte) 0xFF, (byte) 0xFE);
    assertThat(back.ignoredSpots()).isEqualTo(c.ignoredSpots());
    assertThat(back.text()).isEqualTo(text);
  }

  @Test
  void anUntitledDraftAndAnEmptyTextRoundTrip() throws Exception {
    RecoveryStore store = new RecoveryStore(dir);
    RecoveryCopy c = new RecoveryCopy("u1", Instant.now(), null, "Untitled", "", "", null, "\n", 0, null, DEAD, "");
    store.write(c);
    assertThat(store.read("u1")).contains(c);
  }

  @Test
  void writingAgainReplacesTheCopyAndDeleteRemovesIt() throws Exception {
    RecoveryStore store = new RecoveryStore(dir);
    store.write(copy("x", null, "first"));
    store.write(copy("x", null, "second"));
    assertThat(store.list()).extracting(RecoveryCopy::text).containsExactly("second");
    store.delete("x");
    store.delete("x");
    assertThat(store.list()).isEmpty();
    assertThat(Files.list(dir)).as("no temporary files left").isEmpty();
  }

  @Test
  void damagedAndNewerFilesAreSkippedNotFatal() throws Exception {
    RecoveryStore store = new RecoveryStore(dir);
    store.write(copy("good", null, "Kept."));
    byte[] good = Files.readAllBytes(dir.resolve("good.recovery"));

    Files.write(dir.resolve("cut.recovery"), java.util.Arrays.copyOf(rename(good, "cut"), good.length - 2));
    byte[] flipped = rename(good, "flip");
    flipped[flipped.length - 1] ^= 1;
    Files.write(dir.resolve("flip.recovery"), flipped);
    Files.writeString(dir.resolve("newer.recovery"), new String(rename(good, "newer"), StandardCharsets.UTF_8)
        .replace("copydesk-recovery 1", "copydesk-recovery 9"));
    Files.writeString(dir.resolve("junk.recovery"), "not a recovery file at all");
    Files.write(dir.resolve("empty.recovery"), new byte[0]);
    Files.write(dir.resolve("binary.recovery"), new byte[] {0, 1, 2, (byte) 0xFF, '\n', '\n', 3});
    Files.write(dir.resolve("other-name.recovery"), good);
    Files.createDirectory(dir.resolve("folder.recovery"));
    Files.writeString(dir.resolve("notes.txt"), "ignored");

    assertThat(store.list()).extracting(RecoveryCopy::id).containsExactly("good");
  }

  @Test
  void leftBehindOffersOnlyCopiesWhoseDeskIsNotRunning() throws Exception {
    RecoveryStore store = new RecoveryStore(dir);
    store.write(copy("dead", null, "Left behind."));
    store.write(copy("alive", null, "Still being edited.").withOwner(RecoveryCopy.currentOwner()));
    assertThat(store.list()).hasSize(2);
    assertThat(store.leftBehind()).extracting(RecoveryCopy::id).containsExactly("dead");
  }

  @Test
  void aMissingFolderIsEmptyAndIsCreatedOnFirstWrite() throws Exception {
    RecoveryStore store = new RecoveryStore(dir.resolve("a/b/recovery"));
    assertThat(store.list()).isEmpty();
    store.write(copy("n", null, "x"));
    assertThat(store.list()).hasSize(1);
  }

  private static byte[] rename(byte[] file, String id) {
    return new String(file, StandardCharsets.UTF_8).replace("id=good", "id=" + id).getBytes(StandardCharsets.UTF_8);
  }
}
