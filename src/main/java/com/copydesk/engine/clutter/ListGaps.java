package com.copydesk.engine.clutter;

import java.util.EnumSet;
import java.util.Set;

/**
 * Items of a column of links that no word class knows ("Sounds" between "Weather" and "Local",
 * "X" between "Facebook" and "Reddit"): a short line with no blank line above or below it, between
 * two lines of the same kind of furniture, is that furniture too; a sharing word alone ("e-mail",
 * "X") next to a share button is a share button. Above the headline, where the page's header is,
 * a line of a word or three between two lines of furniture (the place a weather widget names
 * between the menu and the temperature) is the header's too, blank lines or not.
 */
final class ListGaps {
  private static final int MAX_WORDS = 4;
  private static final int MAX_HEADER_WORDS = 3;
  private static final Set<FurnitureKind> COLUMNS = EnumSet.of(FurnitureKind.NAVIGATION, FurnitureKind.SHARE,
      FurnitureKind.LEGAL, FurnitureKind.TAGS, FurnitureKind.COMMENTS, FurnitureKind.NEWSLETTER, FurnitureKind.RELATED);

  private ListGaps() {}

  static void fill(PageUnits units, FurnitureKind[] kind, boolean[] story, int headline, FurnitureLexicon lexicon) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int u = 0; u < units.size(); u++) {
        if (kind[u] != null || story[u] || u == headline || !units.single(u)) {
          continue;
        }
        String text = units.text(u);
        if (Shape.words(text) > MAX_WORDS || Shape.endsSentence(text)) {
          continue;
        }
        FurnitureKind above = touching(units, kind, u, u - 1);
        FurnitureKind below = touching(units, kind, u, u + 1);
        if (above != null && above == below && COLUMNS.contains(above)) {
          kind[u] = above;
          changed = true;
        } else if ((above == FurnitureKind.SHARE || below == FurnitureKind.SHARE)
            && Rows.cover(WordKey.words(WordKey.of(text)), lexicon.social()) >= 1) {
          kind[u] = FurnitureKind.SHARE;
          changed = true;
        }
      }
    }
  }

  /** Gaps in the page's header: short lines above the headline with furniture on both sides. */
  static void fillHeader(PageUnits units, FurnitureKind[] kind, boolean[] story, int headline) {
    for (int u = 1; u + 1 < headline; u++) {
      if (kind[u] != null || story[u] || kind[u - 1] == null || kind[u + 1] == null) {
        continue;
      }
      String text = units.text(u);
      if (Shape.words(text) <= MAX_HEADER_WORDS && !Shape.endsSentence(text) && !Shape.byline(text)) {
        kind[u] = kind[u - 1];
      }
    }
  }

  /** The kind of unit {@code v} when it is a single line touching unit {@code u} (no blank line between). */
  private static FurnitureKind touching(PageUnits units, FurnitureKind[] kind, int u, int v) {
    if (v < 0 || v >= units.size() || !units.single(v)) {
      return null;
    }
    boolean adjacent = v < u ? units.last(v) + 1 == units.first(u) : units.last(u) + 1 == units.first(v);
    return adjacent ? kind[v] : null;
  }
}
