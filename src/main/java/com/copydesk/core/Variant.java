package com.copydesk.core;

import java.util.Optional;

/** The varieties of English Copydesk checks. The code is what the command line and settings use. */
public enum Variant {
  EN_US("en-US", "English (US)"),
  EN_GB("en-GB", "English (UK)"),
  EN_CA("en-CA", "English (Canada)"),
  EN_AU("en-AU", "English (Australia)"),
  EN_NZ("en-NZ", "English (New Zealand)"),
  EN_ZA("en-ZA", "English (South Africa)");

  private final String code;
  private final String label;

  Variant(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label + " — " + code;
  }

  /** Parses "en-GB", "en_gb" and the like. */
  public static Optional<Variant> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.trim().replace('_', '-');
    for (Variant v : values()) {
      if (v.code.equalsIgnoreCase(c)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  public static String codes() {
    StringBuilder sb = new StringBuilder();
    for (Variant v : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(v.code);
    }
    return sb.toString();
  }
}
