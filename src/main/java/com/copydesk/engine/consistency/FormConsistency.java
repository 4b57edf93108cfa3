package com.copydesk.engine.consistency;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.SentenceContext;
import com.copydesk.core.Span;
import com.copydesk.engine.names.WordCounts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One draft, one way of writing each thing. For every family of equivalent forms ({@link FormFamily})
 * the draft uses, the way that wins is the house style's, if it prefers one (every other form is then
 * a style issue), or else the draft's own majority (each form of a less used way is then a consistency
 * issue; a tie goes to the way used first). The winning form is the first suggestion. An issue here
 * takes the place of the speller's verdict on the same word.
 */
public final class FormConsistency {
  public static final String CONSISTENT_PREFIX = "CONSISTENT_";
  public static final String HOUSE_STYLE_PREFIX = "HOUSE_STYLE_";
  private static final Map<List<FormFamily>, FamilyIndex> INDEXES = new ConcurrentHashMap<>();

  private FormConsistency() {}

  /**
   * {@code issues} (in text order) plus the consistency and house-style issues for {@code families};
   * {@code preferred} maps a family id to the index of the choice the house style writes, and
   * {@code styleName} names the style in messages.
   */
  public static List<Issue> apply(String text, List<Issue> issues, List<FormFamily> families,
      Map<String, Integer> preferred, String styleName) {
    return apply(text, issues, families, preferred, styleName, form -> true);
  }

  /**
   * As above, but a form the check's English variant does not accept ({@code accepted} false: "colour"
   * in a draft checked as American English) is never offered as the draft's majority: the speller
   * already speaks for the variant there. A house style's preferred form is offered all the same (the
   * editor chose it).
   */
  public static List<Issue> apply(String text, List<Issue> issues, List<FormFamily> families,
      Map<String, Integer> preferred, String styleName, Predicate<String> accepted) {
    FamilyIndex index = INDEXES.computeIfAbsent(List.copyOf(families), FamilyIndex::new);
    List<FamilyIndex.Use> uses = index.find(text);
    if (uses.isEmpty()) {
      return issues;
    }
    Map<FormFamily, int[]> counts = new HashMap<>();
    Map<FormFamily, Integer> firstUsed = new HashMap<>();
    for (FamilyIndex.Use u : uses) {
      counts.computeIfAbsent(u.family(), f -> new int[f.choices().size()])[u.choice()]++;
      firstUsed.putIfAbsent(u.family(), u.choice());
    }
    List<Issue> found = new ArrayList<>();
    for (FamilyIndex.Use u : uses) {
      FormFamily f = u.family();
      Integer prefer = preferred.get(f.id());
      int[] n = counts.get(f);
      int winner = prefer != null ? prefer : majority(n, firstUsed.get(f));
      if (u.choice() == winner || prefer == null && used(n) < 2) {
        continue;
      }
      String form = f.rows().get(u.row()).get(winner);
      if (form.isEmpty() || prefer == null && !accepted.test(form)) { // the house style's choice is the editor's
        continue;
      }
      String replacement = FamilyIndex.write(form, u.number(), text.substring(u.start(), u.end()));
      found.add(prefer != null
          ? issue(text, u, HOUSE_STYLE_PREFIX + f.ruleSuffix(), Category.STYLE, replacement,
              "The house style (" + styleName + ") writes " + f.choices().get(winner) + ": “" + replacement + "”.",
              "House style")
          : issue(text, u, CONSISTENT_PREFIX + f.ruleSuffix(), Category.CONSISTENCY, replacement,
              "This draft mostly writes " + f.choices().get(winner) + " (" + times(n[winner]) + "): “"
                  + replacement + "”, not “" + text.substring(u.start(), u.end()) + "”.",
              "Written two ways"));
    }
    return found.isEmpty() ? issues : merge(issues, found);
  }

  private static int used(int[] n) {
    int k = 0;
    for (int x : n) {
      k += x > 0 ? 1 : 0;
    }
    return k;
  }

  private static int majority(int[] n, int first) {
    int best = first;
    for (int i = 0; i < n.length; i++) {
      if (n[i] > n[best]) {
        best = i;
      }
    }
    return best;
  }

  static String times(int n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }

