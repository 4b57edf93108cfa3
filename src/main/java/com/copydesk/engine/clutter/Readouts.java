package com.copydesk.engine.clutter;

import java.util.regex.Pattern;

/**
 * Lines that are a widget's read-out rather than words: a clock time or a clip's length alone
 * ("10:42 GMT", "4:31"), a temperature ("Cedar Falls 44°F", "Feels like 54°"), a share or comment
 * count ("106", "+6"), a market ticker ("DOW 39,235.05 +0.41%"), a separator left alone ("·").
 * A time, a clip length or a temperature is never a paragraph of a story; a bare count, a ticker
 * or a separator might belong to a table or a break in the story, so those are weak (they count
 * only outside the story or next to other furniture).
 */
final class Readouts {
  private static final Pattern CLOCK = Pattern.compile(
      "(?i)(?:[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?|[0-2]?[0-9][.:][0-5][0-9]\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))"
      + "\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:gmt|bst|utc|cet|cest|est|edt|et|cst|cdt|ct|mst|mdt|pst|pdt|pt)?");
  private static final Pattern TEMPERATURE = Pattern.compile("-?\\d{1,3}\\s?\u00B0\\s?[CF]?\\b|-?\\d{1,3}\u00B0");
  private static final Pattern COUNT = Pattern.compile("[+]?\\d{1,3}(?:,\\d{3})*(?:\\.\\d)?[kKmM]?");
  private static final Pattern CHANGE = Pattern.compile("[+\u2212-]\\d+(?:\\.\\d+)?%|[\u25B2\u25BC\u25B4\u25BE]");
  private static final Pattern LEVEL = Pattern.compile("\\d{1,3}(?:,\\d{3})*\\.\\d{1,4}");
  private static final Pattern SEPARATOR = Pattern.compile("[\u00B7\u2022|/\\\\\u00BB\u203A\u2013\u2014-]{1,3}");
  private static final int MAX_WIDGET_WORDS = 6;

  private Readouts() {}

  /** The verdict on a line that is a read-out, or null. */
  static LineSigns.Verdict read(String text) {
    String t = text.strip();
    if (CLOCK.matcher(t).matches()) {
      return new LineSigns.Verdict(FurnitureKind.DATELINE, false, false);
    }
    int words = Shape.words(t);
    if (words <= MAX_WIDGET_WORDS && !Shape.endsSentence(t) && TEMPERATURE.matcher(t).find()) {
      return new LineSigns.Verdict(FurnitureKind.NAVIGATION, false, false);
    }
    if (COUNT.matcher(t).matches()) {
      return new LineSigns.Verdict(FurnitureKind.SHARE, true, false);
    }
    if (words <= MAX_WIDGET_WORDS && CHANGE.matcher(t).find() && LEVEL.matcher(t).find() && !Shape.endsSentence(t)) {
      return new LineSigns.Verdict(FurnitureKind.NAVIGATION, true, false);
    }
    if (SEPARATOR.matcher(t).matches()) {
      return new LineSigns.Verdict(FurnitureKind.NAVIGATION, true, false);
    }
    return null;
  }
}
