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
 * two away in its place (a misspelt known name), or the house style adds accents and the suggestion
 * only adds them ("Jose" → "José"). Words around the names may change: "However" → "However,",
 * "Kinsey starring" → "Kinsey was starring".
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
      if (leavesNamesAlone(words, names, words(r))) {
        out.add(r);
      }
    }
    return out;
  }

  private boolean leavesNamesAlone(List<String> words, List<Integer> names, List<String> into) {
    for (int i : names) {
      String name = words.get(i);
      if (into.contains(name)) {
        continue;
      }
      if (into.size() != words.size() || !correctsName(name, into.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code into} corrects a misspelt known name, or adds the accents the house style wants. */
  private boolean correctsName(String name, String into) {
    if (addsAccents && WordForms.plainLetters(name).equals(WordForms.plainLetters(into))
        && name.replaceAll("\\p{L}", "").equals(into.replaceAll("\\p{L}", ""))
        && Character.isUpperCase(into.codePointAt(0))) {
      return true;
    }
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
}
