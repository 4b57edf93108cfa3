package com.copydesk.ui;

import com.copydesk.settings.UserSettings;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the window goes: where it was last time if that is still on a screen, else a sensible size. */
final class WindowPlacement {
  static final double DEFAULT_WIDTH = 1280;
  static final double DEFAULT_HEIGHT = 820;

  private WindowPlacement() {}

  static void restore(Stage stage, UserSettings settings) {
    stage.setMinWidth(720);
    stage.setMinHeight(480);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    double[] b = settings.windowBounds().orElse(null);
    if (b != null && onSomeScreen(b)) {
      stage.setX(b[0]);
      stage.setY(b[1]);
      stage.setWidth(b[2]);
      stage.setHeight(b[3]);
      return;
    }
    double w = Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.92);
    double h = Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.92);
    stage.setWidth(w);
    stage.setHeight(h);
    stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
    stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
  }

  static void remember(Stage stage, UserSettings settings) {
    if (stage.isMaximized() || stage.isIconified() || Double.isNaN(stage.getX()) || stage.getWidth() < 100) {
      return;
    }
    settings.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
  }

  /** True when a good part of the title bar would be visible on one of the screens. */
  private static boolean onSomeScreen(double[] b) {
    Rectangle2D titleBar = new Rectangle2D(b[0] + 40, b[1], Math.max(1, b[2] - 80), 30);
    return !Screen.getScreensForRectangle(titleBar).isEmpty();
  }
}
