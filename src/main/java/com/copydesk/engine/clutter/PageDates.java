package com.copydesk.engine.clutter;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line that is nothing but a date, a time or both, perhaps with "Published" or "Updated": the web
 * page's own date ("Monday, January 13, 2025", "Updated 14:02 GMT, 3 May 2024", "2 hours ago").
 * A story's dateline names a place ("LONDON, Jan 13 (Reuters) -") and is never such a line.
 */
final class PageDates {
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> ZONES = Set.of("gmt", "bst", "utc", "cet", "cest", "eet", "eest", "wet",
      "est", "edt", "et", "cst", "cdt", "ct", "mst", "mdt", "mt", "pst", "pdt", "pt", "ist", "jst", "kst",
      "hkt", "sgt", "aest", "aedt", "awst", "nzst", "nzdt", "msk", "z");
  private static final Set<String> RELATIVE = Set.of("ago", "just", "now", "today", "yesterday", "hour", "hours",
      "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds", "day", "days", "week", "weeks",
      "month", "months", "year", "years", "an", "a");
  private static final Set<String> HALF_DAY = Set.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m");
  private static final Pattern DAY = Pattern.compile("(?:[0-2]?[0-9]|3[01])(?:st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}");
  private static final Pattern TIME = Pattern.compile("[0-2]?[0-9][:.][0-5][0-9](?::[0-5][0-9])?(?:am|pm|a\\.m\\.?|p\\.m\\.?)?");
  private static final Pattern HOUR_HALF = Pattern.compile("[0-2]?[0-9](?:am|pm)");
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:19|20)?[0-9]{2}|(?:19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}(?:t[0-9:.]+z?)?)");
  private static final Pattern SPLIT = Pattern.compile("[\\s,|\u2022\u00B7()\\[\\]]+");

  private PageDates() {}

  static boolean isDateLine(String line, FurnitureLexicon lexicon) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 90) {
      return false;
    }
    boolean month = false;
    boolean day = false;
    boolean year = false;
    boolean weekday = false;
    boolean time = false;
    boolean numeric = false;
    boolean relative = false;
    boolean label = false;
    for (String raw : SPLIT.split(t.toLowerCase(Locale.ROOT))) {
      String w = raw.replaceAll("^[:\\-\u2013\u2014]+|[:\\-\u2013\u2014]+$", "");
      if (w.isEmpty()) {
        continue;
      }
      String bare = w.endsWith(".") && !HALF_DAY.contains(w) ? w.substring(0, w.length() - 1) : w;
      if (WEEKDAYS.contains(bare)) {
        weekday = true;
      } else if (MONTHS.contains(bare)) {
        month = true;
      } else if (YEAR.matcher(bare).matches()) {
        year = true;
      } else if (DAY.matcher(bare).matches()) {
        day = true;
      } else if (TIME.matcher(bare).matches() || HOUR_HALF.matcher(bare).matches()) {
        time = true;
      } else if (NUMERIC_DATE.matcher(bare).matches()) {
        numeric = true;
      } else if (HALF_DAY.contains(w) || ZONES.contains(bare)) {
        continue;
      } else if (RELATIVE.contains(bare)) {
        relative |= bare.equals("ago") || bare.equals("today") || bare.equals("yesterday") || bare.equals("now");
      } else if (lexicon.isDateLabel(bare) || isLabelPhrase(bare)) {
        label |= !bare.equals("on") && !bare.equals("at");
      } else {
        return false;
      }
    }
    boolean calendar = month && day || numeric || weekday && (day || month || time);
    return calendar || time && (label || day && month) || relative && (label || day);
  }

  private static boolean isLabelPhrase(String w) {
    return w.equals("last") || w.equals("first") || w.equals("originally") || w.equals("and")
        || w.equals("uk") || w.equals("local") || w.equals("read") || w.equals("listen");
  }
}
