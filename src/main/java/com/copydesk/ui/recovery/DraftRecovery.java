package com.copydesk.ui.recovery;

import com.copydesk.formats.Document;
import com.copydesk.formats.TextDocument;
import com.copydesk.ui.files.DocumentSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.reactfx.Subscription;

/**
 * Autosave and crash recovery on the desk: while the draft has unsaved changes its recovery copy is
 * written every {@link Autosaver#interval()} and when the window loses focus ({@link Autosaver});
 * at start-up the copies left by a desk that did not exit cleanly are offered back
 * ({@link RecoveryPrompt}) and restored as unsaved changes over their original
 * ({@link Restoration}). The snapshot is taken on the FX thread; files are written on a background
 * thread. Close it on a clean exit: that removes the copy.
 */
public final class DraftRecovery implements AutoCloseable {
  private final RecoverableDesk desk;
  private final RecoveryStore store;
  private final Autosaver autosaver;
  private final Timeline timer;
  private final String owner = RecoveryCopy.currentOwner();
  private final List<Runnable> unwire = new ArrayList<>();

  public DraftRecovery(RecoverableDesk desk, RecoveryStore store, Duration interval) {
    this(desk, store, interval, Clock.systemUTC());
  }

  /** With the clock that decides when the interval is up (tests drive one of their own). */
  public DraftRecovery(RecoverableDesk desk, RecoveryStore store, Duration interval, Clock clock) {
    this.desk = desk;
    this.store = store;
    this.autosaver = new Autosaver(store, this::snapshot, interval, clock,
        message -> Platform.runLater(() -> desk.say(message)));
    wire();
    long tick = Math.max(50, Math.min(5000, interval.toMillis() / 4));
    timer = new Timeline(new KeyFrame(javafx.util.Duration.millis(tick), e -> autosaver.tick()));
    timer.setCycleCount(Animation.INDEFINITE);
    timer.play();
  }

  private void wire() {
    DocumentSession session = desk.session();
    StyleClassedTextArea area = desk.area();
    Subscription typing = area.plainTextChanges().subscribe(c -> {
      if (session.isModified()) {
        autosaver.edited();
      }
    });
    unwire.add(typing::unsubscribe);
    ChangeListener<Boolean> modified = (obs, was, now) -> {
      if (now) {
        autosaver.edited();
      } else {
        autosaver.nothingUnsaved();
      }
    };
    session.modifiedProperty().addListener(modified);
    unwire.add(() -> session.modifiedProperty().removeListener(modified));
    ChangeListener<Document> document = (obs, was, now) -> autosaver.newDraft();
    session.documentProperty().addListener(document);
    unwire.add(() -> session.documentProperty().removeListener(document));
    ChangeListener<Boolean> focus = (obs, was, now) -> {
      if (!now) {
        autosaver.focusLost();
      }
    };
    desk.focused().addListener(focus);
    unwire.add(() -> desk.focused().removeListener(focus));
  }

  /** The draft as it is now (FX thread), or empty when nothing is unsaved. */
  private Optional<RecoveryCopy> snapshot(String id, Instant now) {
    DocumentSession session = desk.session();
    Document doc = session.document();
    if (doc == null || !session.isModified()) {
      return Optional.empty();
    }
    String charset = "";
    byte[] bom = new byte[0];
    if (doc instanceof TextDocument text) {
      charset = text.encoding().charset().name();
      bom = text.encoding().bom();
    }
    Path source = session.path() == null ? null : session.path().toAbsolutePath().normalize();
    StyleClassedTextArea area = desk.area();
    return Optional.of(new RecoveryCopy(id, now, source, session.displayName(), doc.format().name(), charset,
        bom, doc.lineEndings().dominant(), area.getCaretPosition(), desk.ignoredSpots(), owner,
        area.getText()));
  }

  /** At start-up: offers back the drafts a desk left behind when it did not exit cleanly. */
  public void offerLeftBehind() {
    List<RecoveryOffer> offers = new ArrayList<>();
    for (RecoveryCopy c : store.leftBehind()) {
      offers.add(RecoveryOffer.of(c));
    }
    if (offers.isEmpty()) {
      return;
    }
    RecoveryPrompt.ask(desk.window(), offers, this::discard).ifPresent(this::restore);
  }

  /** Discard: the copy is deleted. */
  public void discard(RecoveryCopy copy) {
    store.delete(copy.id());
  }

  /** Restore: the draft goes on the desk as unsaved changes (over its original, if that still exists). */
  public void restore(RecoveryCopy copy) {
    Restoration r = Restoration.of(copy);
    desk.show(r.document(), r.displayName());
    StyleClassedTextArea area = desk.area();
    if (!area.getText().equals(copy.text())) {
      area.replaceText(copy.text());
    }
    if (r.untitled()) {
      desk.session().markUnsaved();
    }
    area.moveTo(Math.min(copy.caret(), area.getLength()));
    area.requestFollowCaret();
    desk.ignoreSpots(copy.ignoredSpots());
    autosaver.adopt(copy.id());
    autosaver.writeNow();
    desk.say(r.note());
  }

  public Autosaver autosaver() {
    return autosaver;
  }

  public RecoveryStore store() {
    return store;
  }

  /** A clean exit: stops autosaving and removes the draft's copy. */
  @Override
  public void close() {
    timer.stop();
    unwire.forEach(Runnable::run);
    autosaver.close();
  }
}
