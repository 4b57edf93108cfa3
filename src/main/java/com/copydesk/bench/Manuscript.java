package com.copydesk.bench;

import java.util.Random;

/**
 * Benchmark text written by a seeded generator: news-style paragraphs of varied sentences, none
 * repeated, so that no paragraph cache can answer from memory. Copydesk's own words throughout.
 */
final class Manuscript {
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

  private Manuscript() {}

  /** About {@code words} words of text in paragraphs separated by blank lines. */
  static String generate(int words, long seed) {
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
  static String firstWords(String text, int words) {
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

  static int countWords(CharSequence text) {
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
