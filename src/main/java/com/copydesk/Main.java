package com.copydesk;

import com.copydesk.cli.Cli;
import java.util.Set;

/**
 * Starts Copydesk: the command line for {@code check}, {@code fix}, {@code --help} and
 * {@code --version}, otherwise the desk (on FILE, or on the bundled sample article).
 */
public final class Main {
  private static final Set<String> COMMAND_LINE = Set.of(
      "check", "fix", "bench", "help", "-h", "--help", "-V", "--version");

  private Main() {}

  /** LanguageTool's command-line jar (the benchmark's baseline) ships a logback.xml of its own. */
  static void useOwnLoggingConfiguration() {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "copydesk-logback.xml");
    }
  }

  public static void main(String[] args) {
    useOwnLoggingConfiguration();
    if (args.length > 0 && (COMMAND_LINE.contains(args[0]) || args[0].startsWith("-") || args.length > 1)) {
      System.exit(Cli.run(args));
    }
    System.exit(Cli.run(new String[] {"--help"}));
  }
}
