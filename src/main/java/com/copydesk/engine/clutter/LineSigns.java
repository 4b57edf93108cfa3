package com.copydesk.engine.clutter;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one line on its own says about itself: a furniture label from the lexicon, a page date, a
 * copyright or cookie notice, a sign-up box, a row of navigation, share or footer links, a teaser
 * ("Read more: ..."), a tag list, a picture credit. Lines that only might be furniture come back
 * weak; the page decides about them by where they stand.
 */
final class LineSigns {

  /** What a line is: its kind, whether the sign is weak, whether it heads a block of such lines. */
  record Verdict(FurnitureKind kind, boolean weak, boolean heading) {
    Verdict strong() {
      return weak ? new Verdict(kind, false, heading) : this;
    }
  }

  private static final List<String> TRAILS = List.of("read more", "continue reading", "read the full story",
      "read the full article", "read full story", "read full article", "full story", "read the story",
      "keep reading", "read on", "find out more", "learn more", "see more", "view more", "more");
  private static final Pattern COMMENT_META = Pattern.compile("[^.!?:]{1,50}\\s(?:says|wrote|replied|commented):");
  private static final Pattern AGENCY = Pattern.compile("(?i)getty images|\\bafp\\b|\\breuters\\b|\\bap photo\\b"
      + "|\\bepa\\b|pa media|pa wire|shutterstock|alamy|bloomberg|xinhua|anadolu|\\bsipa\\b|zuma|nurphoto"
      + "|associated press|\\bimago\\b|\\bpool\\b");
  /** Words of a label over a list of topics. */
  private static final Set<String> LIST_LABEL_WORDS = Set.of("tags", "tag", "topics", "topic", "categories",
      "category", "keywords", "sections", "filed", "subjects", "themes", "trending", "hot", "popular");
  /** Words of a label that points the reader to another story. */
  static final Set<String> POINTING_WORDS = Set.of("also", "more", "read", "reading", "further", "related", "see",
      "watch", "listen", "recommended", "suggested", "popular", "trending", "latest", "previously", "earlier", "next",
      "elsewhere");
  /** Sharing words too ordinary to call a line of their own a share button. */
  private static final Set<String> GENERIC_SHARE_WORDS = Set.of("email", "e mail", "mail", "print", "link", "copy",
      "copy link", "save", "sms", "comment", "comments", "share", "shares", "share this", "tweet", "follow",
      "follow us", "follow us on", "on", "and", "us", "x");
  private static final Set<String> NETWORK_CONNECTORS = Set.of("on", "and", "us", "follow", "follow us",
      "follow us on", "share", "shares", "share this", "comment", "comments", "save", "link", "copy", "x");
  private static final Set<String> SEPARATOR_CHARS = Set.of(":", "-", "\u2013", "\u2014", "|", "\u00BB",
      "\u203A", ">", "\u2022", "~", ",", "\u00B7", "\u2192");

  /** Longer lines are paragraphs: no notice, banner or widget runs to more words. */
  private static final int MAX_NOTICE_WORDS = 80;
  /** Longer lines are no row of links and no labelled teaser, tag list or credit. */
  private static final int MAX_LABELLED_WORDS = 45;

  private final FurnitureLexicon lexicon;

