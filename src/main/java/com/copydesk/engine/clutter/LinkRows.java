package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A site's menu pasted as one line, when not every item is a section name the lexicon knows:
 * items run together ("NewsSportWhat's OnPropertyJobsObituaries") or set side by side in capitals
 * ("World U.S. Politics Sports Entertainment Business Fact Check"). Such a line is a menu when most
 * of its words are names of site sections, footer links or sharing words; a headline in Title Case
 * has few of them.
 */
final class LinkRows {
  private static final int MIN_GLUED = 2;
  private static final int MIN_RUN_PARTS = 4;
  private static final int MIN_SIDE_BY_SIDE = 6;
  private static final double KNOWN_SHARE = 0.6;
  private static final Set<String> SMALL = Set.of("to", "and", "of", "the", "in", "on", "for", "&");

  private LinkRows() {}

  static boolean isMenu(String text, FurnitureLexicon lexicon) {
    String t = text.strip();
    if (Shape.endsSentence(t) || t.indexOf(',') >= 0 || t.indexOf(':') >= 0) {
      return false;
    }
    List<String> parts = new ArrayList<>();
    int glued = 0;
    boolean capitalised = true;
    for (String token : t.split("\\s+")) {
      String letters = token.replaceAll("[^\\p{L}&]", "");
      if (letters.isEmpty()) {
        continue;
      }
      if (SMALL.contains(letters.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      capitalised &= Character.isUpperCase(letters.charAt(0));
      List<String> run = Rows.camelParts(letters);
      glued += run.size() - 1;
      parts.addAll(run);
    }
    boolean shaped = glued >= MIN_GLUED && parts.size() >= MIN_RUN_PARTS
        || capitalised && parts.size() >= MIN_SIDE_BY_SIDE;
    if (!shaped) {
      return false;
    }
    int known = 0;
    for (String p : parts) {
      String k = p.toLowerCase(java.util.Locale.ROOT);
      if (lexicon.sections().contains(k) || lexicon.footer().contains(k) || lexicon.social().contains(k)) {
        known++;
      }
    }
    return known >= KNOWN_SHARE * parts.size();
  }
}
