package com.copydesk.engine;

import com.copydesk.core.Draft;
import java.util.function.BooleanSupplier;

/**
 * Checks drafts, wherever the checking runs: on this machine ({@link Proofreader}) or on a Copydesk
 * server ({@link RemoteChecker}). The command line and the desk hold one of these and do not care
 * which; both give the same issues for the same draft and settings.
 */
public interface DraftChecker extends AutoCloseable {

  /**
   * The issues of {@code draft} in text order. Throws {@link java.util.concurrent.CancellationException}
   * soon after {@code cancelled} turns true, and {@link CheckException} when the check fails.
   */
  CheckResult check(Draft draft, CheckSettings settings, CheckListener listener, BooleanSupplier cancelled);

  default CheckResult check(Draft draft, CheckSettings settings) {
    return check(draft, settings, CheckListener.NONE, () -> false);
  }

  /** Frees threads and connections; no check may start afterwards. */
  @Override
  void close();
}
