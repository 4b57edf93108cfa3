package com.copydesk.measure.bench;

import java.util.Arrays;
import java.util.List;

/** Medians, since single timings on a shared machine mean little. */
final class Stats {
  private Stats() {}

  static double median(List<? extends Number> values) {
    double[] v = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  static String list(List<? extends Number> values, String format) {
    return Arrays.toString(values.stream().map(x -> String.format(java.util.Locale.ROOT, format, x.doubleValue()))
        .toArray());
  }
}
