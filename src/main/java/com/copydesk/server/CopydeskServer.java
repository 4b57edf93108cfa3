package com.copydesk.server;

import com.copydesk.engine.ParagraphCache;
import com.copydesk.engine.Proofreader;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Copydesk server: Copydesk's checks (LanguageTool plus its own rules, the paragraph cache, the
 * whole-draft passes) behind LanguageTool's HTTP API, on the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}, which LanguageTool's server uses too). Stateless between requests
 * but for the paragraph cache, so several can stand behind one load balancer.
 */
public final class CopydeskServer implements AutoCloseable {
  /** Paragraphs a server remembers; bounded, so a long-running server's memory stays flat. */
  static final int CACHE_PARAGRAPHS = 5_000;
  /** Threads beyond the admitted checks: they answer 503s, languages and health checks at once. */
  private static final int SPARE_THREADS = 4;

  /** How long stopping waits for the checks under way. */
  private static final Duration FINISH_WITHIN = Duration.ofSeconds(30);

  private final HttpServer http;
  private final ApiHandler api;
  private final Proofreader proofreader;
  private final ExecutorService handlers;

  private CopydeskServer(HttpServer http, ApiHandler api, Proofreader proofreader, ExecutorService handlers) {
    this.http = http;
    this.api = api;
    this.proofreader = proofreader;
    this.handlers = handlers;
  }

  /**
   * Binds the address, readies LanguageTool on every worker, then starts answering: when this
   * returns, requests are served without a cold start. Throws {@link IOException} when the address
   * cannot be bound (in use, not this machine's).
   */
  public static CopydeskServer start(ServerOptions options, ServerLog log) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(options.host()), options.port());
    HttpServer http = HttpServer.create(address, 64);
    Proofreader proofreader = new Proofreader(options.workers(), new ParagraphCache(CACHE_PARAGRAPHS));
    AtomicInteger n = new AtomicInteger();
    int threads = options.workers() + options.queue() + SPARE_THREADS;
    ThreadPoolExecutor handlers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "copydesk-http-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    try {
      proofreader.warmUp(options.settings()).join();
    } catch (RuntimeException e) {
      http.stop(0);
      proofreader.close();
      handlers.shutdownNow();
      throw e;
    }
    ApiHandler api = new ApiHandler(proofreader, options, log);
    http.createContext("/", api);
    http.setExecutor(handlers);
    http.start();
    return new CopydeskServer(http, api, proofreader, handlers);
  }

  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** {@code http://HOST:PORT}, the address clients are given. */
  public URI uri() {
    InetSocketAddress a = address();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort());
  }

  /**
   * Turns new requests away with 503, lets the checks under way finish (up to 30 seconds), then
   * closes the port and frees LanguageTool.
   */
  @Override
  public void close() {
    api.stopAndDrain(FINISH_WITHIN);
    http.stop(0);
    handlers.shutdown();
    try {
      handlers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    handlers.shutdownNow();
    proofreader.close();
  }
}
