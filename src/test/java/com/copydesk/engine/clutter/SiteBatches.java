package com.copydesk.engine.clutter;

import java.util.List;
import java.util.Random;

/**
 * The groups of invented site templates a measurement can select by name: {@code old} (the 24 of
 * {@link SiteTemplates}), {@code A} and {@code B} ({@link SiteBatchA}, {@link SiteBatchB}: ten sites
 * each, written before the check was looked at; A is the batch the check was then improved on, B is
 * held out and measured once), and {@code all}.
 */
final class SiteBatches {
  private SiteBatches() {}

  /** Wraps an article in one site's furniture. */
  interface Wrapper {
    WebPage wrap(String name, Article a, Random r, List<String> others);
  }

  static List<SiteTemplates.Site> named(String batch) {
    return switch (batch) {
      case "old" -> SiteTemplates.all();
      case "A" -> SiteBatchA.all();
      case "B" -> SiteBatchB.all();
      case "all" -> {
        List<SiteTemplates.Site> all = new java.util.ArrayList<>(SiteTemplates.all());
        all.addAll(SiteBatchA.all());
        all.addAll(SiteBatchB.all());
        yield all;
      }
      default -> throw new IllegalArgumentException("unknown batch " + batch + " (old, A, B, all)");
    };
  }

  /** A site of a new batch (counted with the unseen sites). */
  static SiteTemplates.Site site(String name, Wrapper w) {
    return new SiteTemplates.Site() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean unseen() {
        return true;
      }

      @Override
      public WebPage wrap(Article a, Random r, List<String> others) {
        return w.wrap(name, a, r, others);
      }
    };
  }
}
