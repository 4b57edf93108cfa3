package com.copydesk.engine.clutter;

import java.util.List;

/**
 * A web page of an invented site, pasted as a copy editor would get it: the story (headline,
 * byline, dateline, a subhead, one-line paragraphs, a quotation) wrapped in the site's furniture.
 * Every name and sentence is made up for Copydesk's tests.
 */
final class InventedPage {
  private InventedPage() {}

  /** The page's lines; {@link #FURNITURE} says which are the site's. */
  static final List<String> LINES = List.of(
      "Thursday, March 6, 2025",                                                          // 0 F
      "HomeRegionalTown hall votes to keep the harbour...",                               // 1 F
      "",
      "Town hall votes to keep the harbour ferry running",                                // 3
      "",
      "By Selma Varga",                                                                   // 5
      "",
      "PORT ELLIN, March 5 - Councillors voted on Wednesday to keep the harbour ferry running for another two years, ending months of doubt about the service.", // 7
      "",
      "The vote was 14 to 9.",                                                            // 9
      "",
      "Advertisement",                                                                    // 11 F
      "",
      "\u201CThe ferry is how this town gets to work,\u201D said councillor Bram Ostrow.", // 13
      "",
      "A Cheaper Timetable",                                                              // 15
      "",
      "The operator will run fewer sailings on winter Sundays, which it says will save about a fifth of its fuel bill.", // 17
      "",
      "Also read: Ferry captain wont blamed for the January delays",                      // 19 F
      "",
      "Passenger groups said they would watch the new timetable closely.",                // 21
      "",
      "Share this article",                                                               // 23 F
      "Most Read",                                                                        // 24 F
      "Bakery on Quay Street wins national prize",                                        // 25 F
      "Storm closes coastal path for a week",                                             // 26 F
      "Tags: Ferry, Council, Transport",                                                  // 27 F
      "\u00A9 2025 The Ellin Harbour Courier. All rights reserved.");                     // 28 F

  static final List<Integer> FURNITURE = List.of(0, 1, 11, 19, 23, 24, 25, 26, 27, 28);

  static String text(String lineBreak) {
    return String.join(lineBreak, LINES) + lineBreak;
  }

  /** The story alone, as the newsroom wrote it. */
  static String article(String lineBreak) {
    return String.join(lineBreak, List.of(
        LINES.get(3), "", LINES.get(5), "", LINES.get(7), "", LINES.get(9), "", LINES.get(13), "",
        LINES.get(15), "", LINES.get(17), "", LINES.get(21))) + lineBreak;
  }
}
