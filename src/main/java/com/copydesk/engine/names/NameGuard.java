package com.copydesk.engine.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps LanguageTool's grammar, style and name-list rules from rewriting names. A name here is a
 * capitalised word, except the first word of a sentence when the dictionary knows it in small letters
 * ("However", "Their"). A suggestion must keep every name of the text it replaces as written
 * ("Andrew Mehrtens" → "Andreas Martens", "Wal-Mart" → "Walmart", "Friday's" → "Fridays" are dropped)
 * unless the name is one the dictionary does not know and the suggestion puts a known word a slip or
 * two away in its place (a misspelt known name), or the suggestion only adds accents: those pass when
 * the house style adds accents to names ("Jose" → "José"), and otherwise the name is put back as the
 * copy prints it ("Arsene Wengre" → "Arsene Wenger", not "Arsène Wenger"). Words around the names may
 * change: "However" → "However,", "Kinsey starring" → "Kinsey was starring".
 */
public final class NameGuard {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’\\-]\\p{L}+)*");

  private final Lexicon lexicon;
  private final boolean addsAccents;

  public NameGuard(Lexicon lexicon, boolean addsAccents) {
    this.lexicon = lexicon;
    this.addsAccents = addsAccents;
  }

  /** The suggestions for {@code covered} that leave its names alone, in their order. */
  public List<String> keep(String covered, List<String> replacements, boolean opensSentence) {
    List<String> words = words(covered);
    List<Integer> names = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (isName(words.get(i), i == 0 && opensSentence)) {
        names.add(i);
      }
    }
    if (names.isEmpty()) {
      return replacements;
    }
    List<String> out = new ArrayList<>(replacements.size());
    for (String r : replacements) {
      String kept = leavingNamesAlone(covered, words, names, r);
      if (kept != null && !kept.equals(covered) && !out.contains(kept)) {
        out.add(kept);
      }
    }
    return out;
  }

  /** {@code replacement} with the names put back where it only adds accents the style does not want; null if it rewrites a name. */
  private String leavingNamesAlone(String covered, List<String> words, List<Integer> names, String replacement) {
    List<int[]> at = wordSpans(replacement);
    List<String> into = new ArrayList<>(at.size());
    for (int[] a : at) {
      into.add(replacement.substring(a[0], a[1]));
    }
    StringBuilder fixed = new StringBuilder(replacement);
    for (int k = names.size() - 1; k >= 0; k--) {
      int i = names.get(k);
      String name = words.get(i);
      if (into.contains(name)) {
        continue;
      }
      if (into.size() != words.size()) {
        return null;
      }
      String other = into.get(i);
      if (onlyAccents(name, other)) {
        if (!addsAccents) {
          fixed.replace(at.get(i)[0], at.get(i)[1], name);
        }
      } else if (!misspeltKnownName(name, other)) {
        return null;
      }
    }
    return fixed.toString();
  }

  private static boolean onlyAccents(String name, String other) {
    return !name.equals(other) && WordForms.plainLetters(name).equals(WordForms.plainLetters(other))
        && name.replaceAll("\\p{L}", "").equals(other.replaceAll("\\p{L}", ""))
        && Character.isUpperCase(other.codePointAt(0));
  }

  private boolean misspeltKnownName(String name, String into) {
    return !lexicon.knows(name) && lexicon.knows(into)
        && WordForms.distance(name, into, 2) <= WordForms.slipsAllowed(into);
  }

  private boolean isName(String word, boolean opensSentence) {
    if (!WordForms.isCapitalised(word) && !WordForms.isAllCaps(word)) {
      return false;
    }
    return !(opensSentence && lexicon.knows(word.toLowerCase(Locale.ROOT)));
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<int[]> wordSpans(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
