package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where the story is on the page: from its first paragraph of prose to its last. The story's body
 * is the page's main run of prose: paragraphs a few furniture lines apart (an advert, a teaser, a
 * sign-up box between them) belong together; a sentence or two standing on its own after a long
 * stretch of furniture (an "About us" blurb, a comment box's small print, an author's note in the
 * footer) does not extend the story, and neither does one in the page's header. A further run of
 * prose joins the story when it is long enough to be paragraphs of its own.
 */
final class StoryZones {
  /** Furniture that comes after a story, not between its paragraphs. */
  static final Set<FurnitureKind> FOOTER_KINDS = EnumSet.of(FurnitureKind.SHARE, FurnitureKind.COMMENTS,
      FurnitureKind.NEWSLETTER, FurnitureKind.TAGS, FurnitureKind.RELATED, FurnitureKind.LEGAL);
  /** More lines that say they are furniture than this between two paragraphs part two runs of prose. */
  static final int MAX_GAP = 12;
  /** A run of prose of this many words is the story's, however much furniture stands before it. */
  static final int STORY_WORDS = 60;

  private final int first;
  private final int last;

  private StoryZones(int first, int last) {
    this.first = first;
    this.last = last;
  }

  /**
   * The story's zone, given what is known of each unit: {@code kind} (furniture for sure) and
   * {@code signs} (the line says something of being furniture, perhaps weakly).
   */
  static StoryZones of(PageUnits units, FurnitureKind[] kind, LineSigns.Verdict[] signs) {
    List<int[]> runs = runs(units, kind, signs);
    if (runs.isEmpty()) {
      return new StoryZones(-1, -1);
    }
    int best = 0;
    for (int r = 1; r < runs.size(); r++) {
      if (runs.get(r)[2] > runs.get(best)[2]) {
        best = r;
      }
    }
    int from = best;
    while (from > 0 && runs.get(from - 1)[2] >= STORY_WORDS) {
      from--;
    }
    int to = best;
    while (to + 1 < runs.size() && runs.get(to + 1)[2] >= STORY_WORDS) {
      to++;
    }
    int first = runs.get(from)[0];
    int last = runs.get(to)[1];
    // "He declined to comment." ends the story as surely as a long paragraph, unless the page's
    // footer has begun before it
    for (int u = last + 1; u < units.size(); u++) {
      if (kind[u] != null && FOOTER_KINDS.contains(kind[u])) {
        break;
      }
      if (kind[u] == null && Shape.shortSentence(units.text(u))) {
        last = u;
      }
    }
    return new StoryZones(first, last);
  }

  /** Runs of prose: {first unit, last unit, words of prose}, in page order. */
  private static List<int[]> runs(PageUnits units, FurnitureKind[] kind, LineSigns.Verdict[] signs) {
    List<int[]> runs = new ArrayList<>();
    int[] open = null;
    int gap = 0;
    for (int u = 0; u < units.size(); u++) {
      String text = units.text(u);
      if (kind[u] == null && Shape.prose(text)) {
        if (open == null || gap > MAX_GAP) {
          open = new int[] {u, u, 0};
          runs.add(open);
        }
        open[1] = u;
        open[2] += Shape.words(text);
        gap = 0;
      } else if (kind[u] != null || signs[u] != null) {
        gap++;
      }
    }
    return runs;
  }

  /** Before the story's first paragraph (false when the page has no prose at all). */
  boolean before(int u) {
    return first >= 0 && u < first;
  }

  /** After the story's last paragraph. */
  boolean after(int u) {
    return last >= 0 && u > last;
  }

  boolean outside(int u) {
    return before(u) || after(u);
  }

  /** Inside the story, between its first paragraph and its last. */
  boolean inside(int u) {
    return first >= 0 && u >= first && u <= last;
  }

  /**
   * The headline: the last line before the first paragraph that is not furniture or a byline,
   * says nothing of being furniture and reads like a headline (a few words, not a count, a clock
   * time or a lone "X" of a share bar); else the last such line that says nothing of being
   * furniture; else the last that is not furniture; -1 if none. In wire copy whose paragraphs
   * begin indented, the story begins at its first indented line (a dateline or the first row of a
   * table may come before any prose).
   */
  int headline(PageUnits units, FurnitureKind[] kind, boolean[] story, LineSigns.Verdict[] verdicts) {
    int unmarked = -1;
    int fallback = -1;
    for (int u = storyStart(units, kind) - 1; u >= 0; u--) {
      if (kind[u] == null && !story[u]) {
        if (verdicts[u] == null && headlineShaped(units.text(u))) {
          return u;
        }
        unmarked = unmarked < 0 && verdicts[u] == null ? u : unmarked;
        fallback = fallback < 0 ? u : fallback;
      }
    }
    return unmarked >= 0 ? unmarked : fallback;
  }

  private int storyStart(PageUnits units, FurnitureKind[] kind) {
    if (units.indentedParagraphs()) {
      for (int u = 0; u < first; u++) {
        if (kind[u] == null && units.indent(u) > 0) {
          return u;
        }
      }
    }
    return first;
  }

  /** Three words or more, or two making a dozen letters: a headline, not a label or a number. */
  private static boolean headlineShaped(String text) {
    int words = Shape.words(text);
    long letters = text.chars().filter(Character::isLetter).count();
    return words >= 3 && letters >= 8 || words == 2 && letters >= 12;
  }
}
