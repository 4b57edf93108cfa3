package com.copydesk.formats;

/**
 * A document could not be opened or saved. The message is one line, written for the copy editor
 * ("'notes.pdf' is not a text document"), and is shown as is by the command line and the desk.
 */
public final class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  public DocumentException(String message) {
    super(message);
  }

  public DocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
