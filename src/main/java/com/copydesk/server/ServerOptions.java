package com.copydesk.server;

import com.copydesk.engine.CheckSettings;
import com.copydesk.core.Variant;
import java.util.Objects;

/**
 * How a Copydesk server runs: where it listens (loopback unless told otherwise), how many checks run
 * at once ({@code workers}, one LanguageTool each) and how many more may wait ({@code queue}) before
 * the next is turned away with 503, the longest text it checks, the settings every check starts from
 * (its variant is the fallback for {@code language=auto} and {@code en}, which {@link AutoVariant}
 * reads from the text), and whether request texts may appear
 * in its log (never, unless asked for).
 */
public record ServerOptions(String host, int port, int workers, int queue, int maxTextLength,
    CheckSettings settings, AutoVariant autoVariant, boolean logTexts) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8081;
  public static final int DEFAULT_MAX_TEXT_LENGTH = 100_000;

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(autoVariant, "autoVariant");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1");
    }
    if (queue < 0) {
      throw new IllegalArgumentException("queue must be 0 or more");
    }
    if (maxTextLength < 1) {
      throw new IllegalArgumentException("max text length must be at least 1");
    }
  }

  /**
   * Loopback, port 8081, one worker per core (at most four), a queue twice that, 100,000 characters,
   * {@code auto} read from the text.
   */
  public static ServerOptions defaults() {
    int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, workers, 2 * workers, DEFAULT_MAX_TEXT_LENGTH,
        CheckSettings.defaults(), AutoVariant.readFromText(), false);
  }

  public Variant variant() {
    return settings.variant();
  }

  public ServerOptions withAddress(String h, int p) {
    return new ServerOptions(h, p, workers, queue, maxTextLength, settings, autoVariant, logTexts);
  }

  public ServerOptions withWorkers(int w, int q) {
    return new ServerOptions(host, port, w, q, maxTextLength, settings, autoVariant, logTexts);
  }

  public ServerOptions withMaxTextLength(int max) {
    return new ServerOptions(host, port, workers, queue, max, settings, autoVariant, logTexts);
  }

  public ServerOptions withSettings(CheckSettings s) {
    return new ServerOptions(host, port, workers, queue, maxTextLength, s, autoVariant, logTexts);
  }

  public ServerOptions withAutoVariant(AutoVariant auto) {
    return new ServerOptions(host, port, workers, queue, maxTextLength, settings, auto, logTexts);
  }

  public ServerOptions withLogTexts(boolean on) {
    return new ServerOptions(host, port, workers, queue, maxTextLength, settings, autoVariant, on);
  }
}
