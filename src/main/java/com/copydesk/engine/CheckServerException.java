package com.copydesk.engine;

/**
 * A check on a Copydesk server failed: the server could not be reached, or it refused the check.
 * The message is one line a copy editor can act on.
 */
public final class CheckServerException extends CheckException {
  private static final long serialVersionUID = 1L;

  private final boolean unreachable;

  CheckServerException(String message, boolean unreachable, Throwable cause) {
    super(message, cause);
    this.unreachable = unreachable;
  }

  /** True when no answer came at all (nothing listening, no route, timed out). */
  public boolean unreachable() {
    return unreachable;
  }
}
