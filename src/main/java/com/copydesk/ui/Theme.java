package com.copydesk.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark: AtlantaFX's Primer themes plus the desk's own style sheet. */
public enum Theme {
  LIGHT("light", new PrimerLight()),
  DARK("dark", new PrimerDark());

  private static final String DESK_CSS =
      Objects.requireNonNull(Theme.class.getResource("desk.css"), "desk.css").toExternalForm();

  private final String id;
  private final atlantafx.base.theme.Theme atlanta;

  Theme(String id, atlantafx.base.theme.Theme atlanta) {
    this.id = id;
    this.atlanta = atlanta;
  }

  /** The AtlantaFX user agent style sheet of this theme. */
  String userAgentStylesheet() {
    return atlanta.getUserAgentStylesheet();
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