  private static Issue issue(String text, FamilyIndex.Use u, String ruleId, Category category, String replacement,
      String message, String shortMessage) {
    return new Issue(new Span(u.start(), u.end()), ruleId, category, message, shortMessage, List.of(replacement),
        text.substring(u.start(), u.end()), contextAround(text, u.start(), u.end()));
  }

  /** The sentence (or at most 200 characters either side, within the line) around {@code [start, end)}. */
  public static SentenceContext contextAround(String text, int start, int end) {
    int from = sentenceStart(text, start);
    int to = sentenceEnd(text, end);
    return new SentenceContext(text.substring(from, to), start - from, end - start);
  }

  /** The start of the line (paragraph) or sentence around {@code at}, at most 200 characters back. */
  static int sentenceStart(String text, int at) {
    int i = at;
    while (i > 0 && at - i < 200 && text.charAt(i - 1) != '\n'
        && !(i >= 2 && ".!?".indexOf(text.charAt(i - 2)) >= 0 && text.charAt(i - 1) == ' ')) {
      i--;
    }
    return i;
  }

  static int sentenceEnd(String text, int at) {
    int i = at;
    while (i < text.length() && i - at < 200 && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
      if (".!?".indexOf(text.charAt(i - 1)) >= 0 && (i == text.length() || text.charAt(i) == ' ')) {
        break;
      }
    }
    return i;
  }

  /** Adds {@code found} in text order; a spelling issue (or name to verify) under one of them gives way. */
  private static List<Issue> merge(List<Issue> issues, List<Issue> found) {
    List<Issue> out = new ArrayList<>(issues.size() + found.size());
    for (Issue i : issues) {
      boolean replaced = i.category() == Category.SPELLING
          && found.stream().anyMatch(f -> f.span().overlaps(i.span()));
      if (!replaced) {
        out.add(i);
      }
    }
    out.addAll(found);
    out.sort(Comparator.comparingInt(Issue::start).thenComparingInt(Issue::end));
    return out;
  }

  /** Where the forms of a list of families stand in a text. */
  static final class FamilyIndex {
    record Use(FormFamily family, int row, int choice, int start, int end, String number) {}

    private record Ref(FormFamily family, int row, int choice) {}

    /** A form that is not one word, with the letters (or sign) it cannot be without, to skip texts that lack them. */
    private record Phrase(Pattern pattern, Ref ref, String anchor) {}

    private static final String NUMBER = "<n>";
    /** How far a form reaches from its anchor (no form is longer). */
    private static final int REACH = 64;

    private final Map<String, Ref> words = new HashMap<>();
    private final List<Phrase> phrases = new ArrayList<>();

    FamilyIndex(List<FormFamily> families) {
      for (FormFamily f : families) {
        for (int r = 0; r < f.rows().size(); r++) {
          for (int c = 0; c < f.choices().size(); c++) {
            String form = f.rows().get(r).get(c);
            if (form.isEmpty()) {
              continue;
            }
            Ref ref = new Ref(f, r, c);
            if (form.matches("\\p{L}+(?:[-'’]\\p{L}+)*")) {
              words.putIfAbsent(form.toLowerCase(Locale.ROOT), ref);
            } else {
              phrases.add(new Phrase(compile(form), ref, anchor(form)));
            }
          }
        }
      }
    }

    List<Use> find(String text) {
      List<Use> out = new ArrayList<>();
      if (!words.isEmpty()) {
        Set<String> names = new HashSet<>();
        List<Use> capitalisedStarts = new ArrayList<>();
        WordCounts.forEachWord(text, (s, e) -> {
          String word = text.substring(s, e);
          Ref ref = words.get(word.toLowerCase(Locale.ROOT));
          if (ref == null) {
            return;
          }
          Use use = new Use(ref.family(), ref.row(), ref.choice(), s, e, null);
          if (readAsName(text, s, ref)) {
            names.add(word);
          } else if (Character.isUpperCase(word.charAt(0)) && isSmallLetterForm(ref)) {
            capitalisedStarts.add(use);
          } else {
            out.add(use);
          }
        });
        // a sentence's first word is a name when the draft writes it so inside a sentence too (a company's name)
        for (Use use : capitalisedStarts) {
          if (!names.contains(text.substring(use.start(), use.end()))) {
            out.add(use);
          }
        }
      }
      String lower = phrases.isEmpty() ? "" : text.toLowerCase(Locale.ROOT);
      boolean sameLength = lower.length() == text.length();
      for (Phrase p : phrases) {
        Matcher m = p.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int seen = -1;
        for (int hit = lower.indexOf(p.anchor()); hit >= 0; hit = lower.indexOf(p.anchor(), hit + 1)) {
          // look for the form only around its anchor: forms are short, drafts long
          m.region(sameLength ? Math.max(0, hit - REACH) : 0, sameLength ? Math.min(text.length(), hit + REACH) : text.length());
          while (m.find()) {
            if (m.start() > seen && m.start() <= hit && hit < m.end()) {
              String number = m.groupCount() >= 1 ? m.group(1) : null;
              out.add(new Use(p.ref().family(), p.ref().row(), p.ref().choice(), m.start(), m.end(), number));
              seen = m.start();
            }
          }
        }
      }
      out.sort(Comparator.comparingInt(Use::start));
      return out;
    }

