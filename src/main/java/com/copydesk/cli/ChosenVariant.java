package com.copydesk.cli;

import com.copydesk.core.Variant;

/** The variant a file is checked in, and why ("given with --lang", "from the spelling: …"). */
record ChosenVariant(Variant variant, String reason) {

  /** "English (UK) — from the spelling: 41 British forms, 0 American". */
  String describe() {
    return variant.label() + " — " + reason;
  }
}
