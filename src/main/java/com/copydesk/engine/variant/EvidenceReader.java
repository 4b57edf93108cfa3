package com.copydesk.engine.variant;

import java.util.List;

/**
 * Reads a draft's prose once, left to right, and tallies what tells English variants apart: lower-case
 * words of the spelling lexicon and the vocabulary (capitalised words are names — "Labour", "Ministry of
 * Defence", "World Trade Center" — whatever the writer's variant), dates, courtesy titles, country
 * initials, percentages, money and quotation marks. No regular expressions and no per-character
 * allocation: 100,000 words take a few milliseconds.
 */
final class EvidenceReader {
  /** The words the reader looks for besides the lexicon's. */
  private enum Keyword { MONTH, SHORT_MONTH, TITLE, U, R, COUNTRY, DOLLAR_PREFIX, PERCENT, PCT, DLRS, STG, CENT, PC, MLN }

  private static final WordTable<Keyword> KEYWORDS = keywords();
  /** The letters of written Maori, with the macron vowels. */
  private static final String MAORI_LETTERS = "aehikmnoprtuwg\u0101\u0113\u012B\u014D\u016BAEHIKMNOPRTUWG\u0100\u0112\u012A\u014C\u016A";
  private static final String MACRON_VOWELS = "\u0101\u0113\u012B\u014D\u016B\u0100\u0112\u012A\u014C\u016A";
  /** How far a quotation opened by a single mark may run before it must close (within the paragraph). */
  private static final int QUOTE_REACH = 600;

  private final SpellingLexicon lexicon;
  private final String text;
  private final Tally tally = new Tally();
  private int numberEnd = -1;
  private int numberValue = -1;
  /** The last lower-case word, while nothing but a space or hyphen follows it: where it starts and ends. */
  private int previousStart = -1;
  private int previousEnd = -1;
  private int dollarPrefixEnd = -1;

  private EvidenceReader(SpellingLexicon lexicon, String text) {
    this.lexicon = lexicon;
    this.text = text;
  }

  private static WordTable<Keyword> keywords() {
    java.util.Map<String, Keyword> m = new java.util.HashMap<>();
    for (String month : List.of("January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December")) {
      m.put(month, Keyword.MONTH);
    }
    // abbreviated months count only with their point ("Jan. 13", the American wire's style)
    for (String month : List.of("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")) {
      m.put(month, Keyword.SHORT_MONTH);
    }
    for (String title : List.of("Mr", "Mrs", "Ms", "Dr")) {
      m.put(title, Keyword.TITLE);
    }
    // letters before "$" that say which dollar: "A$", "NZ$", "C$", "HK$", "S$" (and "US$", below)
    for (String prefix : List.of("A", "AU", "NZ", "C", "CA", "HK", "S")) {
      m.put(prefix, Keyword.DOLLAR_PREFIX);
    }
    m.put("U", Keyword.U);
    m.put("R", Keyword.R);
    m.put("US", Keyword.COUNTRY);
    m.put("UK", Keyword.COUNTRY);
    m.put("percent", Keyword.PERCENT);
    m.put("pct", Keyword.PCT);
    m.put("dlrs", Keyword.DLRS);
    m.put("stg", Keyword.STG);
    m.put("cent", Keyword.CENT);
    m.put("pc", Keyword.PC);
    m.put("mln", Keyword.MLN);
    m.put("bln", Keyword.MLN);
    return new WordTable<>(m);
  }

  static Tally read(SpellingLexicon lexicon, String text) {
    EvidenceReader r = new EvidenceReader(lexicon, text);
    r.run();
    return r.tally;
  }

