package com.copydesk.measure.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code copydesk bench}: Copydesk against LanguageTool's own command line, side by side. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Measure Copydesk against the LanguageTool 6.8 command line on this machine: throughput and",
        "peak memory on a long manuscript, cold start on a 1,000-word article, and a full check",
        "against a one-word re-check of a 10,000-word draft. Prints medians and ratios.",
        "Runs from the measurement jar (java -jar target/copydesk-measure.jar bench); Linux for memory figures."})
public final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--runs", defaultValue = "3", description = "Runs of each measurement (default 3).")
  int runs;

  @Option(names = "--heap", defaultValue = "700m", description = "-Xmx for both tools (default 700m).")
  String heap;

  @Option(names = "--words", defaultValue = "100000",
      description = "Words of generated text when no FILE is given (default 100000).")
  int words;

  @Option(names = "--million", description = "Also check a 1,000,000-word file at -Xmx1g (several minutes).")
  boolean million;

  @Option(names = "--work-dir", description = "Where generated files go (default: a temporary folder).")
  Path workDir;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The manuscript (plain text) to measure on.")
  Path file;

  @Override
  public Integer call() throws Exception {
    Path dir = workDir != null ? workDir : java.nio.file.Files.createTempDirectory("copydesk-bench");
    new Benchmark(spec.commandLine().getOut(), Math.max(1, runs), heap, dir).runAll(file, words, million);
    return 0;
  }
}