  LineSigns(FurnitureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The verdict on a line by itself, or null when it says nothing of being furniture. */
  Verdict read(String line) {
    String text = line.strip();
    int words = Shape.words(text);
    if (words > MAX_NOTICE_WORDS) {
      return null; // a paragraph, whatever it says
    }
    String key = WordKey.of(text);
    if (key.isEmpty() || lexicon.isStoryLine(key) || Shape.byline(text)) {
      return null;
    }
    FurnitureLexicon.Entry heading = lexicon.heading(key);
    FurnitureLexicon.Entry whole = lexicon.line(key);
    if (whole != null || heading != null) {
      FurnitureLexicon.Entry e = heading != null ? heading : whole;
      // a label with a colon announces what follows ("Related:"): no subhead reads like that
      boolean weak = e.weak() && (heading == null || heading.weak()) && !text.endsWith(":");
      return new Verdict(e.kind(), weak, heading != null);
    }
    if (PageDates.isDateLine(text, lexicon)) {
      return new Verdict(FurnitureKind.DATELINE, false, false);
    }
    FurnitureKind widget = WidgetPatterns.read(text, key);
    if (widget != null) {
      return new Verdict(widget, false, false);
    }
    Verdict listHeading = HeadingPatterns.heading(text, key);
    if (listHeading != null) {
      return listHeading;
    }
    if (words > MAX_LABELLED_WORDS) {
      return null;
    }
    Verdict row = row(text, key);
    if (row != null) {
      return row;
    }
    Verdict labelled = labelled(text, key);
    if (labelled != null) {
      return labelled;
    }
    if (teaserTrail(text, key) || words <= 25 && (key.startsWith("click here") || key.startsWith("tap here"))) {
      return new Verdict(FurnitureKind.TEASER, false, false);
    }
    if (COMMENT_META.matcher(text).matches()) {
      return new Verdict(FurnitureKind.COMMENTS, false, false);
    }
    if (agencyCredit(text, words)) {
      return new Verdict(FurnitureKind.CREDIT, false, false);
    }
    if (hashtags(text) || labelledRow(text)) {
      return new Verdict(FurnitureKind.TAGS, false, false);
    }
    Verdict madeOfLabels = madeOfLabels(text, key, words);
    if (madeOfLabels != null) {
      return madeOfLabels;
    }
    if (words <= 8 && Rows.cover(WordKey.words(key), lexicon.sections()) >= 1) {
      return new Verdict(FurnitureKind.NAVIGATION, true, false);
    }
    if (words <= 3 && Rows.cover(WordKey.words(key), lexicon.social()) == 1 && !GENERIC_SHARE_WORDS.contains(key)) {
      return new Verdict(FurnitureKind.SHARE, true, false); // "Facebook" in a column of share buttons
    }
    return null;
  }

  private Verdict row(String text, String key) {
    List<String> items = Rows.items(text);
    if (items.size() >= 2) {
      boolean trail = Rows.trailSeparated(text);
      if (Rows.allIn(items, lexicon.sections())) {
        return new Verdict(trail ? FurnitureKind.BREADCRUMB : FurnitureKind.NAVIGATION, false, false);
      }
      if (Rows.allIn(items, lexicon.footer())) {
        return new Verdict(FurnitureKind.LEGAL, false, false);
      }
      if (shareRow(items)) {
        return new Verdict(FurnitureKind.SHARE, false, false);
      }
      String first = WordKey.of(items.get(0));
      if (trail && (first.equals("home") || first.equals("you are here") || lexicon.sections().contains(first))
          && Rows.countIn(items.subList(0, items.size() - 1), lexicon.sections()) >= items.size() - 2
          && Shape.headlineLike(items.get(items.size() - 1))) {
        return new Verdict(FurnitureKind.BREADCRUMB, false, false);
      }
      if (items.size() >= 3 && shortCapitalised(items)
          && Rows.countIn(items, lexicon.sections()) * 2 >= items.size()) {
        return new Verdict(FurnitureKind.NAVIGATION, false, false);
      }
      if (allLabels(items)) {
        return new Verdict(FurnitureKind.NAVIGATION, false, false); // "Subscribe | Log In"
      }
      return null;
    }
    String single = text.strip();
    if (!single.contains(" ")) {
      List<String> parts = Rows.camelParts(single.replaceAll("[^\\p{L}]", ""));
      if (parts.size() >= 2) {
        if (Rows.allIn(parts, lexicon.sections())) {
          return new Verdict(FurnitureKind.NAVIGATION, false, false);
        }
        if (shareRow(parts)) {
          return new Verdict(FurnitureKind.SHARE, false, false);
        }
        if (Rows.allIn(parts, lexicon.footer())) {
          return new Verdict(FurnitureKind.LEGAL, false, false);
        }
      }
    }
    List<String> words = WordKey.words(key);
    if (Rows.cover(words, lexicon.sections()) >= 4) {
      return new Verdict(FurnitureKind.NAVIGATION, false, false);
    }
    if (Rows.cover(words, lexicon.footer()) >= 3) {
      return new Verdict(FurnitureKind.LEGAL, false, false);
    }
    if (shareWords(words)) {
      return new Verdict(FurnitureKind.SHARE, false, false);
    }
    return null;
  }

  /** Every item is a furniture label on its own ("Subscribe", "Log in", "Newsletters"). */
  private boolean allLabels(List<String> items) {
    for (String item : items) {
      String k = WordKey.of(item);
      if (lexicon.line(k) == null && Rows.cover(WordKey.words(k), lexicon.sections()) < 1
          && Rows.cover(WordKey.words(k), lexicon.footer()) < 1) {
        return false;
      }
    }
    return true;
  }

  /** Items all sharing words, at least one a network or a share verb. */
  private boolean shareRow(List<String> items) {
    if (!Rows.allIn(items, lexicon.social())) {
      return false;
    }
    for (String item : items) {
      String k = WordKey.of(item);
      if (!NETWORK_CONNECTORS.contains(k) || k.startsWith("share") || k.startsWith("follow")) {
        return true;
      }
    }
    return false;
  }

  /** Words all sharing words, with three networks or two and a share or follow verb. */
  private boolean shareWords(List<String> words) {
    if (Rows.cover(words, lexicon.social()) < 2) {
      return false;
    }
    int networks = 0;
    boolean verb = false;
    for (String w : words) {
      if (!NETWORK_CONNECTORS.contains(w)) {
        networks++;
      }
      verb |= w.equals("share") || w.equals("follow") || w.equals("tweet");
    }
    return networks >= 3 || networks >= 2 && verb;
  }

  private static boolean shortCapitalised(List<String> items) {
    for (String item : items) {
      if (Shape.words(item) > 4 || Shape.endsSentence(item)) {
        return false;
      }
      char c = item.charAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** "Read more: ...", "Tags: ...", "Photo: ...": a label, a separator, then the rest. */
  private Verdict labelled(String text, String key) {
    List<String> words = WordKey.words(key);
    for (int n = Math.min(lexicon.longestLabel(), words.size()); n >= 1; n--) {
      FurnitureLexicon.Entry e = lexicon.label(words, n);
      if (e == null) {
        continue;
      }
      int after = afterWords(text, n);
      if (after < 0) {
        continue;
      }
      int restStart = afterSeparator(text, after, e.kind());
      if (restStart < 0) {
        continue;
      }
      String rest = text.substring(restStart).strip();
      if (rest.isEmpty() || WordKey.of(rest).isEmpty()) {
        continue;
      }
      if (fits(e, rest)) {
        return new Verdict(e.kind(), false, false);
      }
    }
    return namedTeaser(text);
  }

  /**
   * A short line made only of the words furniture labels are made of, in an order the lexicon does
   * not list ("Story continues below", "Comments now closed"): furniture, strong from three such
   * words, weak (outside the story, or next to other furniture) from two.
   */
  private Verdict madeOfLabels(String text, String key, int words) {
    if (words > 6 || Shape.endsSentence(text) || text.contains(",") || key.contains("'")) {
      return null; // a sentence, a list or "I don't get it" is no label
    }
    int[] share = lexicon.labelWordShare(key);
    if (share[0] < 2 || share[1] < share[0]) {
      return null;
    }
    return new Verdict(kindOfLabels(key), share[0] < 3, false);
  }

  /** The kind of furniture a line of label words most likely is, by its telling word. */
  private static FurnitureKind kindOfLabels(String key) {
    String k = " " + key + " ";
    if (k.matches(".* (advert\\w*|sponsor\\w*|promot\\w*|ads?) .*")) {
      return FurnitureKind.ADVERT;
    }
    if (k.matches(".* (comment\\w*|repl\\w*|discussion|conversation) .*")) {
      return FurnitureKind.COMMENTS;
    }
    if (k.matches(".* (share\\w*|tweet|follow\\w*|facebook|twitter|whatsapp|linkedin|email) .*")) {
      return FurnitureKind.SHARE;
    }
    if (k.matches(".* (newsletter\\w*|subscri\\w*|sign|inbox|app) .*")) {
      return FurnitureKind.NEWSLETTER;
    }
    if (k.matches(".* (photo\\w*|image\\w*|picture\\w*|video\\w*|caption|credit\\w*|gallery) .*")) {
      return FurnitureKind.CREDIT;
    }
    if (k.matches(".* (related|popular|trending|recommended|latest|stories|headlines|read) .*")) {
      return FurnitureKind.RELATED;
    }
    if (k.matches(".* (privacy|cookie\\w*|terms|rights|legal|policy) .*")) {
      return FurnitureKind.LEGAL;
    }
    return FurnitureKind.NAVIGATION;
  }

  /**
   * "ALSO ON THE LANTERN: Bridge repairs finish early": a short label naming the site, with a word
   * that points elsewhere (also, more, read, related, watch...), a colon, then a headline.
   */
  private static Verdict namedTeaser(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > 45 || Shape.words(text.substring(0, colon)) > 5) {
      return null;
    }
    String rest = text.substring(colon + 1).strip();
    if (rest.isEmpty() || !Shape.headlineLike(rest) || Shape.endsSentence(rest)) {
      return null;
    }
    for (String w : WordKey.words(WordKey.of(text.substring(0, colon)))) {
      if (POINTING_WORDS.contains(w)) {
        return new Verdict(FurnitureKind.TEASER, false, false);
      }
    }
    return null;
  }

  private static boolean fits(FurnitureLexicon.Entry e, String rest) {
    int words = Shape.words(rest);
    switch (e.kind()) {
      case TAGS:
        return words <= 30 && Shape.sentences(rest) <= 1 && !Shape.endsSentence(rest);
      case CREDIT:
        return words <= 40 && Shape.sentences(rest) <= 2;
      default:
        // a headline ends with no full stop ("Must read - Do not waste your time here." is a review)
        return words <= 30 && Shape.sentences(rest) <= 1 && !rest.strip().endsWith(".")
            && !(e.weak() && Shape.endsSentence(rest));
    }
  }

  /** Where the {@code n}-th word of the text ends (words as {@link WordKey} counts them), or -1. */
  private static int afterWords(String text, int n) {
    int seen = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordChar = Character.isLetter(c) || c == '&' || inWord && (c == '\'' || c == '\u2019');
      if (wordChar && !inWord) {
        seen++;
        inWord = true;
      } else if (!wordChar && inWord) {
        inWord = false;
        if (seen == n) {
          return i;
        }
      }
      if (!wordChar && Character.isDigit(c)) {
        return -1; // a label never holds digits; "5 things" is not "things"
      }
    }
    return inWord && seen == n ? text.length() : -1;
  }

  /** The start of the rest after a separator at {@code from}; -1 when there is none. */
  private static int afterSeparator(String text, int from, FurnitureKind kind) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int sepStart = i;
    while (i < text.length() && (SEPARATOR_CHARS.contains(String.valueOf(text.charAt(i))) || text.charAt(i) == ' ')) {
      i++;
    }
    if (i > sepStart && text.substring(sepStart, i).strip().length() > 0) {
      return i;
    }
    if (kind == FurnitureKind.CREDIT && text.regionMatches(true, sepStart, "by ", 0, 3)) {
      return sepStart + 3;
    }
    return -1;
  }

