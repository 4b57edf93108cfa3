package com.copydesk.ui.review;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import java.util.List;

/** How suggestions and issues are worded on cards and menus. */
public final class Suggestions {
  /** Cards and menus offer at most this many suggestions. */
  public static final int SHOWN = 3;

  private Suggestions() {}

  public static List<String> shown(Issue issue) {
    List<String> r = issue.replacements();
    return r.size() <= SHOWN ? r : r.subList(0, SHOWN);
  }

  /** A suggestion as a button says it: blanks made visible, a deletion said in words. */
  public static String label(String replacement) {
    if (replacement.isEmpty()) {
      return "Delete";
    }
    if (replacement.isBlank()) {
      return replacement.length() == 1 ? "␣ (space)" : "␣ (" + replacement.length() + " spaces)";
    }
    return replacement.replace("\n", "⏎");
  }

  /** A suggestion of an issue as a button says it: removing a line of page furniture says so. */
  public static String label(Issue issue, String replacement) {
    return issue.category() == Category.CLUTTER && replacement.isEmpty() ? "Remove line" : label(replacement);
  }

  /** True when the issue is about a word a personal dictionary could hold. */
  public static boolean canAddToDictionary(Issue issue) {
    String w = issue.coveredText().strip();
    return issue.category() == Category.SPELLING && !w.isEmpty() && w.length() < 60
        && w.chars().noneMatch(Character::isWhitespace);
  }

  /** The card's headline: the short message when LanguageTool gives one, else the message. */
  public static String headline(Issue issue) {
    return issue.shortMessage().isBlank() ? issue.category().label() : issue.shortMessage();
  }
}
