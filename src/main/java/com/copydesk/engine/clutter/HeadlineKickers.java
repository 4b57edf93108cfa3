package com.copydesk.engine.clutter;

/**
 * The label a site puts right above the headline: its section or the kind of piece ("BUSINESS",
 * "Long read", "The Big Story"). A line of a few words in capitals or Title Case standing directly
 * above the headline (or above the page's other furniture there) is the page's, provided the
 * headline is clearly the longer line. A line with a figure in it is no kicker (a story's dateline,
 * "CLEVELAND, April 8 -", may stand above a wire table's first row).
 */
final class HeadlineKickers {
  private static final int MAX_WORDS = 3;

  private HeadlineKickers() {}

  static void mark(PageUnits units, FurnitureKind[] kind, boolean[] story, int headline) {
    if (headline < 0 || kind[headline] != null || Shape.endsSentence(units.text(headline))) {
      return; // no headline, or the line taken for it is a sentence of the story: the line above may be the headline
    }
    int headlineWords = Shape.words(units.text(headline));
    for (int u = headline - 1; u >= 0; u--) {
      if (kind[u] != null) {
        continue;
      }
      String text = units.text(u).strip();
      int words = Shape.words(text);
      if (story[u] || words == 0 || words > MAX_WORDS || headlineWords < words + 2 || Shape.endsSentence(text)
          || !capitalised(text) || text.chars().anyMatch(Character::isDigit)) {
        return;
      }
      kind[u] = FurnitureKind.NAVIGATION;
    }
  }

  /** The line starts with a capital ("Essay", "Long read", "The Big Story"). */
  private static boolean capitalised(String text) {
    return Character.isUpperCase(text.codePointAt(0));
  }
}
