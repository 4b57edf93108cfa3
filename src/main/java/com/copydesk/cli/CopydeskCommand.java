package com.copydesk.cli;

import com.copydesk.Version;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** The {@code copydesk} command: its subcommands check and fix drafts without opening the desk. */
@Command(
    name = "copydesk",
    mixinStandardHelpOptions = true,
    versionProvider = CopydeskCommand.VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Proofreading desk for copy editors: grammar, spelling, punctuation and style, with dropped",
        "verbs (\"could reluctant\", \"won't detained\") caught and fixed. Everything runs on this machine.",
        "",
        "  copydesk              open the desk on a sample article",
        "  copydesk FILE         open FILE in the desk"},
    subcommands = {CheckCommand.class, FixCommand.class, ServeCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:no issues (check) / success",
        "1:issues found (check)",
        "2:error: missing or unreadable file, folder, not a text document, bad option"})
public final class CopydeskCommand implements Runnable {
  private final PrintStream out;

  CopydeskCommand(PrintStream out) {
    this.out = out;
  }

  /** Standard output as bytes, for reports and corrected text in the file's own encoding. */
  PrintStream out() {
    return out;
  }

  @Override
  public void run() {
    // "copydesk" alone opens the desk; the launcher never routes it here.
  }

  static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Version.line()};
    }
  }
}
