package com.copydesk;

import com.copydesk.cli.Cli;
import com.copydesk.engine.speller.SpellerAutomata;
import com.copydesk.launch.JarLauncher;
import com.copydesk.settings.AppFolders;
import com.copydesk.ui.DeskLauncher;
import java.util.OptionalInt;
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

  /**
   * LanguageTool's speller automata are kept under the data folder between runs (docs/performance.md);
   * {@code -Dcopydesk.startup.cache=false} builds them at every start, as LanguageTool does on its own.
   */
  static void keepStartupCache() {
    if (!"false".equals(System.getProperty("copydesk.startup.cache"))) {
      SpellerAutomata.keepIn(AppFolders.dataDir().resolve("cache").resolve("speller"));
    }
  }

  public static void main(String[] args) {
    OptionalInt relaunched = JarLauncher.run(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    useOwnLoggingConfiguration();
    keepStartupCache();
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