    /**
     * True for a use with a capital inside a sentence of a form the family writes in small letters: a
     * name ("Earl Grey", "the Labor Party") or a title, not the draft's spelling of the word. A
     * capitalised first word of a sentence is one too when the draft also writes it so inside a sentence.
     */
    static boolean readAsName(String text, int start, Ref ref) {
      return Character.isUpperCase(text.charAt(start)) && isSmallLetterForm(ref) && !startsSentence(text, start);
    }

    private static boolean isSmallLetterForm(Ref ref) {
      String form = ref.family().rows().get(ref.row()).get(ref.choice());
      return form.equals(form.toLowerCase(Locale.ROOT));
    }

    /** True when only spaces, opening quotes or brackets stand between {@code at} and a sentence's end or a line's start. */
    static boolean startsSentence(String text, int at) {
      int i = at - 1;
      while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'([".indexOf(text.charAt(i)) >= 0)) {
        i--;
      }
      return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r' || ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    /** The longest run of letters in the form, in small letters ("jong" for "Kim Jong-un"), or else the form's sign. */
    static String anchor(String form) {
      String longest = "";
      for (String run : form.replace(NUMBER, " ").split("[^\\p{L}]+")) {
        if (run.length() > longest.length()) {
          longest = run;
        }
      }
      return longest.isEmpty() ? form.replace(NUMBER, "").strip() : longest.toLowerCase(Locale.ROOT);
    }

    static Pattern compile(String form) {
      StringBuilder re = new StringBuilder();
      if (form.startsWith(NUMBER)) {
        re.append("(?<![\\p{L}\\p{N}.,])");
      } else if (Character.isLetter(form.codePointAt(0))) {
        re.append("(?<![\\p{L}\\p{N}])");
      }
      int i = 0;
      while (i < form.length()) {
        if (form.startsWith(NUMBER, i)) {
          re.append("(\\d(?:[\\d,.]*\\d)?)");
          i += NUMBER.length();
        } else if (Character.isWhitespace(form.charAt(i))) {
          re.append("\\s+");
          while (i < form.length() && Character.isWhitespace(form.charAt(i))) {
            i++;
          }
        } else {
          re.append(Pattern.quote(String.valueOf(form.charAt(i))));
          i++;
        }
      }
      if (Character.isLetter(form.codePointBefore(form.length()))) {
        re.append("(?![\\p{L}\\p{N}])");
      }
      return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code form} with its number filled in, in the case of the text it replaces unless it has capitals of its own. */
    static String write(String form, String number, String replaced) {
      String out = number == null ? form : form.replace(NUMBER, number);
      if (!form.equals(form.toLowerCase(Locale.ROOT))) {
        return out;
      }
      String letters = replaced.replaceAll("[^\\p{L}]", "");
      if (letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
        return out.toUpperCase(Locale.ROOT);
      }
      int first = 0;
      while (first < replaced.length() && !Character.isLetter(replaced.charAt(first))) {
        first++;
      }
      if (first < replaced.length() && Character.isUpperCase(replaced.charAt(first))) {
        int at = 0;
        while (at < out.length() && !Character.isLetter(out.charAt(at))) {
          at++;
        }
        if (at < out.length()) {
          return out.substring(0, at) + Character.toUpperCase(out.charAt(at)) + out.substring(at + 1);
        }
      }
      return out;
    }
  }
}
