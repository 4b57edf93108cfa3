package com.copydesk.cli;

import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.style.HouseStyleException;
import com.copydesk.engine.style.HouseStyles;
import com.copydesk.core.Variant;
import com.copydesk.server.CopydeskServer;
import com.copydesk.server.ServerLog;
import com.copydesk.server.ServerOptions;
import com.copydesk.server.AutoVariant;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code copydesk serve}: Copydesk's checks over LanguageTool's HTTP API, for every client that
 * speaks it. Runs until stopped (Ctrl+C, SIGTERM), finishing the checks under way.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Answer LanguageTool's HTTP API (/v2/check, /v2/languages) with Copydesk's checks, for word",
        "processors, editors and add-ons that talk to a LanguageTool server. Listens on this machine",
        "only unless --host says otherwise; drafts sent to it are checked in memory and never stored."})
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerOptions.DEFAULT_HOST,
      description = "Address to listen on (default ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens it to the network).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerOptions.DEFAULT_PORT,
      description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--workers", paramLabel = "N",
      description = "Checks run at once, one LanguageTool each (default: one per core, at most 4).")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N",
      description = "Checks that may wait for a worker before more are turned away with 503 (default: 2 per worker).")
  Integer queue;

  @Option(names = "--max-text-length", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_TEXT_LENGTH,
      description = "Longest text checked, in characters (default ${DEFAULT-VALUE}); longer gets 413.")
  int maxTextLength;

  @Option(names = "--lang", paramLabel = "CODE", defaultValue = "en-US",
      description = "Variant for language=auto or language=en when the text gives no clue to its English (default ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--style", paramLabel = "NAME|FILE",
      description = "House style for every check: us-wire, newsroom-gb, book, or a .style file "
          + "(default: the newsroom style for each request's variant).")
  String style;

  @Option(names = "--log-texts",
      description = "Let the log show request texts (off: the log names lengths and counts, never words).")
  boolean logTexts;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ServerOptions options = options();
    CopydeskServer server;
    try {
      server = CopydeskServer.start(options, ServerLog.slf4j());
    } catch (BindException e) {
      throw new ParameterException(spec.commandLine(), "cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.close();
      out.println("Copydesk server stopped.");
      out.flush();
      stopped.countDown();
    }, "copydesk-server-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("Copydesk server listening on " + server.uri());
    out.flush();
    stopped.await();
    return Cli.OK;
  }

  private ServerOptions options() {
    Variant variant = Variant.fromCode(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "unknown language '" + lang + "'; use one of " + Variant.codes()));
    ServerOptions d = ServerOptions.defaults();
    int w = workers == null ? d.workers() : workers;
    int q = queue == null ? 2 * w : queue;
    if (w < 1 || q < 0 || maxTextLength < 1 || port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(),
          "--workers must be 1 or more, --queue 0 or more, --max-text-length 1 or more, --port 0 to 65535");
    }
    CheckSettings settings = CheckSettings.of(variant);
    if (style != null) {
      try {
        settings = settings.withStyle(HouseStyles.resolve(style));
      } catch (HouseStyleException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    return d.withAddress(host, port).withWorkers(w, q).withMaxTextLength(maxTextLength)
        .withSettings(settings).withLogTexts(logTexts)
        // language=auto and language=en: read from the text, as check and the desk do; --lang is the fallback
        .withAutoVariant(AutoVariant.readFromText());
  }
}
