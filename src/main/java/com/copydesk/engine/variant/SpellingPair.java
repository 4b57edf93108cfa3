package com.copydesk.engine.variant;

import com.copydesk.core.Variant;
import java.util.Objects;
import java.util.Set;

/**
 * One word spelt two ways: its British and American forms, the kind of difference (-our/-or,
 * -ise/-ize, …) and the English variants whose dictionary accepts each form. "realise" is accepted by
 * en-GB, en-AU, en-NZ and en-ZA, "realize" by en-US, en-GB (Oxford spelling) and en-CA.
 */
public record SpellingPair(String kind, String british, String american, Set<Variant> britishAcceptedBy,
    Set<Variant> americanAcceptedBy) {

  public SpellingPair {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(british, "british");
    Objects.requireNonNull(american, "american");
    britishAcceptedBy = Set.copyOf(britishAcceptedBy);
    americanAcceptedBy = Set.copyOf(americanAcceptedBy);
  }

  /** The variants that accept {@code form}'s side of the pair. */
  public Set<Variant> acceptedBy(boolean britishForm) {
    return britishForm ? britishAcceptedBy : americanAcceptedBy;
  }

  /**
   * True when the two forms are one word spelt two ways, each rejected by some variant: a draft that
   * uses both mixes variants. False for pairs where one form is every variant's word in another sense
   * ("program" beside "programme", "meter" beside "metre"), which a draft may rightly use side by side.
   */
  public boolean isAlternative() {
    return britishAcceptedBy.size() < Variant.values().length
        && americanAcceptedBy.size() < Variant.values().length;
  }

  /** The other form of {@code form}. */
  public String other(String form) {
    return form.equals(british) ? american : british;
  }
}