  /** "Kim to meet Putin... Read more »", "Five things to know [Continue reading]". */
  private static boolean teaserTrail(String text, String key) {
    if (Shape.words(text) > 40 || Shape.endsSentence(text)) {
      return false;
    }
    for (String trail : TRAILS) {
      if (key.endsWith(" " + trail) || key.equals(trail)) {
        if (!trail.equals("more") && !trail.equals("see more") && !trail.equals("view more")
            && !trail.equals("learn more") && !trail.equals("find out more") && !trail.equals("read on")) {
          return true;
        }
        String t = text.strip();
        return t.endsWith("\u00BB") || t.endsWith("\u203A") || t.endsWith(">") || t.endsWith("\u2192")
            || t.endsWith("]") || t.endsWith(")") || t.endsWith("\u2026") || t.endsWith("...");
      }
    }
    return false;
  }

  private static boolean agencyCredit(String text, int words) {
    if (words > 10 || Shape.endsSentence(text) && !text.strip().endsWith(")")) {
      return false;
    }
    if (!AGENCY.matcher(text).find()) {
      return false;
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return text.contains("/") || lower.contains(" via ") || lower.contains("getty") || lower.contains("photo")
        || lower.contains("image") || text.contains("\u00A9") || text.strip().startsWith("(");
  }

  /** "Trending topics: Budget | Rail strikes | Housing": a short label, a colon, a row of short items. */
  private static boolean labelledRow(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || Shape.words(text.substring(0, colon)) > 3 || Shape.endsSentence(text)) {
      return false;
    }
    String rest = text.substring(colon + 1);
    List<String> items = Rows.items(rest);
    if (items.size() < 2) {
      // a comma list only under a label of lists ("Topics: ..."), not "Terminal 4: Delta, Frontier"
      boolean listLabel = false;
      for (String w : WordKey.words(WordKey.of(text.substring(0, colon)))) {
        listLabel |= LIST_LABEL_WORDS.contains(w) || POINTING_WORDS.contains(w);
      }
      items = List.of(rest.split(","));
      if (items.size() < 3 || !listLabel) {
        return false;
      }
    }
    for (String item : items) {
      String t = item.strip();
      if (t.isEmpty() || Shape.words(t) > 4 || !Character.isUpperCase(t.charAt(0)) && !Character.isDigit(t.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hashtags(String text) {
    String[] tokens = text.strip().split("[\\s,]+");
    if (tokens.length < 2) {
      return false;
    }
    for (String t : tokens) {
      if (t.length() < 2 || t.charAt(0) != '#' || !Character.isLetter(t.charAt(1))) {
        return false;
      }
    }
    return true;
  }

  static boolean startsWithAny(String key, List<String> openers) {
    for (String o : openers) {
      if (key.equals(o) || key.startsWith(o + " ")) {
        return true;
      }
    }
    return false;
  }
}
