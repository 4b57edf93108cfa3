package com.copydesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work for the FX thread timed by the scene's next layout pass. */
final class NextPulse {
  private NextPulse() {}

  /** Runs {@code work} once, at the end of the scene's next layout pass (inside the pulse). */
  static void atEndOfLayout(Scene scene, Runnable work) {
    Runnable[] once = new Runnable[1];
    once[0] = () -> {
      scene.removePostLayoutPulseListener(once[0]);
      work.run();
    };
    scene.addPostLayoutPulseListener(once[0]);
    Platform.requestNextPulse();
  }

  /** Runs {@code work} once the scene's next layout pass is over, so two heavy layouts fall in different frames. */
  static void after(Scene scene, Runnable work) {
    atEndOfLayout(scene, () -> Platform.runLater(work));
  }
}
