package com.copydesk.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark: AtlantaFX's Primer themes plus the desk's own style sheet. The themes are taken
 * from AtlantaFX's jar as style sheets: its classes are compiled for Java 21, Copydesk runs on 17.
 */
public enum Theme {
  LIGHT("light", "primer-light.css"),
  DARK("dark", "primer-dark.css");

  private static final String DESK_CSS =
      Objects.requireNonNull(Theme.class.getResource("desk.css"), "desk.css").toExternalForm();

  private final String id;
  private final String atlantaCss;

  Theme(String id, String atlantaCss) {
    this.id = id;
    this.atlantaCss = atlantaCss;
  }

  /** The AtlantaFX user agent style sheet of this theme. */
  String userAgentStylesheet() {
    return Objects.requireNonNull(Theme.class.getResource("/atlantafx/base/theme/" + atlantaCss),
        "AtlantaFX theme " + atlantaCss).toExternalForm();
  }

  /** The name kept in the settings. */
  public String id() {
    return id;
  }

  public static Theme fromId(String id) {
    return "dark".equalsIgnoreCase(id) ? DARK : LIGHT;
  }

  public Theme other() {
    return this == LIGHT ? DARK : LIGHT;
  }

  /** Applies the theme to the application and marks the scene's root for desk.css. */
  public void apply(Scene scene) {
    Application.setUserAgentStylesheet(userAgentStylesheet());
    if (!scene.getStylesheets().contains(DESK_CSS)) {
      scene.getStylesheets().add(DESK_CSS);
    }
    scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
    scene.getRoot().getStyleClass().add("theme-" + id);
  }
}
