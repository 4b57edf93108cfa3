package com.copydesk.engine.variant;

/**
 * A writing habit other than spelling that differs between variants, as the guess reads it: each
 * belongs to a kind (dates, courtesy titles, …) whose forms a variant's writers choose between.
 */
enum Signal {
  DAY_MONTH("date", "day-month", "dates like 13 January"),
  MONTH_DAY("date", "month-day", "dates like January 13"),
  TITLE_BARE("title", "bare", "titles like Mr Smith"),
  TITLE_DOTTED("title", "dotted", "titles like Mr. Smith"),
  INITIALS_DOTTED("initials", "dotted", "U.S. or U.K. with points"),
  INITIALS_BARE("initials", "bare", "US or UK without points"),
  PER_CENT("percent", "per-cent", "\"per cent\""),
  PERCENT("percent", "percent", "\"percent\""),
  PCT("percent", "pct", "\"pct\""),
  PC("percent", "pc", "\"5pc\""),
  POUND("currency", "pound", "£ amounts"),
  DOLLAR("currency", "dollar", "$ amounts"),
  DLRS("currency", "dlrs", "\"dlrs\""),
  STG("currency", "stg", "\"stg\""),
  FOREIGN_DOLLAR("currency", "foreign-dollar", "US$ or A$ amounts"),
  EURO("currency", "euro", "€ amounts"),
  RAND("currency", "rand", "rand amounts"),
  AMOUNT_SHORT("amount", "short", "amounts like 5bn or 300m"),
  AMOUNT_WORDS("amount", "words", "amounts like 5 billion"),
  AMOUNT_WIRE("amount", "wire", "amounts in \"mln\" or \"bln\""),
  QUOTE_SINGLE("quotes", "single", "single quotation marks"),
  QUOTE_DOUBLE("quotes", "double", "double quotation marks"),
  MACRON("macron", "macron", "Maori words with macrons");

  private final String kind;
  private final String form;
  private final String label;

  Signal(String kind, String form, String label) {
    this.kind = kind;
    this.form = form;
    this.label = label;
  }

  String kind() {
    return kind;
  }

  String form() {
    return form;
  }

  /** What a copy editor would call it: "dates like 13 January". */
  String label() {
    return label;
  }

  static Signal of(String kind, String form) {
    for (Signal s : values()) {
      if (s.kind.equals(kind) && s.form.equals(form)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no signal " + kind + " " + form);
  }
}
