package com.copydesk.engine;

/** Hears how far a check has got; called from worker threads. */
@FunctionalInterface
public interface CheckListener {
  CheckListener NONE = (done, total) -> { };

  /** {@code done} of {@code total} paragraphs are finished. */
  void progress(int done, int total);
}
