package com.copydesk.engine.variant;

import com.copydesk.core.Draft;
import com.copydesk.core.Prose;
import com.copydesk.core.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads which English a draft is written in — en-US, en-GB, en-CA, en-AU, en-NZ or en-ZA — from its
 * spelling (the {@link SpellingLexicon}), its words, and its habits with dates, titles, initials,
 * percentages, money and quotation marks. Each variant scores the log-likelihood of what was read
 * under its writers' habits ({@code rates.tsv}), one habit capped so that a repeated word is not a
 * hundred pieces of evidence; the best score wins if it beats the default by the margin, otherwise the
 * default stands. Thread-safe; a 100,000-word draft takes a few milliseconds.
 */
public final class VariantGuesser {
  private final SpellingLexicon lexicon;
  private final VariantRates rates;

  VariantGuesser(SpellingLexicon lexicon, VariantRates rates) {
    this.lexicon = lexicon;
    this.rates = rates;
  }

  private static final class Holder {
    static final VariantGuesser STANDARD = new VariantGuesser(SpellingLexicon.standard(), VariantRates.standard());
  }

  /** The guesser with Copydesk's lexicon and weights (loaded on first use). */
  public static VariantGuesser standard() {
    return Holder.STANDARD;
  }

  /** The lexicon it reads spelling with (also the source of spelling families for consistency checks). */
  public SpellingLexicon lexicon() {
    return lexicon;
  }

  /** The variant of {@code prose}, or en-US when it gives too little to go on. */
  public VariantGuess guess(String prose) {
    return guess(prose, Variant.EN_US);
  }

  /** The variant of a draft's prose (markup read as what it stands for), or {@code fallback}. */
  public VariantGuess guess(Draft draft, Variant fallback) {
    return guess(Prose.of(draft), fallback);
  }

  /** The variant of {@code prose}, or {@code fallback} when it gives too little to go on. */
  public VariantGuess guess(String prose, Variant fallback) {
    Tally tally = EvidenceReader.read(lexicon, prose);
    Map<String, double[]> byKind = weigh(tally);
    double[] evidence = sum(byKind);
    Variant best = fallback;
    double lowest = Double.POSITIVE_INFINITY;
    for (Variant v : Variant.values()) {
      if (score(evidence, v) > score(evidence, best)) {
        best = v;
      }
      lowest = Math.min(lowest, evidence[v.ordinal()]);
    }
    // Canadian, Australian, New Zealand and South African English are chosen only on evidence of
    // their own: the winner among them must beat the better of en-US and en-GB by the margin too
    Variant major = score(evidence, Variant.EN_US) >= score(evidence, Variant.EN_GB) ? Variant.EN_US : Variant.EN_GB;
    if (!isMajor(best) && score(evidence, best) - score(evidence, major) < rates.margin()) {
      best = major;
    }
    Variant chosen = score(evidence, best) - score(evidence, fallback) >= rates.margin() ? best : fallback;
    // the text chose it when it is the best reading and the evidence rules some variant out
    boolean fromText = chosen == best && evidence[chosen.ordinal()] - lowest >= rates.margin();
    VariantEvidence seen = VariantEvidence.of(tally, lexicon);
    Variant rival = chosen == Variant.EN_US ? Variant.EN_GB : chosen == Variant.EN_GB ? Variant.EN_US : major;
    return new VariantGuess(chosen, fromText, fallback, seen, reasons(byKind, chosen, rival, seen, tally));
  }

  private static boolean isMajor(Variant v) {
    return v == Variant.EN_US || v == Variant.EN_GB;
  }

  private double score(double[] evidence, Variant v) {
    return evidence[v.ordinal()] + rates.prior(v);
  }

