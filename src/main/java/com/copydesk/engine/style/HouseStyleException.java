package com.copydesk.engine.style;

/** A house style that cannot be used: no such style, or a file with mistakes (each named by its line). */
public final class HouseStyleException extends Exception {
  private static final long serialVersionUID = 1L;

  public HouseStyleException(String message) {
    super(message);
  }

  public HouseStyleException(String message, Throwable cause) {
    super(message, cause);
  }
}
