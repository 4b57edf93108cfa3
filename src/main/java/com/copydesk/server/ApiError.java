package com.copydesk.server;

/**
 * A request the API refuses: the HTTP status and the one-line message the client gets, worded like
 * LanguageTool's server words its own ("Error: Missing 'text' or 'data' parameter").
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final int BAD_REQUEST = 400;
  static final int NOT_FOUND = 404;
  static final int METHOD_NOT_ALLOWED = 405;
  static final int TOO_LARGE = 413;
  static final int INTERNAL = 500;
  static final int BUSY = 503;

  private final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(BAD_REQUEST, message);
  }

  int status() {
    return status;
  }

  /** The body sent back: one line. */
  String body() {
    return "Error: " + getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
