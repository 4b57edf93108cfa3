package com.copydesk.engine.variant;

import com.copydesk.core.Variant;
import java.util.List;
import java.util.Objects;

/**
 * The English variant a draft is to be checked in, and why: read from the draft's own English
 * ({@link #fromText()}), or the default because the draft gives too little to go on.
 *
 * @param variant the variant to check in
 * @param fromText true when the draft's evidence chose it, false when it is the default
 * @param fallback the default the guess started from
 * @param evidence what the draft showed
 * @param reasons what spoke for the variant, strongest first ("the spelling: 41 British forms, 0
 *     American", "6 titles like Mr Smith")
 */
public record VariantGuess(Variant variant, boolean fromText, Variant fallback, VariantEvidence evidence,
    List<String> reasons) {

  public VariantGuess {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(fallback, "fallback");
    Objects.requireNonNull(evidence, "evidence");
    reasons = List.copyOf(reasons);
  }

  /**
   * Why this variant, for the copy editor: "from the spelling: 41 British forms, 0 American", "from
   * the dates and titles: …", or "the default: the draft gives no clue".
   */
  public String explanation() {
    if (!fromText || reasons.isEmpty()) {
      return evidence.isEmpty() ? "the default: the draft gives no clue to its variant"
          : "the default: too little to go on (" + evidence + ")";
    }
    List<String> top = reasons.subList(0, Math.min(3, reasons.size()));
    if (top.size() == 1) {
      return "from " + top.get(0);
    }
    String separator = top.get(0).startsWith("the spelling") ? "; " : ", ";
    return "from " + top.get(0) + separator + String.join(", ", top.subList(1, top.size()));
  }

  /** The explanation's first part, for a status line: "from the spelling: 41 British forms, 0 American". */
  public String shortExplanation() {
    if (!fromText || reasons.isEmpty()) {
      return evidence.isEmpty() ? "the default: the draft gives no clue to its variant"
          : "the default: too little to go on";
    }
    return "from " + reasons.get(0);
  }

  /** "English (UK) — from the spelling: 41 British forms, 0 American". */
  public String describe() {
    return variant.label() + " — " + explanation();
  }
}
