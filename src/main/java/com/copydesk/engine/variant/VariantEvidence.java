package com.copydesk.engine.variant;

import com.copydesk.core.Variant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a draft showed of its English: how many British and American spellings (and words), of which
 * kinds, and how often each other habit (dates, titles, money, …). Forms every variant accepts
 * ("program", "judgment") tell nothing and are not counted.
 */
public final class VariantEvidence {
  private static final Map<String, String> KIND_LABELS = Map.ofEntries(
      Map.entry("our", "-our/-or"), Map.entry("ise", "-ise/-ize"), Map.entry("yse", "-yse/-yze"),
      Map.entry("re", "-re/-er"), Map.entry("ll", "doubled l"), Map.entry("ence", "-ence/-ense"),
      Map.entry("amme", "-amme/-am"), Map.entry("ogue", "-ogue/-og"), Map.entry("ae", "ae/e"),
      Map.entry("oe", "oe/e"), Map.entry("yre", "tyre/tire"), Map.entry("ium", "aluminium"),
      Map.entry("que", "cheque/check"), Map.entry("ey", "grey/gray"), Map.entry("ough", "plough/plow"),
      Map.entry("oul", "mould/mold"), Map.entry("sc", "sceptic/skeptic"), Map.entry("ement", "judgement"),
      Map.entry("eing", "ageing/aging"), Map.entry("other", "other spellings"),
      Map.entry("vocabulary", "vocabulary"), Map.entry("usage", "word choice"));

  private final Map<String, Integer> britishKinds;
  private final Map<String, Integer> americanKinds;
  private final Map<Signal, Integer> signals;

  private VariantEvidence(Map<String, Integer> britishKinds, Map<String, Integer> americanKinds,
      Map<Signal, Integer> signals) {
    this.britishKinds = Collections.unmodifiableMap(britishKinds);
    this.americanKinds = Collections.unmodifiableMap(americanKinds);
    this.signals = Collections.unmodifiableMap(signals);
  }

  static VariantEvidence of(Tally tally, SpellingLexicon lexicon) {
    Map<String, Integer> british = new TreeMap<>();
    Map<String, Integer> american = new TreeMap<>();
    tally.forms().forEach((form, n) -> {
      if (telling(form, lexicon.usageShares(form.pair()))) {
        (form.british() ? british : american).merge(form.pair().kind(), n, Integer::sum);
      }
    });
    Map<Signal, Integer> signals = new EnumMap<>(Signal.class);
    for (Signal s : Signal.values()) {
      if (tally.count(s) > 0) {
        signals.put(s, tally.count(s));
      }
    }
    return new VariantEvidence(british, american, signals);
  }

  /**
   * A form that tells British from American: one some variant's dictionary rejects, or one of the
   * usage list that one side writes at least three times as often as the other ("programme",
   * "towards"; not "among" or "while").
   */
  private static boolean telling(SpellingLexicon.Form form, double[] usage) {
    if (usage == null) {
      return form.acceptedBy().size() < Variant.values().length;
    }
    double gb = usage[Variant.EN_GB.ordinal()];
    double us = usage[Variant.EN_US.ordinal()];
    return form.british() ? gb >= 3 * us : 1 - us >= 3 * (1 - gb);
  }

  /** Uses of British spellings and words (those some variant's dictionary rejects). */
  public int britishForms() {
    return britishKinds.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Uses of American spellings and words (those some variant's dictionary rejects). */
  public int americanForms() {
    return americanKinds.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** British uses by kind of spelling ("our", "ise", …, "vocabulary"). */
  public Map<String, Integer> britishByKind() {
    return britishKinds;
  }

  /** American uses by kind of spelling. */
  public Map<String, Integer> americanByKind() {
    return americanKinds;
  }

  /** Other habits seen, by kind and form ("date day-month" → 4, "currency pound" → 2). */
  public Map<String, Integer> habits() {
    Map<String, Integer> out = new LinkedHashMap<>();
    signals.forEach((s, n) -> out.put(s.kind() + " " + s.form(), n));
    return out;
  }

  /** True when nothing in the draft tells one variant from another. */
  public boolean isEmpty() {
    return britishKinds.isEmpty() && americanKinds.isEmpty() && signals.isEmpty();
  }

  /** "41 British forms, 0 American", with the kinds when both show ("12 British forms (-our/-or), 9 American (-ise/-ize)"). */
  public String spelling() {
    int b = britishForms();
    int a = americanForms();
    String british = b + (b == 1 ? " British form" : " British forms");
    String american = a + " American";
    if (b > 0 && a > 0) {
      british += " (" + topKinds(britishKinds) + ")";
      american += " (" + topKinds(americanKinds) + ")";
    }
    return british + ", " + american;
  }

  /** The most frequent other habits, e.g. "6 dates like 13 January, 3 £ amounts" (at most {@code n}). */
  String habitsSummary(int n) {
    List<Map.Entry<Signal, Integer>> list = new ArrayList<>(signals.entrySet());
    list.removeIf(e -> e.getKey() == Signal.QUOTE_DOUBLE);
    list.sort(Map.Entry.<Signal, Integer>comparingByValue().reversed());
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Signal, Integer> e : list.subList(0, Math.min(n, list.size()))) {
      parts.add(e.getValue() + " " + e.getKey().label());
    }
    return String.join(", ", parts);
  }

  private static String topKinds(Map<String, Integer> kinds) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(kinds.entrySet());
    list.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : list.subList(0, Math.min(2, list.size()))) {
      parts.add(KIND_LABELS.getOrDefault(e.getKey(), e.getKey()));
    }
    return String.join(", ", parts);
  }

  @Override
  public String toString() {
    return spelling() + (signals.isEmpty() ? "" : "; " + habitsSummary(Signal.values().length));
  }
}
