package com.copydesk.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work on the FX thread once the scene's next layout pass is over, so two heavy layouts fall in different frames. */
final class NextPulse {
  private NextPulse() {}

  static void after(Scene scene, Runnable work) {
    Runnable[] once = new Runnable[1];
    once[0] = () -> {
      scene.removePostLayoutPulseListener(once[0]);
      Platform.runLater(work);
    };
    scene.addPostLayoutPulseListener(once[0]);
    Platform.requestNextPulse();
  }
}
