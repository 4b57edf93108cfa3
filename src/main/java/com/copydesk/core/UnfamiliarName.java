package com.copydesk.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A word the dictionary does not know that the draft uses as a name ("Oskeberg") or as its own
 * vocabulary ("mln", "bpd"): no card and no suggestion, since the dictionary's nearest word would make
 * correct copy wrong, but listed with its uses so the copy editor can verify the spelling once.
 */
public record UnfamiliarName(String name, List<Span> uses) {

  public UnfamiliarName {
    Objects.requireNonNull(name, "name");
    uses = List.copyOf(uses);
    if (uses.isEmpty()) {
      throw new IllegalArgumentException("a name with no uses");
    }
  }

  public int count() {
    return uses.size();
  }

  public Span firstUse() {
    return uses.get(0);
  }

  /** The names under {@code spans} (in text order), one entry per spelling, in order of first use. */
  public static List<UnfamiliarName> group(String text, List<Span> spans) {
    Map<String, List<Span>> byName = new LinkedHashMap<>();
    for (Span s : spans) {
      byName.computeIfAbsent(s.of(text), k -> new ArrayList<>()).add(s);
    }
    List<UnfamiliarName> out = new ArrayList<>(byName.size());
    byName.forEach((name, uses) -> out.add(new UnfamiliarName(name, uses)));
    return out;
  }
}
