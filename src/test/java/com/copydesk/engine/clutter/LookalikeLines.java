package com.copydesk.engine.clutter;

import java.util.List;
import java.util.Random;

/**
 * Lines of ARTICLE text that look like page furniture: a one-line paragraph that starts like a
 * "read more" link or a share bar, a subhead worded like a widget title, a short quotation or
 * closing line, a wire story's credit line. The site batches put one into some stories; the check
 * must leave them alone. Decided here, and in docs/clutter.md: the story's credit line ("Reporting
 * by ...; Editing by ..."), a contributor line ("... contributed to this report") and a correction
 * or amendment note about the story are the story's own and stay. Every line is invented.
 */
final class LookalikeLines {
  private LookalikeLines() {}

  /** Paragraphs of British news copy worded like furniture. */
  static final List<String> BRITISH = List.of(
      "Read more about the scheme, the minister said, in the report published on Tuesday.",
      "Most Popular Choices",
      "Share prices across the sector fell by 3% on Friday.",
      "Follow-up inspections are planned for the spring.",
      "Comments from the council are expected next week.",
      "Subscribers to the service will pay \u00A34 more a month from April.",
      "Sign-ups for the scheme rose by a fifth in March.",
      "\u201CIt is all about trust,\u201D she said.",
      "It was not the first time.",
      "Advertising revenue fell 4% in the half-year.",
      "What happens next?",
      "Back to the drawing board",
      "Trending upwards",
      "Updated figures are due in June.",
      "Copyright disputes have held up the sale for two years.",
      "Related costs rose by \u00A312m.",
      "Watch this space, he said.",
      "Top of the list is the harbour wall.",
      "Log in details for the new portal will be posted to every tenant.",
      "Download speeds in the valley are among the slowest in the country.");

  /** Lines of US wire copy worded like furniture (indented as a wire paragraph starts). */
  static final List<String> WIRE = List.of(
      "    Most active issues were Granite, Kestrel and Northfield.",
      "    Shr 1.12 dlrs vs 98 cts",
      "    NOTE: Full name of the company is Harlan Tool Co Inc.",
      "    Share prices were little changed in late trading.",
      "    Related talks will resume on Monday, the ministry said.",
      "    Updated estimates are due next month.",
      "    Sales 412.6 mln vs 388.1 mln");

  /** A wire story's closing credit lines (kept: they are the story's own). */
  static final List<String> WIRE_CREDITS = List.of(
      "    Reporting by Tamsin Oddie; Editing by Piet Garrow",
      "    Staff writer Juno Castellan in New York contributed to this report.");

  /** A note the story carries about its own correction (kept). */
  static final List<String> CORRECTIONS = List.of(
      "This article was amended on 14 January to correct the name of the operator.",
      "Correction: An earlier version of this story gave the wrong figure for the subsidy.",
      "This story has been updated to include a response from the council.");

  static String line(Random r, Article a) {
    return SiteKit.pick(r, SiteKit.wire(a) ? WIRE : BRITISH);
  }
}
