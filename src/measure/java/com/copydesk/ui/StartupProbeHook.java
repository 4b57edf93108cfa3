package com.copydesk.ui;

import javafx.scene.Scene;

/** Hands the desk's start to {@link StartupProbe}; found by the desk through {@link DeskProbe}. */
public final class StartupProbeHook implements DeskProbe {
  @Override
  public void underlinesShown(Scene scene, int issues) {
    StartupProbe.underlinesShown(scene, issues);
  }
}
