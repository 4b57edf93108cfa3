package com.copydesk.measure.desk;

import com.copydesk.engine.CheckResult;
import com.copydesk.ui.Desk;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches the desk's live check from the FX thread: when each check starts and when its result is
 * shown, how many paragraphs it sent to LanguageTool, and how many progress updates arrived.
 */
final class CheckTimes {
  record Recheck(double millis, int checkedParagraphs, int paragraphs) {}

  private final Desk desk;
  private final List<Recheck> rechecks = new ArrayList<>();
  private long started;
  private int resultsShown;
  private int progressUpdates;
  private boolean typing;

  CheckTimes(Desk desk) {
    this.desk = desk;
    desk.liveCheck().checkingProperty().addListener((obs, was, now) -> {
      if (now) {
        started = System.nanoTime();
      } else {
        shown();
      }
    });
    desk.liveCheck().progressProperty().addListener((obs, was, now) -> {
      progressUpdates++;
      if (now.doubleValue() == 0) {
        started = System.nanoTime(); // a newer check took over
      }
    });
  }

  private void shown() {
    CheckResult r = desk.liveCheck().lastResult();
    if (r == null) {
      return;
    }
    resultsShown++;
    if (typing) {
      rechecks.add(new Recheck(DeskStallMeasure.ms(started), r.checkedParagraphs(), r.paragraphs()));
    }
  }

  void startTyping() {
    typing = true;
  }

  int resultsShown() {
    return resultsShown;
  }

  int progressUpdates() {
    return progressUpdates;
  }

  List<Recheck> rechecks() {
    return List.copyOf(rechecks);
  }
}
