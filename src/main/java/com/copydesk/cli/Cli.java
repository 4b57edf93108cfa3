package com.copydesk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs the command line: parses arguments, runs the subcommand, and turns every failure into one
 * line on standard error and exit status 2 (never a stack trace).
 */
public final class Cli {
  public static final int OK = 0;
  public static final int ISSUES_FOUND = 1;
  public static final int ERROR = 2;

  private Cli() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new CopydeskCommand(out));
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("copydesk: " + oneLine(ex.getMessage())
          + " (see 'copydesk --help')");
      return ERROR;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      c.getErr().println("copydesk: " + oneLine(describe(ex)));
      return ERROR;
    });
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.setOut(cl.getOut());
      sub.setErr(cl.getErr());
    }
    try {
      return cl.execute(args);
    } finally {
      cl.getOut().flush();
      cl.getErr().flush();
    }
  }

  static String describe(Throwable ex) {
    if (ex instanceof OutOfMemoryError) {
      return "not enough memory for this document; give Java more with -Xmx (e.g. -Xmx2g)";
    }
    String m = ex.getMessage();
    return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
