package com.copydesk.ui;

import javafx.application.Application;

/** Starts the desk from the launcher (which must not itself be an Application on the classpath). */
public final class DeskLauncher {
  private DeskLauncher() {}

  /** Runs the desk until its window closes; returns the exit status. */
  public static int run(String[] args) {
    try {
      DeskApp.startEarly();
      Application.launch(DeskApp.class, args);
      return 0;
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      System.err.println("copydesk: cannot open the desk window (" + why.lines().findFirst().orElse(why)
          + "). Without a display, use 'copydesk check FILE' or 'copydesk fix FILE'.");
      return 2;
    }
  }
}
