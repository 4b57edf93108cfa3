package com.copydesk.engine.consistency;

import com.copydesk.core.Variant;
import com.copydesk.engine.variant.SpellingLexicon;
import com.copydesk.engine.variant.SpellingPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A draft that mixes English variants — "colour" beside "color", "centre" beside "center" — as
 * families for the consistency check, read from the variant guess's {@link SpellingLexicon} (one source
 * for both). One family per kind of difference (-our/-or, -re/-er, doubled l, …), so a draft is held to
 * its own choice within a kind but may mix kinds as Canadian English does ("colour" with "realize");
 * words of no regular kind ("grey/gray", "tyre/tire") are a family each. Pairs where one form is every
 * variant's word in another sense ("program", "meter") are left out: a draft may rightly use both.
 * "-ise/-ize" is its own family ({@link FormFamilies#ISE_IZE}) and is not repeated here.
 */
public final class VariantSpellings {
  static final String ID_PREFIX = "spelling-";
  private static final String OTHER = "other";
  private static final String ISE = "ise";

  /** How each regular kind of difference is named in a card ("This draft mostly writes -our …"). */
  private static final Map<String, List<String>> CHOICES = Map.ofEntries(
      Map.entry("our", List.of("-our", "-or")),
      Map.entry("re", List.of("-re", "-er")),
      Map.entry("ll", List.of("a doubled l", "a single l")),
      Map.entry("yse", List.of("-yse", "-yze")),
      Map.entry("ence", List.of("-ence", "-ense")),
      Map.entry("ement", List.of("-ement", "-ment")),
      Map.entry("ogue", List.of("-ogue", "-og")),
      Map.entry("amme", List.of("-amme", "-am")),
      Map.entry("ae", List.of("ae", "e")),
      Map.entry("oe", List.of("oe", "e")));
  private static final List<String> BY_VARIANT = List.of("the British spelling", "the American spelling");

  private VariantSpellings() {}

  /** True for a word {@code variant}'s dictionary accepts, or that is not spelt differently by variants. */
  public static Predicate<String> acceptedBy(Variant variant) {
    SpellingLexicon lexicon = SpellingLexicon.standard();
    return form -> lexicon.pairOf(form.toLowerCase(Locale.ROOT))
        .map(p -> p.acceptedBy(p.british().equals(form.toLowerCase(Locale.ROOT))).contains(variant))
        .orElse(true);
  }

  static List<FormFamily> families() {
    return families(SpellingLexicon.standard().pairs());
  }

  static List<FormFamily> families(List<SpellingPair> pairs) {
    Map<String, List<List<String>>> rows = new LinkedHashMap<>();
    for (SpellingPair p : pairs) {
      if (!p.isAlternative() || p.kind().equals(ISE)) {
        continue;
      }
      String id = p.kind().equals(OTHER) ? OTHER + "-" + p.british() : p.kind();
      rows.computeIfAbsent(id, k -> new ArrayList<>()).add(List.of(p.british(), p.american()));
    }
    List<FormFamily> out = new ArrayList<>(rows.size());
    rows.forEach((id, r) -> {
      String kind = id.startsWith(OTHER + "-") ? OTHER : id;
      List<String> choices = CHOICES.getOrDefault(kind, BY_VARIANT);
      String label = kind.equals(OTHER) ? "British or American spelling of “" + r.get(0).get(0) + "”"
          : "British or American spelling (" + choices.get(0) + " or " + choices.get(1) + ")";
      out.add(new FormFamily(ID_PREFIX + id, label, choices, r));
    });
    return out;
  }
}
