package com.copydesk.engine.variant;

import com.copydesk.core.Variant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The weights of the guess, read from the resource {@code rates.tsv} (its comments say what each
 * means): priors, how often writers slip into another variant's spelling, which form a variant prefers
 * where it accepts both, and the shares of each non-spelling habit.
 */
final class VariantRates {
  private final double margin;
  private final int pairCap;
  private final int kindCap;
  private final double[] priors = new double[Variant.values().length];
  private final Map<String, Double> slips = new HashMap<>();
  private final Map<String, Double> prefers = new HashMap<>();
  private final Map<Signal, double[]> signals = new EnumMap<>(Signal.class);

  private VariantRates(String resource) {
    double m = 6;
    int pc = 2;
    int kc = 5;
    for (String line : SpellingLexicon.lines(resource)) {
      String[] f = line.split("\t");
      switch (f[0]) {
        case "margin" -> m = Double.parseDouble(f[1]);
        case "cap" -> {
          if (f[1].equals("pair")) {
            pc = Integer.parseInt(f[2]);
          } else {
            kc = Integer.parseInt(f[2]);
          }
        }
        case "prior" -> priors[variant(f[1]).ordinal()] = Double.parseDouble(f[2]);
        case "slip" -> slips.put(f[1] + " " + f[2], Double.parseDouble(f[3]));
        case "prefer" -> prefers.put(f[1] + " " + f[2], Double.parseDouble(f[3]));
        case "signal" -> {
          double[] shares = new double[Variant.values().length];
          for (int i = 0; i < shares.length; i++) {
            shares[i] = Double.parseDouble(f[3 + i]);
            if (shares[i] <= 0 || shares[i] >= 1) {
              throw new IllegalStateException(resource + ": a share must be above 0 and below 1: " + line);
            }
          }
          signals.put(Signal.of(f[1], f[2]), shares);
        }
        default -> throw new IllegalStateException(resource + ": unknown line " + line);
      }
    }
    for (Signal s : Signal.values()) {
      if (!signals.containsKey(s)) {
        throw new IllegalStateException(resource + ": no shares for " + s.kind() + " " + s.form());
      }
    }
    this.margin = m;
    this.pairCap = pc;
    this.kindCap = kc;
  }

  private static final class Holder {
    static final VariantRates STANDARD = new VariantRates("rates.tsv");
  }

  static VariantRates standard() {
    return Holder.STANDARD;
  }

  double margin() {
    return margin;
  }

  int pairCap() {
    return pairCap;
  }

  int kindCap() {
    return kindCap;
  }

  double prior(Variant v) {
    return priors[v.ordinal()];
  }

  /**
   * How likely a writer of {@code v} is to write {@code form} when the word comes up: from the usage
   * list where it has the word, else from which forms the variant's dictionary accepts.
   */
  double share(Variant v, SpellingLexicon.Form form, double[] usageShares) {
    SpellingPair p = form.pair();
    String kind = p.kind();
    if (usageShares != null) {
      double british = usageShares[v.ordinal()];
      return form.british() ? british : 1 - british;
    }
    double slip = lookup(slips, v, kind, 0.03);
    if (kind.equals("vocabulary")) {
      return form.acceptedBy().contains(v) ? 1 - slip : slip;
    }
    boolean british = p.britishAcceptedBy().contains(v);
    boolean american = p.americanAcceptedBy().contains(v);
    double britishShare;
    if (british && american) {
      britishShare = lookup(prefers, v, kind, 0.5);
    } else if (british) {
      britishShare = 1 - slip;
    } else if (american) {
      britishShare = slip;
    } else {
      britishShare = 0.5;
    }
    return form.british() ? britishShare : 1 - britishShare;
  }

  double share(Variant v, Signal s) {
    return signals.get(s)[v.ordinal()];
  }

  private static double lookup(Map<String, Double> table, Variant v, String kind, double otherwise) {
    Double d = table.get(v.code() + " " + kind);
    if (d == null) {
      d = table.get(v.code() + " *");
    }
    if (d == null) {
      d = table.get("* " + kind);
    }
    if (d == null) {
      d = table.get("* *");
    }
    return d == null ? otherwise : d;
  }

  private static Variant variant(String code) {
    return Variant.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown variant " + code));
  }
}
