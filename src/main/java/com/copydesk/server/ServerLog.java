package com.copydesk.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server reports what it did: one line per request (method, path, status, variant,
 * length, matches, milliseconds) and failures. Request texts never appear here unless the server was
 * started with them allowed ({@code --log-texts}); the handler decides, the log only writes.
 */
public interface ServerLog {

  void request(String line);

  void failure(String line, Throwable cause);

  /** Request lines at INFO ({@code -Dcopydesk.log.level=INFO} shows them), failures at ERROR. */
  static ServerLog slf4j() {
    Logger log = LoggerFactory.getLogger("com.copydesk.server");
    return new ServerLog() {
      @Override
      public void request(String line) {
        log.info(line);
      }

      @Override
      public void failure(String line, Throwable cause) {
        log.error(line, cause);
      }
    };
  }
}
