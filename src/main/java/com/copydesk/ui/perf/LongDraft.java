package com.copydesk.ui.perf;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * A long draft for measuring the desk: paragraphs of varied sentences about a town restoring its
 * old library, none repeated, with a copy editor's usual catches sprinkled in (misspellings, a
 * doubled word, a space before a comma, "a" before a vowel) so the desk has hundreds of issues to
 * underline. Seeded, so every run gets the same text.
 */
public final class LongDraft {
  private static final String[] WHO = {
      "The library trust", "The borough architect", "A volunteer from the reading group",
      "The head of conservation", "Two local historians", "The building contractor",
      "The chair of the friends' society", "A retired printer", "The town archivist",
      "Pupils from the grammar school", "The heritage officer", "A structural engineer",
      "The new librarian", "Members of the choir", "The treasurer", "A bookbinder from the valley"};
  private static final String[] DID = {
      "explained", "pointed out", "reported", "noted", "suggested", "reminded the committee",
      "wrote in the newsletter", "told the audience", "argued", "estimated"};
  private static final String[] WHAT = {
      "that the reading room would reopen before the autumn term",
      "that the roof timbers were sounder than anyone had feared",
      "that the card catalogue should be kept as it was",
      "that the east wing needed a lift for wheelchair users",
      "that the stained glass had been cleaned by hand",
      "that the map collection had outgrown its cabinets",
      "that the heating had not been replaced since the war",
      "that several rare atlases were found behind a false wall",
      "that the garden path would be paved with local stone",
      "that the evening classes had waiting lists again",
      "that the clock above the entrance would chime once more",
      "that the archive boxes were stacked three deep in the cellar"};
  private static final String[] THEN = {
      "Work on the %s began in week %d.",
      "Around %2$d visitors toured the %1$s on the open day.",
      "The %s has been photographed %d times for the record.",
      "Quotes for the %s came to %d hundred pounds.",
      "Volunteers spent %2$d evenings sorting the %1$s.",
      "A survey of the %s listed %d small repairs."};
  private static final String[] THINGS = {
      "gallery", "basement", "staircase", "periodicals desk", "children's corner", "bindery",
      "lecture hall", "porch", "attic store", "study carrels", "microfilm room", "courtyard"};
  private static final String[] SAYINGS = {
      "\"We owe it to the people who built it,\" %s said.",
      "\"Every shelf tells a story if you look closely,\" %s remarked.",
      "\"The town has waited long enough for this,\" %s added.",
      "\"Nobody expected the cellar to be so dry,\" %s admitted."};
  private static final String[] NAMES = {
      "Mrs Ellery", "Mr Castellan", "Dr Fenwick", "Ms Abernethy", "Mr Oduya", "Miss Ravensworth"};
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

  private LongDraft() {}

  /** About {@code words} words (at least that many), in paragraphs separated by blank lines. */
  public static String generate(int words, long seed) {
    Random r = new Random(seed);
    Set<String> used = new HashSet<>();
    StringBuilder text = new StringBuilder();
    int count = 0;
    while (count < words) {
      StringBuilder p = new StringBuilder();
      int sentences = 4 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        String sentence;
        do {
          sentence = sentence(r);
        } while (!used.add(sentence));
        p.append(s == 0 ? "" : " ").append(sentence);
        count += sentence.split(" ").length;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(p);
    }
    return text.toString();
  }

  private static String sentence(Random r) {
    int kind = r.nextInt(10);
    if (kind < 4) {
      return pick(r, WHO) + " " + pick(r, DID) + " " + pick(r, WHAT) + ".";
    }
    if (kind < 6) {
      return String.format(pick(r, THEN), pick(r, THINGS), 2 + r.nextInt(400));
    }
    if (kind < 7) {
      return String.format(pick(r, SAYINGS), pick(r, NAMES));
    }
    return String.format(pick(r, SLIPS), 2 + r.nextInt(900));
  }

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
