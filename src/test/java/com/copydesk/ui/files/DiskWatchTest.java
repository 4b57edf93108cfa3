package com.copydesk.ui.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskWatchTest {
  @TempDir
  Path dir;

  static void writeAt(Path file, String text, Instant when) throws Exception {
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(when));
  }

  @Test
  void anotherProgramsSaveIsNoticedButATouchIsNot() throws Exception {
    Path file = dir.resolve("a.txt");
    Instant t = Instant.parse("2026-01-01T10:00:00Z");
    writeAt(file, "First version.", t);
    DiskWatch w = new DiskWatch();
    w.track(file);
    assertThat(w.changedOnDisk()).isFalse();

    Files.setLastModifiedTime(file, FileTime.from(t.plusSeconds(60)));
    assertThat(w.changedOnDisk()).as("touched, same bytes").isFalse();

    writeAt(file, "Other version.", t.plusSeconds(120));
    assertThat(w.changedOnDisk()).as("same size, other bytes").isTrue();
    writeAt(file, "A longer other version.", t);
    assertThat(w.changedOnDisk()).as("other size, same time").isTrue();
  }

  @Test
  void declinedReloadIsNotOfferedAgainUntilTheNextChangeButSaveStillWarns() throws Exception {
    Path file = dir.resolve("a.txt");
    Instant t = Instant.parse("2026-01-01T10:00:00Z");
    writeAt(file, "One.", t);
    DiskWatch w = new DiskWatch();
    w.track(file);
    writeAt(file, "Two, longer.", t.plusSeconds(1));
    assertThat(w.shouldOfferReload()).isTrue();
    w.dismiss();
    assertThat(w.shouldOfferReload()).isFalse();
    assertThat(w.changedOnDisk()).isTrue();
    writeAt(file, "Three, longer still.", t.plusSeconds(2));
    assertThat(w.shouldOfferReload()).isTrue();
    w.track(file);
    assertThat(w.changedOnDisk()).as("after our own save").isFalse();
  }

  @Test
  void aDeletedOrUntrackedFileIsNotChanged() throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "x");
    DiskWatch w = new DiskWatch();
    assertThat(w.changedOnDisk()).isFalse();
    w.track(file);
    Files.delete(file);
    assertThat(w.changedOnDisk()).isFalse();
    w.track(null);
    assertThat(w.shouldOfferReload()).isFalse();
  }
}
