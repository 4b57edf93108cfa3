package com.copydesk.formats;

import java.time.Instant;
import java.util.Objects;

/** How changes are signed when they are recorded as tracked changes: the author Word shows, and when. */
public record TrackedChanges(String author, Instant date) {
  public static final String DEFAULT_AUTHOR = "Copydesk";

  public TrackedChanges {
    Objects.requireNonNull(date, "date");
    author = author == null || author.isBlank() ? DEFAULT_AUTHOR : author.strip();
  }

  /** Changes signed "Copydesk", now. */
  public static TrackedChanges byCopydesk() {
    return new TrackedChanges(DEFAULT_AUTHOR, Instant.now());
  }
}
