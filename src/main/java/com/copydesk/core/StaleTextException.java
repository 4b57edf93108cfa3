package com.copydesk.core;

/**
 * The text under a fix or edit is no longer what was checked, so it was not applied. The caller
 * re-checks and tries again with fresh issues.
 */
public final class StaleTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleTextException(String message) {
    super(message);
  }
}
