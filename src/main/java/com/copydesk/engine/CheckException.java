package com.copydesk.engine;

/** LanguageTool failed while checking; the message says what happened. */
public class CheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CheckException(String message, Throwable cause) {
    super(message, cause);
  }
}