  /**
   * What spoke for {@code chosen} against {@code rival}, strongest first, as a copy editor would read
   * it: "the spelling: 41 British forms, 0 American", "6 titles like Mr Smith".
   */
  private List<String> reasons(Map<String, double[]> byKind, Variant chosen, Variant rival, VariantEvidence seen,
      Tally tally) {
    List<Map.Entry<String, Double>> weights = new ArrayList<>();
    byKind.forEach((kind, ll) -> {
      double w = ll[chosen.ordinal()] - ll[rival.ordinal()];
      if (w > 0.5) {
        weights.add(Map.entry(kind, w));
      }
    });
    weights.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    // the spelling leads when it is among the three strongest: it is what a copy editor checks first
    int spelling = weights.stream().map(Map.Entry::getKey).toList().indexOf(SPELLING);
    if (spelling > 0 && spelling < 3) {
      weights.add(0, weights.remove(spelling));
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : weights) {
      if (e.getKey().equals(SPELLING)) {
        out.add("the spelling: " + seen.spelling());
        continue;
      }
      // the form of this kind seen most that speaks for the chosen variant
      Signal strongest = null;
      for (Signal s : Signal.values()) {
        if (s.kind().equals(e.getKey()) && tally.count(s) > 0 && rates.share(chosen, s) > rates.share(rival, s)
            && (strongest == null || tally.count(s) > tally.count(strongest))) {
          strongest = s;
        }
      }
      if (strongest != null) {
        out.add(tally.count(strongest) + " " + strongest.label());
      }
    }
    return out;
  }

  private static final String SPELLING = "spelling";

  /**
   * Each variant's log-likelihood of what was read (without priors), by ordinal, per kind of evidence:
   * "spelling" for words, and each habit's kind ("date", "title", …). Repeats are capped: one form
   * counts at most {@code cap pair} times, one kind at most {@code cap kind} times (scaled down).
   */
  Map<String, double[]> weigh(Tally tally) {
    int n = Variant.values().length;
    Map<String, double[]> out = new HashMap<>();
    Map<String, List<Map.Entry<SpellingLexicon.Form, Integer>>> byKind = new HashMap<>();
    for (Map.Entry<SpellingLexicon.Form, Integer> e : tally.forms().entrySet()) {
      if (counts(e.getKey())) {
        byKind.computeIfAbsent(e.getKey().pair().kind(), k -> new ArrayList<>()).add(e);
      }
    }
    for (List<Map.Entry<SpellingLexicon.Form, Integer>> forms : byKind.values()) {
      double[] ll = out.computeIfAbsent(SPELLING, k -> new double[n]);
      double total = 0;
      for (Map.Entry<SpellingLexicon.Form, Integer> e : forms) {
        total += Math.min(e.getValue(), rates.pairCap());
      }
      double weight = Math.min(1, rates.kindCap() / total);
      for (Map.Entry<SpellingLexicon.Form, Integer> e : forms) {
        double uses = weight * Math.min(e.getValue(), rates.pairCap());
        double[] usage = lexicon.usageShares(e.getKey().pair());
        for (Variant v : Variant.values()) {
          ll[v.ordinal()] += uses * Math.log(rates.share(v, e.getKey(), usage));
        }
      }
    }
    Map<String, Integer> signalTotals = new HashMap<>();
    for (Signal s : Signal.values()) {
      signalTotals.merge(s.kind(), tally.count(s), Integer::sum);
    }
    for (Signal s : Signal.values()) {
      int count = tally.count(s);
      if (count == 0) {
        continue;
      }
      double[] ll = out.computeIfAbsent(s.kind(), k -> new double[n]);
      double uses = count * Math.min(1, (double) rates.kindCap() / signalTotals.get(s.kind()));
      for (Variant v : Variant.values()) {
        ll[v.ordinal()] += uses * Math.log(rates.share(v, s));
      }
    }
    return out;
  }

  /**
   * A form every variant's dictionary accepts ("jail", "check", "travelled") tells nothing, unless the
   * usage list says how often each variant chooses it ("program", "towards").
   */
  private boolean counts(SpellingLexicon.Form form) {
    return form.acceptedBy().size() < Variant.values().length || lexicon.usageShares(form.pair()) != null;
  }

  /** Each variant's log-likelihood of what was read (without priors), indexed by ordinal. */
  double[] scores(Tally tally) {
    return sum(weigh(tally));
  }

  private static double[] sum(Map<String, double[]> byKind) {
    double[] total = new double[Variant.values().length];
    for (double[] ll : byKind.values()) {
      for (int i = 0; i < ll.length; i++) {
        total[i] += ll[i];
      }
    }
    return total;
  }
}
