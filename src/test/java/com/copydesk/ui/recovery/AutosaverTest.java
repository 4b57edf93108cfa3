package com.copydesk.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {
  @TempDir
  Path dir;

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-03-01T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  final ManualClock clock = new ManualClock();
  final List<String> problems = new ArrayList<>();
  String text = "Draft.";
  boolean unsaved = true;
  int snapshots;
  Autosaver saver;
  RecoveryStore store;

  Autosaver saver() {
    store = new RecoveryStore(dir);
    saver = new Autosaver(store, (id, at) -> {
      snapshots++;
      return unsaved ? Optional.of(new RecoveryCopy(id, at, null, "draft.txt", "Plain text", "UTF-8", null, "\n",
          0, null, "", text)) : Optional.empty();
    }, Duration.ofSeconds(30), clock, problems::add);
    return saver;
  }

  @AfterEach
  void close() {
    if (saver != null) {
      saver.close();
    }
  }

  private Optional<RecoveryCopy> written() {
    assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
    return store.read(saver.id());
  }

  @Test
  void writesOnlyOnceAnEditIsIntervalOldAndOnlyWhenThereAreEdits() {
    Autosaver s = saver();
    s.tick();
    assertThat(snapshots).as("nothing edited, nothing written").isZero();
    s.edited();
    clock.advance(Duration.ofSeconds(29));
    s.tick();
    assertThat(written()).isEmpty();
    s.edited();
    clock.advance(Duration.ofSeconds(1));
    s.tick();
    assertThat(written()).map(RecoveryCopy::text).contains("Draft.");
    assertThat(written().orElseThrow().savedAt()).isEqualTo(clock.now);

    text = "Draft, edited.";
    clock.advance(Duration.ofSeconds(60));
    s.tick();
    assertThat(snapshots).as("no edit since the last copy").isEqualTo(1);
    s.edited();
    clock.advance(Duration.ofSeconds(30));
    s.tick();
    assertThat(written()).map(RecoveryCopy::text).contains("Draft, edited.");
  }

  @Test
  void focusLossWritesAtOnceButOnlyWithPendingEdits() {
    Autosaver s = saver();
    s.focusLost();
    assertThat(snapshots).isZero();
    s.edited();
    clock.advance(Duration.ofSeconds(2));
    s.focusLost();
    assertThat(written()).isPresent();
    assertThat(s.isPending()).isFalse();
  }

  @Test
  void savingDiscardingAnotherDocumentAndACleanExitRemoveTheCopy() {
    Autosaver s = saver();
    s.edited();
    s.writeNow();
    assertThat(written()).isPresent();
    s.nothingUnsaved();
    assertThat(written()).as("saved").isEmpty();

    s.edited();
    s.writeNow();
    String first = s.id();
    assertThat(written()).isPresent();
    s.newDraft();
    assertThat(s.id()).isNotEqualTo(first);
    assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
    assertThat(store.read(first)).as("another document replaced it").isEmpty();

    s.edited();
    s.writeNow();
    assertThat(written()).isPresent();
    s.close();
    assertThat(store.list()).as("clean exit").isEmpty();
  }

  @Test
  void aRestoredDraftKeepsItsCopysIdAndNothingIsWrittenWhenNothingIsUnsaved() {
    Autosaver s = saver();
    s.adopt("restored-1");
    s.edited();
    s.writeNow();
    assertThat(written()).map(RecoveryCopy::id).contains("restored-1");
    unsaved = false;
    s.edited();
    clock.advance(Duration.ofMinutes(1));
    s.tick();
    assertThat(written()).as("the snapshot said nothing is unsaved; the old copy stays until nothingUnsaved")
        .map(RecoveryCopy::text).contains("Draft.");
  }

  @Test
  void aFailedWriteIsReportedNotThrown() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("blocker"), "a file where the folder should be");
    store = new RecoveryStore(dir.resolve("blocker"));
    saver = new Autosaver(store, (id, at) -> Optional.of(new RecoveryCopy(id, at, null, "d", "", "", null, "\n", 0,
        null, "", "x")), Duration.ofSeconds(1), clock, problems::add);
    saver.edited();
    saver.writeNow();
    assertThat(saver.flush(Duration.ofSeconds(10))).isTrue();
    assertThat(problems).singleElement().asString().startsWith("Could not write the recovery copy");
  }

  @Test
  void theIntervalComesFromASystemProperty() {
    String was = System.getProperty(Autosaver.INTERVAL_PROPERTY);
    try {
      System.setProperty(Autosaver.INTERVAL_PROPERTY, "0.5");
      assertThat(Autosaver.intervalFromSystem()).isEqualTo(Duration.ofMillis(500));
      System.setProperty(Autosaver.INTERVAL_PROPERTY, "soon");
      assertThat(Autosaver.intervalFromSystem()).isEqualTo(Duration.ofSeconds(30));
      System.clearProperty(Autosaver.INTERVAL_PROPERTY);
      assertThat(Autosaver.intervalFromSystem()).isEqualTo(Duration.ofSeconds(30));
    } finally {
      if (was != null) {
        System.setProperty(Autosaver.INTERVAL_PROPERTY, was);
      }
    }
  }
}
