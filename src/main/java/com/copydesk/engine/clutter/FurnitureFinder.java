package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the lines of a pasted web page that are not the article. First what each line says of
 * itself ({@link LineSigns}, {@link HeadlineCopies}); then blocks, the lines under a "Most read" or
 * "Tags" heading; then position: where the story starts (its first paragraph of prose) and ends
 * (its last), so that lines which only might be furniture ("Jobs", "Politics") count before the
 * headline, after the story, or next to other furniture, never in the middle of the story. When in
 * doubt a line stays: removing a line of the article costs more than leaving a label in.
 */
final class FurnitureFinder {
  private static final Pattern WIRE_CREDIT = Pattern.compile(
      "(?i)\\(?\\s*(?:additional |further )?(?:reporting|editing|writing|compiled|produced|edited|contributed) by\\b.*");
  private static final int MAX_BLOCK = 15;
  /** Furniture that opens or closes a page: a list never runs on past it. */
  private static final java.util.Set<FurnitureKind> PAGE_EDGES = java.util.EnumSet.of(FurnitureKind.DATELINE,
      FurnitureKind.LEGAL, FurnitureKind.BREADCRUMB, FurnitureKind.NAVIGATION);
  private static final int MAX_MASTHEAD_WORDS = 6;
  private static final Pattern DOMAIN = Pattern.compile("(?i)^(?:www\\.)?[a-z0-9-]+\\.(?:com|co\\.uk|net|org|news|info|co|uk|us|io)$");

  private final FurnitureLexicon lexicon;
  private final LineSigns signs;

  FurnitureFinder(FurnitureLexicon lexicon) {
    this.lexicon = lexicon;
    this.signs = new LineSigns(lexicon);
  }

