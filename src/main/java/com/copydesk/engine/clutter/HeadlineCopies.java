package com.copydesk.engine.clutter;

import java.util.List;

/**
 * Lines that repeat the headline as page chrome does: a breadcrumb trail run into a cut-off copy of
 * the headline ("HomeInternationalKim Jong Un, the leader ... will meet with Putin..."), a cut-off
 * copy alone, or the page title with the site's name after it ("Headline | The Daily Example").
 * The headline itself, the longer line, always stays.
 */
final class HeadlineCopies {
  private static final int MIN_COPY = 16;
  /** A copy after a trail of site sections run together may be shorter: "HomeBusinessGold falls on...". */
  private static final int MIN_COPY_AFTER_SECTIONS = 8;
  private static final int MAX_CRUMBS = 60;
  private static final int LOOK_AHEAD = 8;
  private static final int LOOK_BACK = 4;

  private HeadlineCopies() {}

  /** A line that copies the headline: what kind of copy it is, and the line it copies. */
  record Copy(FurnitureKind kind, int headline) {}

  /** The copy line {@code i} is, or null. {@code texts} are the stripped lines, blank ones empty. */
  static Copy copyAt(List<String> texts, int i, FurnitureLexicon lexicon) {
    String line = texts.get(i);
    if (line.length() < MIN_COPY_AFTER_SECTIONS + 4 || line.length() > MAX_CRUMBS + 300) {
      return null;
    }
    int seen = 0;
    for (int j = i + 1; j < texts.size() && seen < LOOK_AHEAD; j++) {
      if (!texts.get(j).isEmpty()) {
        seen++;
        FurnitureKind k = copyOf(line, texts.get(j), lexicon);
        if (k != null) {
          return new Copy(k, j);
        }
      }
    }
    seen = 0;
    for (int j = i - 1; j >= 0 && seen < LOOK_BACK; j--) {
      if (!texts.get(j).isEmpty()) {
        seen++;
        FurnitureKind k = copyOf(line, texts.get(j), lexicon);
        if (k != null) {
          return new Copy(k, j);
        }
      }
    }
    return null;
  }

  private static FurnitureKind copyOf(String line, String headline, FurnitureLexicon lexicon) {
    if (headline.length() < MIN_COPY || line.equals(headline)) {
      return null;
    }
    // the page title: the headline, a separator, a few words naming the site
    if (line.startsWith(headline) && line.length() > headline.length()) {
      String rest = line.substring(headline.length()).strip();
      if (!rest.isEmpty() && "|-\u2013\u2014:\u00B7\u2022".indexOf(rest.charAt(0)) >= 0 && Shape.words(rest) <= 6
          && Shape.words(rest) >= 1 && Shape.words(headline) >= 3) {
        return FurnitureKind.NAVIGATION;
      }
      return null;
    }
    boolean cut = Shape.endsWithEllipsis(line);
    String body = cut ? stripEllipsis(line) : line;
    int maxStart = Math.min(MAX_CRUMBS, body.length() - MIN_COPY_AFTER_SECTIONS);
    for (int k = 0; k <= maxStart; k++) {
      if (body.charAt(k) != headline.charAt(0)) {
        continue;
      }
      int tailLength = body.length() - k;
      if (tailLength > headline.length() || !headline.regionMatches(0, body, k, tailLength)) {
        continue;
      }
      String tail = body.substring(k);
      if (k == 0) {
        return cut && tail.length() < headline.length() && tail.length() >= MIN_COPY ? FurnitureKind.TEASER : null;
      }
      String trail = body.substring(0, k);
      if (crumbs(trail, lexicon) && (tail.length() >= MIN_COPY || sectionsRunTogether(trail, lexicon))) {
        return FurnitureKind.BREADCRUMB;
      }
    }
    return null;
  }

  /** The part before the copy reads as a trail: capitalised words run together or separated, no sentence. */
  private static boolean crumbs(String prefix, FurnitureLexicon lexicon) {
    String p = prefix.strip();
    if (p.isEmpty() || Shape.words(p) > 8 || p.matches(".*[.!?;,\"\u201C\u201D].*")) {
      return false;
    }
    List<String> items = Rows.items(p);
    if (items.size() == 1) {
      String only = items.get(0);
      items = only.contains(" ") ? List.of(only.split("\\s+")) : Rows.camelParts(only.replaceAll("[^\\p{L}]", ""));
    }
    if (items.size() < 2 && !Rows.allIn(items, lexicon.sections())) {
      return false;
    }
    for (String item : items) {
      if (item.isEmpty() || !Character.isUpperCase(item.charAt(0)) && !Character.isDigit(item.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sectionsRunTogether(String trail, FurnitureLexicon lexicon) {
    String t = trail.strip();
    if (t.contains(" ")) {
      return Rows.allIn(Rows.items(t), lexicon.sections()) && Rows.items(t).size() >= 2;
    }
    List<String> parts = Rows.camelParts(t.replaceAll("[^\\p{L}]", ""));
    return parts.size() >= 2 && Rows.allIn(parts, lexicon.sections());
  }

  private static String stripEllipsis(String s) {
    String t = s.strip();
    if (t.endsWith("\u2026")) {
      t = t.substring(0, t.length() - 1);
    }
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip();
  }
}
