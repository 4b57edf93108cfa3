package com.copydesk.measure;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * The measurements' text, written by a seeded generator: news-style paragraphs of varied sentences,
 * so that no paragraph cache can answer from memory. Copydesk's own words throughout. Two kinds:
 * {@link #generate} is clean copy (the benchmark's manuscript); {@link #withSlips} is a long draft
 * for the desk, every sentence different and a copy editor's usual catches sprinkled in
 * (misspellings, a doubled word, a space before a comma, "a" before a vowel), so the desk has
 * hundreds of issues to underline. The same seed gives the same text on every run.
 */
public final class Manuscript {
  private static final String[] SUBJECTS = {
      "The harbour board", "The county council", "A spokeswoman for the ferry operator",
      "The transport minister", "Local traders", "The fishermen's union", "Engineers at the port",
      "The regional health authority", "Residents of the old town", "The chief constable",
      "A group of teachers", "The festival organisers", "Two independent auditors",
      "The parish council", "Researchers at the marine institute", "The new mayor"};
  private static final String[] VERBS = {
      "said on", "confirmed on", "announced on", "warned on", "told reporters on",
      "argued on", "admitted on", "insisted on", "agreed on", "revealed on"};
  private static final String[] DAYS = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] CLAIMS = {
      "that the repairs would cost more than the first estimate",
      "that the timetable would change from the spring",
      "that a review of the sea defences was overdue",
      "that the budget had been spent sooner than expected",
      "that more staff would be hired before the summer",
      "that the old bridge could not carry heavy lorries",
      "that visitor numbers had risen for the third year running",
      "that the plans were still being discussed with residents",
      "that the decision had been delayed by the storms",
      "that fares were unlikely to rise before next year"};
  private static final String[] DETAILS = {
      "The work is expected to take %d weeks.",
      "About %d people attended the meeting in the town hall.",
      "The scheme has already cost %d thousand pounds.",
      "Some %d households were affected by the closure.",
      "A further %d complaints were received by the office.",
      "The report runs to %d pages and includes several maps."};
  private static final String[] QUOTES = {
      "\"We have listened carefully to everyone who wrote to us,\" %s said.",
      "\"Nobody wants to see the harbour closed again,\" %s added.",
      "\"This is a sensible plan, and it is affordable,\" %s told the meeting.",
      "\"We will publish the figures as soon as they are checked,\" %s said."};
  private static final String[] NAMES = {
      "Ms Harlow", "Mr Penrose", "Dr Achterberg", "Mrs Quayle", "Mr Tremayne", "Ms Okonedo"};

  /** Catches a copy editor makes: a wrong spelling, or wrong spacing and doubled words. */
  private static final String[] SLIPS = {
      "The goverment grant arrived in %d instalments.",
      "A seperate fund of %d pounds paid for the lighting.",
      "It definately took %d weeks longer than planned.",
      "The flood occured %d years before the renovation.",
      "Nothing was moved untill the %d boxes were labelled.",
      "The council recieved %d letters of support.",
      "Some %d volumes were in the the wrong order.",
      "The shelves were oak , and %d of them needed new brackets.",
      "It was a old building with %d rooms on each floor.",
      "The comittee met %d times over the winter."};

  private Manuscript() {}

  /**
   * At least {@code words} words of a long draft with slips in about three sentences in ten, in
   * paragraphs of four to seven sentences separated by blank lines; no sentence appears twice.
   */
  public static String withSlips(int words, long seed) {
    Random r = new Random(seed);
    Set<String> used = new HashSet<>();
    StringBuilder text = new StringBuilder();
    int count = 0;
    int paragraph = 0;
    while (count < words) {
      StringBuilder p = new StringBuilder();
      int sentences = 4 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        String sentence;
        do {
          sentence = r.nextInt(10) < 3
              ? String.format(pick(r, SLIPS), 2 + r.nextInt(900))
              : sentence(r, paragraph, s);
        } while (!used.add(sentence));
        p.append(s == 0 ? "" : " ").append(sentence);
        count += countWords(sentence);
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(p);
      paragraph++;
    }
    return text.toString();
  }

  /** About {@code words} words of clean text in paragraphs separated by blank lines. */
  public static String generate(int words, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int count = 0;
    int paragraph = 0;
    while (count < words) {
      StringBuilder p = new StringBuilder();
      int sentences = 2 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        String sentence = sentence(r, paragraph, s);
        p.append(s == 0 ? "" : " ").append(sentence);
      }
      String text = p.toString();
      count += countWords(text);
      sb.append(text).append("\n\n");
      paragraph++;
    }
    return sb.toString();
  }

  private static String sentence(Random r, int paragraph, int index) {
    switch (r.nextInt(3)) {
      case 0:
        return String.format(pick(r, DETAILS), 2 + r.nextInt(400) + paragraph % 97);
      case 1:
        return String.format(pick(r, QUOTES), pick(r, NAMES));
      default:
        return pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, DAYS) + " "
            + pick(r, CLAIMS) + ", according to notes from meeting " + (paragraph * 7 + index) + ".";
    }
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  /** The paragraphs of {@code text} that make up its first {@code words} words. */
  public static String firstWords(String text, int words) {
    int count = 0;
    int pos = 0;
    while (pos < text.length() && count < words) {
      int end = text.indexOf('\n', pos);
      end = end < 0 ? text.length() : end + 1;
      String line = text.substring(pos, end).strip();
      if (!line.isEmpty()) {
        count += countWords(line);
      }
      pos = end;
    }
    return text.substring(0, pos);
  }

  public static int countWords(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
