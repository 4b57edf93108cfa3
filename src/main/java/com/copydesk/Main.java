package com.copydesk;

import com.copydesk.cli.Cli;
import com.copydesk.ui.DeskLauncher;
import java.util.Set;

/**
 * Starts Copydesk: the desk for {@code copydesk} (on the bundled sample article) and
 * {@code copydesk FILE}; the command line for everything else ({@code check}, {@code fix},
 * {@code --help}, {@code --version}, …).
 */
public final class Main {
  private static final Set<String> COMMAND_LINE = Set.of("check", "fix", "serve", "help");

  private Main() {}

  /** LanguageTool's command-line jar (the benchmark's baseline) ships a logback.xml of its own. */
  static void useOwnLoggingConfiguration() {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "copydesk-logback.xml");
    }
  }

  public static void main(String[] args) {
    useOwnLoggingConfiguration();
    if (opensDesk(args)) {
      System.exit(DeskLauncher.run(args));
    }
    System.exit(Cli.run(args));
  }

  /** No arguments, or exactly one that is neither an option nor a command: a file for the desk. */
  static boolean opensDesk(String[] args) {
    return args.length == 0
        || args.length == 1 && !args[0].startsWith("-") && !COMMAND_LINE.contains(args[0]);
  }
}
