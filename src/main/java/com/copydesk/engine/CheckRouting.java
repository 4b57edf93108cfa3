package com.copydesk.engine;

import com.copydesk.core.Draft;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Checks on a Copydesk server when one is chosen, and on this machine otherwise, or whenever the
 * server cannot be reached or refuses a check: the check is then done here and a notice says so
 * (once, until the server answers again; it is tried again after {@link #RETRY_AFTER}). Notices
 * come from the checking thread; the caller moves them where it shows them.
 */
public final class CheckRouting implements DraftChecker {
  /** How long checks stay on this machine after the server failed, before it is tried again. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

  private final Proofreader local;
  private final Consumer<String> notices;
  private volatile RemoteChecker remote;
  private volatile long retryAt;
  private volatile boolean fellBack;

  /** {@code local} stays the caller's to close. */
  public CheckRouting(Proofreader local, Consumer<String> notices) {
    this.local = Objects.requireNonNull(local);
    this.notices = Objects.requireNonNull(notices);
  }

  /** Checks from now on go to {@code server}, or stay on this machine when it is null. */
  public synchronized void useServer(ServerAddress server) {
    RemoteChecker old = remote;
    if (old != null && server != null && old.server().equals(server)) {
      return;
    }
    remote = server == null ? null : new RemoteChecker(server);
    fellBack = false;
    retryAt = 0;
    if (old != null) {
      old.close();
    }
  }

  /** The server checks go to, or null when they run on this machine. */
  public ServerAddress server() {
    RemoteChecker r = remote;
    return r == null ? null : r.server();
  }

  @Override
  public CheckResult check(Draft draft, CheckSettings settings, CheckListener listener, BooleanSupplier cancelled) {
    RemoteChecker r = remote;
    if (r != null && System.nanoTime() - retryAt >= 0) {
      try {
        CheckResult result = r.check(draft, settings, listener, cancelled);
        if (fellBack && r == remote) {
          fellBack = false;
          notices.accept("Checking with the Copydesk server at " + r.server() + " again.");
        }
        return result;
      } catch (CheckServerException e) {
        if (r == remote) {
          retryAt = System.nanoTime() + RETRY_AFTER.toNanos();
          if (!fellBack) {
            fellBack = true;
            notices.accept("Checking on this computer: " + e.getMessage() + ".");
          }
        }
      }
    }
    return local.check(draft, settings, listener, cancelled);
  }

  /** Closes the connection to the server; the local proofreader is the caller's. */
  @Override
  public void close() {
    useServer(null);
  }
}
