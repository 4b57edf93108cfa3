package com.copydesk.engine.clutter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Small helpers the invented site batches ({@link SiteBatchA}, {@link SiteBatchB}) share: random
 * picks, other stories' headlines for teaser lists, a headline cut short as a breadcrumb shows it,
 * page dates and times in the many ways sites print them, invented staff names, and the article's
 * paragraphs laid out with furniture between them. Everything here is made up for Copydesk's tests.
 */
final class SiteKit {
  private SiteKit() {}

  static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  static <T> T pick(Random r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  static boolean chance(Random r, double p) {
    return r.nextDouble() < p;
  }

  static int between(Random r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  /** {@code n} different headlines of other stories. */
  static List<String> headlines(Random r, List<String> others, int n) {
    List<String> pool = new ArrayList<>(others);
    Collections.shuffle(pool, r);
    List<String> out = new ArrayList<>(pool.subList(0, Math.min(n, pool.size())));
    while (out.size() < n) {
      out.add("Another story " + out.size());
    }
    return out;
  }

  /** The headline cut short, as a breadcrumb or a tab title shows it: at a word or mid-word, with or without dots. */
  static String cut(String headline, Random r) {
    int max = Math.max(12, Math.min(headline.length() - 3, between(r, 20, 55)));
    if (headline.length() <= max) {
      return headline + pick(r, "...", "\u2026", "");
    }
    String cut = headline.substring(0, max);
    if (chance(r, 0.5) && cut.lastIndexOf(' ') > 8) {
      cut = cut.substring(0, cut.lastIndexOf(' '));
    }
    return cut.stripTrailing() + pick(r, "...", "\u2026", " ...", "");
  }

  /** One to three items of a list joined as the site joins them, each item numbered or not. */
  static List<String> numbered(List<String> items, String style) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String n = String.valueOf(i + 1);
      switch (style) {
        case "dot" -> out.add(n + ". " + items.get(i));
        case "glued" -> out.add(n + items.get(i));
        case "padded" -> out.add((i < 9 ? "0" : "") + n + " " + items.get(i));
        case "own-line" -> {
          out.add(n);
          out.add(items.get(i));
        }
        default -> out.add(items.get(i));
      }
    }
    return out;
  }

  /** The article's headline, then its paragraphs; {@code after} runs after paragraph i (0-based) of all but the last. */
  static void body(WebPage page, Article a, IntConsumer after) {
    List<List<String>> ps = a.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      page.article(ps.get(i));
      if (i < ps.size() - 1) {
        after.accept(i);
      }
    }
  }

  /** True when the story's first paragraph is its own byline ("By ..."), so a site adds none. */
  static boolean bylined(Article a) {
    return !a.paragraphs().isEmpty() && a.paragraphs().get(0).get(0).startsWith("By ");
  }

  /** True for wire copy (paragraphs hard-wrapped, no blank lines between them). */
  static boolean wire(Article a) {
    return a.gap() == 0;
  }

  // ------------------------------------------------------------ dates and times of the page

  /** A moment the page was published, somewhere in 2023-2025. */
  static LocalDateTime moment(Random r) {
    LocalDate d = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365));
    return d.atTime(between(r, 5, 22), r.nextInt(60));
  }

  static String format(LocalDateTime t, String pattern) {
    return t.format(DateTimeFormatter.ofPattern(pattern, Locale.UK));
  }

  static String formatUs(LocalDateTime t, String pattern) {
    return t.format(DateTimeFormatter.ofPattern(pattern, Locale.US));
  }

  /** "Jan. 13, 2025" in the US newspaper style (May, June, July, March, April not abbreviated). */
  static String apDate(LocalDateTime t) {
    String[] months = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
    return months[t.getMonthValue() - 1] + " " + t.getDayOfMonth() + ", " + t.getYear();
  }

  /** "4:05 p.m." */
  static String apTime(LocalDateTime t) {
    int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
    return h + ":" + String.format("%02d", t.getMinute()) + (t.getHour() < 12 ? " a.m." : " p.m.");
  }

  /** "3 hours ago", "45 mins ago", "2d ago", "Yesterday"... */
  static String ago(Random r) {
    return switch (r.nextInt(7)) {
      case 0 -> between(r, 2, 23) + " hours ago";
      case 1 -> between(r, 2, 59) + " minutes ago";
      case 2 -> between(r, 2, 59) + " mins ago";
      case 3 -> between(r, 1, 23) + "h ago";
      case 4 -> "1 hour ago";
      case 5 -> between(r, 2, 6) + " days ago";
      default -> between(r, 2, 59) + "m ago";
    };
  }

  /** A duration of a clip, "1:32" or "12:04". */
  static String clip(Random r) {
    return between(r, 0, 12) + ":" + String.format("%02d", r.nextInt(60));
  }

  // ------------------------------------------------------------ people and places

  private static final String[] FIRST = {
    "Maren", "Tobias", "Ilse", "Corin", "Dafydd", "Esme", "Farrah", "Gideon", "Hana", "Idris", "Juno",
    "Kasimir", "Lowri", "Magnus", "Nell", "Orla", "Piet", "Rosalind", "Soren", "Tamsin", "Ulla", "Vaughn",
    "Wren", "Yusra", "Zeb"};
  private static final String[] LAST = {
    "Abernath", "Brockley", "Castellan", "Dunmere", "Eskdale", "Fairholm", "Garrow", "Hesketh", "Ingleby",
    "Jarrold", "Kilbride", "Larkin", "Merrow", "Nankivell", "Oddie", "Penhale", "Quarry", "Rendle",
    "Sallow", "Trevenna", "Underhill", "Vosper", "Whitlow", "Yeldham"};

  static String person(Random r) {
    return pick(r, FIRST) + " " + pick(r, LAST);
  }
}