  private void run() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        word(i, j);
        i = j;
      } else if (c >= '0' && c <= '9') {
        i = number(i);
      } else {
        other(c, i);
        i++;
      }
    }
  }

  private int number(int i) {
    int n = text.length();
    int j = i;
    int value = 0;
    while (j < n && isDigit(text.charAt(j))) {
      value = Math.min(value * 10 + text.charAt(j) - '0', 10_000);
      j++;
    }
    boolean standalone = i == 0 || !(isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.'
        || text.charAt(i - 1) == ',' || Character.isLetter(text.charAt(i - 1)));
    numberValue = standalone && j - i <= 2 && value >= 1 && value <= 31 ? value : -1;
    numberEnd = j + ordinalSuffix(j);
    previousStart = -1;
    return j;
  }

  /** The length of "st", "nd", "rd" or "th" right after a number (0 if none). */
  private int ordinalSuffix(int j) {
    if (j + 2 > text.length()) {
      return 0;
    }
    String s = text.substring(j, j + 2);
    boolean suffix = s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
    return suffix && (j + 2 == text.length() || !Character.isLetter(text.charAt(j + 2))) ? 2 : 0;
  }

  private void word(int i, int j) {
    char first = text.charAt(i);
    if (Character.isLowerCase(first)) {
      lowerCaseWord(i, j);
    } else {
      capitalisedWord(i, j);
      previousStart = -1;
    }
  }

  private void lowerCaseWord(int i, int j) {
    int n = text.length();
    boolean ascii = true;
    for (int k = i; k < j && ascii; k++) {
      char c = text.charAt(k);
      ascii = c >= 'a' && c <= 'z';
    }
    if (!ascii) {
      macron(i, j);
      previousStart = -1;
      return;
    }
    int hash = WordTable.hash(text, i, j);
    SpellingLexicon.Form form = lexicon.form(text, i, j, hash);
    if (form != null) {
      tally.add(form);
    }
    SpellingLexicon.Form vocabulary = form == null ? lexicon.vocabulary(text, i, j, hash) : null;
    if (vocabulary != null) {
      tally.add(vocabulary);
    }
    boolean afterPrevious = previousStart >= 0 && previousEnd + 1 == i
        && (text.charAt(previousEnd) == ' ' || text.charAt(previousEnd) == '-');
    if (afterPrevious && lexicon.startsPhrase(text, previousStart, previousEnd, WordTable.hash(text, previousStart, previousEnd))) {
      SpellingLexicon.Form phrase = lexicon.vocabulary(text.substring(previousStart, previousEnd) + " " + text.substring(i, j));
      if (phrase != null) {
        tally.add(phrase);
      }
    }
    Keyword k = KEYWORDS.get(text, i, j, hash);
    if (k != null) {
      switch (k) {
        case PERCENT -> tally.add(Signal.PERCENT);
        case PCT -> tally.add(Signal.PCT);
        case DLRS -> tally.add(Signal.DLRS);
        case STG -> tally.add(Signal.STG);
        case CENT -> {
          if (afterPrevious && text.charAt(previousEnd) == ' ' && previousEnd - previousStart == 3
              && text.startsWith("per", previousStart)) {
            tally.add(Signal.PER_CENT);
          }
        }
        case MLN -> {
          if (i >= 2 && text.charAt(i - 1) == ' ' && isDigit(text.charAt(i - 2))) {
            tally.add(Signal.AMOUNT_WIRE);
          }
        }
        case PC -> {
          if (i > 0 && isDigit(text.charAt(i - 1)) && (j == n || !Character.isLetterOrDigit(text.charAt(j)))) {
            tally.add(Signal.PC);
          }
        }
        default -> { }
      }
    }
    previousStart = i;
    previousEnd = j;
  }

  private void capitalisedWord(int i, int j) {
    int n = text.length();
    Keyword k = j - i <= 9 ? KEYWORDS.get(text, i, j) : null;
    if (k == null) {
      macron(i, j);
      return;
    }
    switch (k) {
      case MONTH -> month(i, j);
      case SHORT_MONTH -> {
        if (j < n && text.charAt(j) == '.') {
          month(i, j + 1);
        }
      }
      case TITLE -> {
        if (j + 1 < n && text.charAt(j) == '.') {
          tally.add(Signal.TITLE_DOTTED);
        } else if (j + 1 < n && text.charAt(j) == ' ' && Character.isUpperCase(text.charAt(j + 1))) {
          tally.add(Signal.TITLE_BARE);
        }
      }
      case U -> {
        if (j + 2 < n && text.charAt(j) == '.' && text.charAt(j + 2) == '.'
            && (text.charAt(j + 1) == 'S' || text.charAt(j + 1) == 'K')) {
          tally.add(Signal.INITIALS_DOTTED);
        }
      }
      case R -> {
        if (j < n && isDigit(text.charAt(j)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
            && wholeAmount(j)) {
          tally.add(Signal.RAND);
          amountStyle(j);
        }
      }
      case DOLLAR_PREFIX -> {
        if (j < n && text.charAt(j) == '$') {
          dollarPrefixEnd = j;
        }
      }
      case COUNTRY -> {
        if (j < n && text.charAt(j) == '$') {
          dollarPrefixEnd = j;
        } else if ((j == n || !Character.isLetterOrDigit(text.charAt(j)))
            && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
          tally.add(Signal.INITIALS_BARE);
        }
      }
      default -> { }
    }
  }

  /** A month name from {@code i}; {@code j} is just after it (and after its point, if abbreviated). */
  private void month(int i, int j) {
    if (numberValue > 0 && numberEnd == i - 1 && text.charAt(i - 1) == ' ') {
      tally.add(Signal.DAY_MONTH);
      return;
    }
    int n = text.length();
    if (j + 1 < n && text.charAt(j) == ' ' && isDigit(text.charAt(j + 1))) {
      int k = j + 1;
      int value = 0;
      while (k < n && isDigit(text.charAt(k)) && k - j <= 3) {
        value = value * 10 + text.charAt(k) - '0';
        k++;
      }
      boolean day = k - j - 1 <= 2 && value >= 1 && value <= 31 && (k == n || !isDigit(text.charAt(k)))
          && (k == n || text.charAt(k) != ':');
      if (day) {
        tally.add(Signal.MONTH_DAY);
      }
    }
  }

  /** A word with a macron vowel that is spelt in the letters of written Maori ("Māori", "whānau"). */
  private void macron(int i, int j) {
    boolean macron = false;
    for (int k = i; k < j; k++) {
      char c = text.charAt(k);
      if (MAORI_LETTERS.indexOf(c) < 0) {
        return;
      }
      macron |= MACRON_VOWELS.indexOf(c) >= 0;
    }
    if (macron) {
      tally.add(Signal.MACRON);
    }
  }

  private void other(char c, int i) {
    switch (c) {
      case '£' -> {
        if (amountFollows(i + 1)) {
          tally.add(Signal.POUND);
          amountStyle(i + 1);
        }
      }
      case '$' -> {
        if (amountFollows(i + 1)) {
          tally.add(dollarPrefixEnd == i ? Signal.FOREIGN_DOLLAR : Signal.DOLLAR);
          amountStyle(i + 1);
        }
      }
      case '€' -> {
        if (amountFollows(i + 1)) {
          tally.add(Signal.EURO);
          amountStyle(i + 1);
        }
      }
      case '"', '\u201C' -> {
        if (opens(i)) {
          tally.add(Signal.QUOTE_DOUBLE);
        }
      }
      case '\'', '\u2018' -> {
        if (opens(i) && Character.isLetter(text.charAt(i + 1)) && closesLater(i + 1)) {
          tally.add(Signal.QUOTE_SINGLE);
        }
      }
      default -> { }
    }
    if (c != ' ' && c != '-') {
      previousStart = -1;
    }
  }

  /**
   * How a money amount from {@code i} writes millions and billions: "£5bn", "$300m" (the British
   * press) or "$5 billion" (the wire's "5 mln" is read as a word). Amounts without either say nothing.
   */
  private void amountStyle(int i) {
    int n = text.length();
    int k = afterNumber(i < n && text.charAt(i) == ' ' ? i + 1 : i);
    if (suffixAt(k, "bn") || suffixAt(k, "m") || suffixAt(k, "tn")) {
      tally.add(Signal.AMOUNT_SHORT);
    } else if (k < n && text.charAt(k) == ' ') {
      if (suffixAt(k + 1, "billion") || suffixAt(k + 1, "million") || suffixAt(k + 1, "trillion")) {
        tally.add(Signal.AMOUNT_WORDS);
      }
    }
  }

  /** The number from {@code i} ends the word, or has a "bn", "m", "tn" or "k" after it ("R45bn", not "R2D2"). */
  private boolean wholeAmount(int i) {
    int k = afterNumber(i);
    return k == text.length() || !Character.isLetter(text.charAt(k))
        || suffixAt(k, "bn") || suffixAt(k, "m") || suffixAt(k, "tn") || suffixAt(k, "k");
  }

  /** Where the number from {@code i} ends: digits, with points and commas only between digits. */
  private int afterNumber(int i) {
    int n = text.length();
    int k = i;
    while (k < n && (isDigit(text.charAt(k))
        || (text.charAt(k) == '.' || text.charAt(k) == ',') && k + 1 < n && isDigit(text.charAt(k + 1)))) {
      k++;
    }
    return k;
  }

  /** {@code word} stands at {@code k} as a whole word. */
  private boolean suffixAt(int k, String word) {
    int end = k + word.length();
    return text.startsWith(word, k) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  private boolean amountFollows(int i) {
    int k = i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
    return k < text.length() && isDigit(text.charAt(k));
  }

  /** A quotation mark at the start of a paragraph or after a space or an opening bracket or dash. */
  private boolean opens(int i) {
    if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014' || before == '\u2013';
  }

  /**
   * A single quotation mark closes the quotation before the paragraph ends (not an apostrophe in a
   * word), at least two characters on ("rock 'n' roll" is not a quotation).
   */
  private boolean closesLater(int from) {
    int end = Math.min(text.length(), from + QUOTE_REACH);
    for (int k = from + 2; k < end; k++) {
      char c = text.charAt(k);
      if (c == '\n' || text.charAt(k - 1) == '\n' || text.charAt(k - 2) == '\n') {
        return false;
      }
      if ((c == '\'' || c == '\u2019') && !Character.isWhitespace(text.charAt(k - 1))
          && (k + 1 == text.length() || !Character.isLetter(text.charAt(k + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