  /** The furniture lines of the page: line index to kind, in line order. */
  Map<Integer, FurnitureKind> find(PageLines page) {
    Map<String, java.util.Optional<LineSigns.Verdict>> read = new java.util.HashMap<>();
    java.util.function.Function<String, LineSigns.Verdict> verdictOf =
        text -> read.computeIfAbsent(text, t -> java.util.Optional.ofNullable(signs.read(t))).orElse(null);
    PageUnits units = PageUnits.of(page, line -> {
      LineSigns.Verdict v = verdictOf.apply(line);
      return v != null && !v.weak() ? v.kind() : null;
    });
    int n = units.size();
    boolean[] copied = new boolean[n];
    LineSigns.Verdict[] verdicts = new LineSigns.Verdict[n];
    FurnitureKind[] kind = new FurnitureKind[n];
    boolean[] heading = new boolean[n];
    boolean[] story = new boolean[n];
    List<String> texts = units.strippedLines(page);
    for (int u = 0; u < n; u++) {
      String text = units.text(u);
      story[u] = text.length() < 200 && (Shape.byline(text) || WIRE_CREDIT.matcher(text).matches()
          || lexicon.isStoryLine(WordKey.of(text)));
      if (story[u]) {
        continue;
      }
      verdicts[u] = verdictOf.apply(text);
      if ((verdicts[u] == null || verdicts[u].weak()) && units.single(u)) {
        HeadlineCopies.Copy copy = HeadlineCopies.copyAt(texts, units.first(u), lexicon);
        if (copy != null) {
          verdicts[u] = new LineSigns.Verdict(copy.kind(), false, false);
          int target = units.unitOf(copy.headline());
          if (target >= 0) {
            copied[target] = true;
          }
        }
      }
      if (verdicts[u] != null && !verdicts[u].weak()) {
        kind[u] = verdicts[u].kind();
        heading[u] = verdicts[u].heading();
      }
    }
    int copiedHeadline = -1;
    for (int u = 0; u < n; u++) {
      if (copied[u] && kind[u] == null) {
        story[u] = true; // the headline other lines copy
        copiedHeadline = copiedHeadline < 0 ? u : copiedHeadline;
      }
    }
    BylineLines.markRoleLines(units, story, verdicts, lexicon);
    int guard = copiedHeadline >= 0 ? copiedHeadline : StoryZones.of(units, kind, verdicts).headline(units, kind, story, verdicts);
    int[] items = new int[n];
    for (int u = 0; u < n; u++) {
      if (heading[u] && kind[u] != null) {
        items[u] = block(units, u, kind, heading, story, guard);
      }
    }
    StoryZones zones = StoryZones.of(units, kind, verdicts);
    int headline = copiedHeadline >= 0 ? copiedHeadline : zones.headline(units, kind, story, verdicts);
    subheadsNotHeadings(units, kind, heading, verdicts, items, zones);
    for (int round = 0; round <= n; round++) {
      boolean changed = false;
      for (int u = 0; u < n; u++) {
        LineSigns.Verdict v = verdicts[u];
        if (v == null || kind[u] != null || u == headline) {
          continue;
        }
        if (zones.outside(u) || flaggedNeighbour(kind, u)) {
          kind[u] = v.kind();
          heading[u] = v.heading();
          if (v.heading()) {
            block(units, u, kind, heading, story, headline);
          }
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    mastheads(units, kind, zones, headline, story);
    HeadlineKickers.mark(units, kind, story, headline);
    footerLists(units, kind, zones, story);
    ListGaps.fill(units, kind, story, headline, lexicon);
    ListGaps.fillHeader(units, kind, story, headline);
    Map<Integer, FurnitureKind> lines = new LinkedHashMap<>();
    for (int u = 0; u < n; u++) {
      if (kind[u] != null) {
        for (int line = units.first(u); line <= units.last(u); line++) {
          lines.put(line, kind[u]);
        }
      }
    }
    return lines;
  }

  /**
   * The lines under a heading that belong to it: short, headline-like lines (furniture between
   * them is passed over) up to the first paragraph of prose, byline or other heading. When the
   * story goes on after the block, an item ending in a full stop ends it (it is a one-line
   * paragraph), and a last item standing right above prose stays when it reads like a subhead: in
   * Title Case ("Kim Meets Putin"), or much shorter than the headlines before it.
   */
  private int block(PageUnits units, int head, FurnitureKind[] kind, boolean[] heading, boolean[] story, int headline) {
    List<Integer> items = new ArrayList<>();
    if (introducesList(units, kind, head)) {
      return 0; // "He announced:" then the heading: the list below is the story's
    }
    int u = head + 1;
    for (; u < units.size() && items.size() < MAX_BLOCK && u != headline; u++) {
      if (kind[u] != null) {
        if (heading[u] || PAGE_EDGES.contains(kind[u])) {
          break; // another block, or the page's own header or footer: the list is over
        }
        continue;
      }
      String text = units.text(u);
      if (story[u] || Shape.prose(text) || !Shape.headlineLike(text)
          || units.indent(u) > units.indent(head)) {
        break; // an indented line under an unindented heading is the story's (a row of a wire table)
      }
      items.add(u);
    }
    int after = items.isEmpty() ? head + 1 : items.get(items.size() - 1) + 1;
    if (kind[head] == FurnitureKind.TEASER && !items.isEmpty()) {
      int first = items.get(0);
      if (storyFollows(units, kind, after)) {
        items = items.subList(0, 1); // "Read more" and the one story it links to
      }
      if (Shape.endsSentence(units.text(first)) && storyFollows(units, kind, first + 1)) {
        items = List.of();
      }
    } else if (storyFollows(units, kind, after)) {
      for (int k = 0; k < items.size(); k++) {
        if (Shape.endsSentence(units.text(items.get(k)))) {
          items = items.subList(0, k);
          break;
        }
      }
      if (!items.isEmpty()) {
        int last = items.get(items.size() - 1);
        String text = units.text(last);
        if (last + 1 < units.size() && kind[last + 1] == null && Shape.prose(units.text(last + 1))
            && (Shape.titleCase(text) && !isCapitals(text) || shorterThanTheRest(units, items))) {
          items = items.subList(0, items.size() - 1);
        }
      }
    }
    for (int item : items) {
      kind[item] = kind[head];
    }
    return items.size();
  }

  /**
   * A heading found only by its wording ("Most Popular Choices", "Trending upwards"), standing in
   * the story with no list under it and a paragraph or another heading right after it, is the
   * story's subhead: no page puts a list heading over nothing.
   */
  private void subheadsNotHeadings(PageUnits units, FurnitureKind[] kind, boolean[] heading,
      LineSigns.Verdict[] verdicts, int[] items, StoryZones zones) {
    for (int u = 0; u + 1 < units.size(); u++) {
      if (!heading[u] || kind[u] == null || items[u] > 0 || !zones.inside(u)) {
        continue;
      }
      String text = units.text(u);
      String key = WordKey.of(text);
      if (lexicon.heading(key) != null || lexicon.line(key) != null || text.strip().endsWith(":")) {
        continue;
      }
      if (kind[u + 1] == null && Shape.prose(units.text(u + 1)) || heading[u + 1] && kind[u + 1] != null) {
        kind[u] = null;
        heading[u] = false;
        verdicts[u] = null;
      }
    }
  }

  /** The story line above a heading ends with a colon, so the lines below the heading are its list. */
  private static boolean introducesList(PageUnits units, FurnitureKind[] kind, int head) {
    for (int u = head - 1; u >= 0; u--) {
      if (kind[u] == null) {
        return units.text(u).endsWith(":");
      }
    }
    return false;
  }

  /**
   * The last item is a few words while the items before it are headlines of other stories, two or
   * more words longer on average: it reads like a subhead ("Islanders fear isolation").
   */
  private static boolean shorterThanTheRest(PageUnits units, List<Integer> items) {
    if (items.size() < 2) {
      return false;
    }
    int words = Shape.words(units.text(items.get(items.size() - 1)));
    double others = 0;
    for (int k = 0; k < items.size() - 1; k++) {
      others += Shape.words(units.text(items.get(k)));
    }
    return words <= 3 && others / (items.size() - 1) >= words + 2;
  }

  private static boolean storyFollows(PageUnits units, FurnitureKind[] kind, int from) {
    for (int u = from; u < units.size(); u++) {
      if (kind[u] == null && Shape.prose(units.text(u))) {
        return true;
      }
    }
    return false;
  }

  private static boolean flaggedNeighbour(FurnitureKind[] kind, int u) {
    return u > 0 && kind[u - 1] != null || u + 1 < kind.length && kind[u + 1] != null;
  }

  /**
   * The site's name above the headline: a short capitalised line before the story (not the headline)
   * named as news sites are ("The Harbour Courier", "Evening Post", "dailyexample.com"), or whose
   * words come back in the page's own furniture ("© 2024 Harbour Media").
   */
  private void mastheads(PageUnits units, FurnitureKind[] kind, StoryZones zones, int headline, boolean[] story) {
    List<String> furniture = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (kind[u] == FurnitureKind.LEGAL || kind[u] == FurnitureKind.NEWSLETTER || kind[u] == FurnitureKind.SHARE) {
        furniture.add(" " + WordKey.of(units.text(u)) + " ");
      }
    }
    for (int u = 0; u < units.size() && zones.before(u) && (headline < 0 || u < headline); u++) {
      if (kind[u] != null || story[u]) {
        continue;
      }
      String text = units.text(u);
      List<String> items = Rows.items(text);
      if (items.size() >= 2 && Rows.trailSeparated(text) == false) {
        text = items.get(0); // "The Harbour Courier | Local news since 1901": the name, then a motto
      }
      String key = WordKey.of(text);
      if (Shape.words(text) > MAX_MASTHEAD_WORDS || key.length() < 4 || Shape.endsSentence(text)
          || text.chars().anyMatch(Character::isDigit) && !DOMAIN.matcher(text).find()) {
        continue;
      }
      boolean named = DOMAIN.matcher(text).find() || (Shape.titleCase(text) || isCapitals(text)) && namedLikeNews(key);
      for (String f : furniture) {
        named |= f.length() > key.length() + 2 && f.contains(" " + key + " ");
      }
      if (named) {
        kind[u] = FurnitureKind.NAVIGATION;
      }
    }
  }

  private boolean namedLikeNews(String key) {
    List<String> words = WordKey.words(key);
    for (int i = 0; i < words.size(); i++) {
      if (lexicon.isMastheadWord(words.get(i))
          || i + 1 < words.size() && lexicon.isMastheadWord(words.get(i) + " " + words.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapitals(String text) {
    return text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isLowerCase);
  }

  /**
   * After the story's last paragraph, once the page's furniture has begun, short headline-like
   * lines that end no sentence are the furniture's lists (other stories, comment titles); a short
   * sentence there may be the story's last word, and stays, unless the page's footer has clearly
   * begun (a share bar, a list, tags, comments, a sign-up box or small print, not just an advert
   * or a teaser, which pages put between paragraphs) and the sentence speaks to the reader ("Have a
   * news tip? Email the newsroom.").
   */
  private static void footerLists(PageUnits units, FurnitureKind[] kind, StoryZones zones, boolean[] story) {
    FurnitureKind current = null;
    boolean footer = false;
    for (int u = 0; u < units.size(); u++) {
      if (!zones.after(u)) {
        continue;
      }
      if (kind[u] != null) {
        current = kind[u];
        footer |= StoryZones.FOOTER_KINDS.contains(kind[u]);
        continue;
      }
      String text = units.text(u);
      if (current == null || story[u] || Shape.byline(text) || units.indent(u) > 0 && units.indentedParagraphs()) {
        continue;
      }
      if (Shape.headlineLike(text) && !Shape.endsSentence(text)
          || footer && Shape.words(text) <= 25 && addressesReader(text)) {
        kind[u] = current == FurnitureKind.COMMENTS || current == FurnitureKind.TAGS ? current : FurnitureKind.RELATED;
        if (!Shape.headlineLike(text) || Shape.endsSentence(text)) {
          kind[u] = FurnitureKind.NEWSLETTER;
        }
      }
    }
  }

  private static final Pattern READER = Pattern.compile(
      "(?i).*\\b(?:you|your|you're|yours)\\b.*|.*\\?.*|(?:email|contact|send|write to|call|follow|share|sign|subscribe"
      + "|download|join|get|tell|visit|click|tap|find|support|donate|register|log in|read)\\b.*");

  /** A line that speaks to the reader: "you", a question, or an instruction ("Email the newsroom"). */
  private static boolean addressesReader(String text) {
    return READER.matcher(text.strip()).matches() && !text.contains("\u201C") && !text.contains("\"");
  }
}
