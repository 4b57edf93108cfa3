package com.copydesk.engine.style;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.Span;
import com.copydesk.engine.consistency.FormConsistency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The house style's banned words and phrases, wherever the draft uses them, with what to write instead. */
public final class BannedWords {
  public static final String RULE_ID = "HOUSE_STYLE_BANNED";
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private BannedWords() {}

  /** {@code issues} plus one style issue per use of a banned word, in text order. */
  public static List<Issue> apply(String text, List<Issue> issues, HouseStyle style) {
    if (style.banned().isEmpty()) {
      return issues;
    }
    List<Issue> found = new ArrayList<>();
    for (HouseStyle.BannedWord b : style.banned()) {
      Matcher m = PATTERNS.computeIfAbsent(b.phrase(), BannedWords::compile).matcher(text);
      while (m.find()) {
        found.add(issue(text, m.start(), m.end(), b, style.name()));
      }
    }
    if (found.isEmpty()) {
      return issues;
    }
    List<Issue> out = new ArrayList<>(issues);
    out.addAll(found);
    out.sort(Comparator.comparingInt(Issue::start).thenComparingInt(Issue::end));
    return out;
  }

  static Pattern compile(String phrase) {
    StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (String part : phrase.strip().split("\\s+")) {
      if (re.length() > 19) {
        re.append("\\s+");
      }
      re.append(Pattern.quote(part));
    }
    re.append("(?![\\p{L}\\p{N}])");
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static Issue issue(String text, int start, int end, HouseStyle.BannedWord b, String styleName) {
    String used = text.substring(start, end);
    List<String> replacements = new ArrayList<>();
    String message;
    if (b.instead().isEmpty()) {
      message = "The house style (" + styleName + ") does not use “" + b.phrase() + "”: rephrase.";
    } else {
      String instead = Character.isUpperCase(used.charAt(0)) && !b.instead().isEmpty()
          ? b.instead().substring(0, 1).toUpperCase(Locale.ROOT) + b.instead().substring(1) : b.instead();
      replacements.add(instead);
      message = "The house style (" + styleName + ") writes “" + b.instead() + "”, not “" + b.phrase() + "”.";
    }
    return new Issue(new Span(start, end), RULE_ID, Category.STYLE, message, "Banned by the house style",
        replacements, used, FormConsistency.contextAround(text, start, end));
  }
}
