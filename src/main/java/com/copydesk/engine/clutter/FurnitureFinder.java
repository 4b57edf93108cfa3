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
    Units units = Units.of(page, line -> {
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
    for (int u = 0; u < n; u++) {
      if (heading[u] && kind[u] != null) {
        block(units, u, kind, heading, story);
      }
    }
    Zones zones = Zones.of(units, kind);
    int headline = copiedHeadline >= 0 ? copiedHeadline : zones.headline(units, kind, story, verdicts);
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
            block(units, u, kind, heading, story);
          }
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    mastheads(units, kind, zones, headline, story);
    footerLists(units, kind, zones, story);
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
  private void block(Units units, int head, FurnitureKind[] kind, boolean[] heading, boolean[] story) {
    List<Integer> items = new ArrayList<>();
    if (introducesList(units, kind, head)) {
      return; // "He announced:" then the heading: the list below is the story's
    }
    int u = head + 1;
    for (; u < units.size() && items.size() < MAX_BLOCK; u++) {
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
  }

  /** The story line above a heading ends with a colon, so the lines below the heading are its list. */
  private static boolean introducesList(Units units, FurnitureKind[] kind, int head) {
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
  private static boolean shorterThanTheRest(Units units, List<Integer> items) {
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

  private static boolean storyFollows(Units units, FurnitureKind[] kind, int from) {
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
  private void mastheads(Units units, FurnitureKind[] kind, Zones zones, int headline, boolean[] story) {
    List<String> furniture = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (kind[u] == FurnitureKind.LEGAL || kind[u] == FurnitureKind.NEWSLETTER || kind[u] == FurnitureKind.SHARE) {
        furniture.add(" " + WordKey.of(units.text(u)) + " ");
      }
    }
    for (int u = 0; u < units.size() && zones.before(u); u++) {
      if (kind[u] != null || u == headline || story[u]) {
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
  private static void footerLists(Units units, FurnitureKind[] kind, Zones zones, boolean[] story) {
    FurnitureKind current = null;
    boolean footer = false;
    for (int u = 0; u < units.size(); u++) {
      if (!zones.after(u)) {
        continue;
      }
      if (kind[u] != null) {
        current = kind[u];
        footer |= FOOTER_KINDS.contains(kind[u]);
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

  /** Furniture that comes after a story, not between its paragraphs. */
  private static final java.util.Set<FurnitureKind> FOOTER_KINDS = java.util.EnumSet.of(FurnitureKind.SHARE,
      FurnitureKind.COMMENTS, FurnitureKind.NEWSLETTER, FurnitureKind.TAGS, FurnitureKind.RELATED, FurnitureKind.LEGAL);
  private static final Pattern READER = Pattern.compile(
      "(?i).*\\b(?:you|your|you're|yours)\\b.*|.*\\?.*|(?:email|contact|send|write to|call|follow|share|sign|subscribe"
      + "|download|join|get|tell|visit|click|tap|find|support|donate|register|log in|read)\\b.*");

  /** A line that speaks to the reader: "you", a question, or an instruction ("Email the newsroom"). */
  private static boolean addressesReader(String text) {
    return READER.matcher(text.strip()).matches() && !text.contains("\u201C") && !text.contains("\"");
  }

  /** Lines joined into the paragraphs they belong to (a hard-wrapped paragraph is one unit). */
  static final class Units {
    private final List<int[]> ranges;
    private final List<String> texts;
    private int[] indents;
    private boolean indentedParagraphs;

    private Units(List<int[]> ranges, List<String> texts) {
      this.ranges = ranges;
      this.texts = texts;
    }

    /** {@code standsAlone}: the kind of furniture a line is by itself (null if none); such a line is not joined. */
    static Units of(PageLines page, java.util.function.Function<String, FurnitureKind> standsAlone) {
      int wrap = wrapWidth(page);
      boolean indented = indentedParagraphs(page);
      List<int[]> ranges = new ArrayList<>();
      int[] open = null;
      for (PageLines.Line line : page.lines()) {
        if (line.blank()) {
          close(page, open, ranges);
          open = null;
        } else if (open != null && continues(page.get(open[1]), line, wrap, standsAlone)
            && !(indented && wrap > 0 && indent(page.get(open[0]).text()) == 0 && !Shape.startsLower(line.trimmed()))) {
          open[1] = line.index();
        } else {
          close(page, open, ranges);
          open = new int[] {line.index(), line.index()};
        }
      }
      close(page, open, ranges);
      List<String> texts = new ArrayList<>();
      for (int[] r : ranges) {
        texts.add(joined(page, r[0], r[1]));
      }
      Units units = new Units(ranges, texts);
      units.indents = new int[ranges.size()];
      for (int u = 0; u < ranges.size(); u++) {
        units.indents[u] = indent(page.get(ranges.get(u)[0]).text());
      }
      units.indentedParagraphs = indented;
      return units;
    }

    /**
     * Paragraphs that begin with an indented line (wire copy): a full line that is not indented
     * continues only a paragraph that began indented, never a line of page furniture or a list.
     */
    private static boolean indentedParagraphs(PageLines page) {
      int n = 0;
      for (PageLines.Line l : page.lines()) {
        if (!l.blank() && indent(l.text()) >= 2) {
          n++;
        }
      }
      return n >= 3;
    }

    int indent(int u) {
      return indents[u];
    }

    boolean indentedParagraphs() {
      return indentedParagraphs;
    }

    /**
     * Adds a finished unit; lines joined into one that does not end a sentence were not a wrapped
     * paragraph after all (a list of headlines near the wrap width) and stay lines of their own.
     */
    private static void close(PageLines page, int[] open, List<int[]> ranges) {
      if (open == null) {
        return;
      }
      if (open[0] < open[1] && !Shape.endsSentence(joined(page, open[0], open[1]))) {
        for (int i = open[0]; i <= open[1]; i++) {
          ranges.add(new int[] {i, i});
        }
      } else {
        ranges.add(open);
      }
    }

    private static String joined(PageLines page, int first, int last) {
      StringBuilder b = new StringBuilder();
      for (int i = first; i <= last; i++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(page.get(i).trimmed());
      }
      return b.toString();
    }

    /**
     * A line goes on from the one above: it starts in lower case, or the text is hard-wrapped and the
     * line above is full. Never when the line above is furniture by itself, nor, for a full line,
     * when the line below is furniture by itself (and no end of a sentence), is indented further
     * (a new paragraph of wire copy), or the line above is in capitals and the line below is not (a
     * headline).
     */
    private static boolean continues(PageLines.Line above, PageLines.Line below, int wrap,
        java.util.function.Function<String, FurnitureKind> standsAlone) {
      String prev = above.trimmed();
      String line = below.trimmed();
      if (Shape.endsSentence(prev) || prev.endsWith(":") || standsAlone.apply(prev) != null) {
        return false;
      }
      if (Shape.startsLower(line) && Shape.words(prev) >= 4) {
        return true;
      }
      if (wrap == 0 || above.text().stripTrailing().length() < wrap * 7 / 10
          || indent(below.text()) > indent(above.text())
          || capitals(prev) && !capitals(line)) {
        return false;
      }
      // a wrapped sentence may end on what looks like a date ("... by\nMarch 31, 1987."), never on a label
      FurnitureKind alone = standsAlone.apply(line);
      return alone == null || alone == FurnitureKind.DATELINE && Shape.endsSentence(line);
    }

    private static int indent(String s) {
      int i = 0;
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
      return i;
    }

    private static boolean capitals(String s) {
      return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * The width a hard-wrapped text is wrapped at, or 0 when lines are paragraphs: most long lines
     * stop short of about the same width and run on into the next line.
     */
    private static int wrapWidth(PageLines page) {
      List<Integer> lengths = new ArrayList<>();
      for (PageLines.Line l : page.lines()) {
        if (!l.blank()) {
          lengths.add(l.text().stripTrailing().length());
        }
      }
      if (lengths.size() < 8) {
        return 0;
      }
      int[] sorted = lengths.stream().mapToInt(Integer::intValue).toArray();
      Arrays.sort(sorted);
      int width = sorted[(int) (sorted.length * 0.9)];
      if (width > 100 || width < 30) {
        return 0;
      }
      int runOn = 0;
      List<PageLines.Line> lines = page.lines();
      for (int i = 0; i + 1 < lines.size(); i++) {
        PageLines.Line l = lines.get(i);
        if (!l.blank() && !lines.get(i + 1).blank() && l.text().stripTrailing().length() >= width * 7 / 10
            && !Shape.endsSentence(l.trimmed())) {
          runOn++;
        }
      }
      return runOn >= Math.max(3, lengths.size() / 4) ? width : 0;
    }

    int size() {
      return ranges.size();
    }

    String text(int u) {
      return texts.get(u);
    }

    int first(int u) {
      return ranges.get(u)[0];
    }

    int last(int u) {
      return ranges.get(u)[1];
    }

    /** The unit a line belongs to, or -1 for a blank line. */
    int unitOf(int line) {
      for (int u = 0; u < ranges.size(); u++) {
        if (first(u) <= line && line <= last(u)) {
          return u;
        }
      }
      return -1;
    }

    boolean single(int u) {
      return first(u) == last(u);
    }

    /** Every line's stripped text, blank lines as "". */
    List<String> strippedLines(PageLines page) {
      List<String> out = new ArrayList<>(page.size());
      for (PageLines.Line l : page.lines()) {
        out.add(l.trimmed());
      }
      return out;
    }
  }

  /** Where the story is: from its first paragraph of prose to its last. */
  static final class Zones {
    private final int first;
    private final int last;

    private Zones(int first, int last) {
      this.first = first;
      this.last = last;
    }

    static Zones of(Units units, FurnitureKind[] kind) {
      int first = -1;
      int last = -1;
      for (int u = 0; u < units.size(); u++) {
        if (kind[u] == null && Shape.prose(units.text(u))) {
          first = first < 0 ? u : first;
          last = u;
        }
      }
      // "He declined to comment." ends the story as surely as a long paragraph, unless the page's
      // footer has begun before it
      for (int u = last + 1; last >= 0 && u < units.size(); u++) {
        if (kind[u] != null && FOOTER_KINDS.contains(kind[u])) {
          break;
        }
        if (kind[u] == null && Shape.shortSentence(units.text(u))) {
          last = u;
        }
      }
      return new Zones(first, last);
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

    /**
     * The headline: the last line before the first paragraph that is not furniture or a byline and
     * says nothing of being furniture (else the last that is not furniture); -1 if none.
     */
    int headline(Units units, FurnitureKind[] kind, boolean[] story, LineSigns.Verdict[] verdicts) {
      int fallback = -1;
      for (int u = first - 1; u >= 0; u--) {
        if (kind[u] == null && !story[u]) {
          if (verdicts[u] == null) {
            return u;
          }
          fallback = fallback < 0 ? u : fallback;
        }
      }
      return fallback;
    }
  }
}
