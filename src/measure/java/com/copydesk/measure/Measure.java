package com.copydesk.measure;

import com.copydesk.measure.bench.BenchCommand;
import com.copydesk.measure.desk.DeskStallMeasure;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * {@code java -jar target/copydesk-measure.jar bench|desk …}: the measurements that print figures
 * (docs/performance.md), kept out of the product jar and the installers.
 */
public final class Measure {
  private Measure() {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "";
    String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
    switch (what) {
      case "bench" -> System.exit(new CommandLine(new BenchCommand()).execute(rest));
      case "desk" -> DeskStallMeasure.main(rest);
      default -> {
        System.err.println("usage: java -jar target/copydesk-measure.jar bench [--help] | desk [WORDS [CHARACTERS]]");
        System.exit(2);
      }
    }
  }
}
