package com.copydesk.server;

import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.engine.CheckListener;
import com.copydesk.engine.CheckResult;
import com.copydesk.engine.Proofreader;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers LanguageTool's HTTP API: {@code GET}/{@code POST /v2/check}, {@code GET /v2/languages},
 * and for load balancers and clients {@code GET /v2/healthcheck} and {@code GET /v2/maxtextlength}.
 * A check that would exceed the workers plus the queue is turned away with 503 at once; every other
 * refusal is a 4xx with a one-line message. Each request has its own draft: nothing of one request
 * reaches another's answer.
 */
final class ApiHandler implements HttpHandler {
  private static final Set<String> CHECK_METHODS = Set.of("GET", "POST");
  /** How much of an oversized body is read and discarded before the connection is simply closed. */
  private static final long DISCARD_AT_MOST = 64L << 20;

  private final Proofreader proofreader;
  private final ServerOptions options;
  private final ServerLog log;
  private final Semaphore admitted;
  private final long maxBodyBytes;
  private final AtomicInteger active = new AtomicInteger();
  private volatile boolean stopping;

  ApiHandler(Proofreader proofreader, ServerOptions options, ServerLog log) {
    this.proofreader = proofreader;
    this.options = options;
    this.log = log;
    this.admitted = new Semaphore(options.workers() + options.queue());
    // percent-encoding can triple a character, and markup in 'data' does not count towards the limit
    this.maxBodyBytes = 6L * options.maxTextLength() + 64_000;
  }

  /** Turns new requests away (503) and waits, up to {@code limit}, for those under way to finish. */
  void stopAndDrain(Duration limit) {
    stopping = true;
    long deadline = System.nanoTime() + limit.toNanos();
    while (active.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    active.incrementAndGet();
    try {
      answer(exchange);
    } finally {
      active.decrementAndGet();
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    long started = System.nanoTime();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    String outcome = "";
    int status;
    try {
      switch (path) {
        case "/v2/check":
          allow(exchange, CHECK_METHODS);
          outcome = check(exchange);
          break;
        case "/v2/languages":
          allow(exchange, Set.of("GET"));
          drain(exchange);
          send(exchange, 200, "application/json", LanguageToolJson.languages());
          break;
        case "/v2/healthcheck":
          allow(exchange, Set.of("GET"));
          drain(exchange);
          send(exchange, 200, "text/plain; charset=UTF-8", "OK".getBytes(StandardCharsets.UTF_8));
          break;
        case "/v2/maxtextlength":
          allow(exchange, Set.of("GET"));
          drain(exchange);
          send(exchange, 200, "text/plain; charset=UTF-8",
              Integer.toString(options.maxTextLength()).getBytes(StandardCharsets.UTF_8));
          break;
        default:
          drain(exchange);
          throw new ApiError(ApiError.NOT_FOUND, "Unsupported action: '" + path
              + "'. Copydesk answers LanguageTool's API at /v2/check and /v2/languages");
      }
      status = 200;
    } catch (ApiError e) {
      status = e.status();
      outcome = e.getMessage();
      sendError(exchange, e);
    } catch (RuntimeException | OutOfMemoryError e) {
      status = ApiError.INTERNAL;
      log.failure(method + " " + path + " failed: " + e.getClass().getName()
          + (options.logTexts() ? ": " + e.getMessage() : " (request texts are not logged; --log-texts shows them)"),
          options.logTexts() ? e : null);
      sendError(exchange, new ApiError(ApiError.INTERNAL, "Internal error: the check failed"));
    } finally {
      exchange.close();
    }
    log.request(method + " " + path + " " + status + " " + (System.nanoTime() - started) / 1_000_000 + " ms"
        + (outcome.isEmpty() ? "" : " " + outcome));
  }

  /** Runs one check; returns what the log says about it (never its text unless allowed). */
  private String check(HttpExchange exchange) throws IOException {
    String body = "POST".equals(exchange.getRequestMethod()) ? readBody(exchange) : drainEmpty(exchange);
    Map<String, String> params = FormParameters.parse(exchange.getRequestURI().getRawQuery(), body);
    CheckRequest request = CheckRequest.parse(params, options);
    if (stopping) {
      throw new ApiError(ApiError.BUSY, "The server is stopping. Please try again later.");
    }
    if (!admitted.tryAcquire()) {
      throw new ApiError(ApiError.BUSY, "There are currently too many parallel requests. Please try again later.");
    }
    try {
      Draft draft = request.draft();
      CheckResult result = request.wholeDraft()
          ? proofreader.check(draft, request.settings(), CheckListener.NONE, () -> false)
          : proofreader.checkParagraphs(draft, request.settings(), CheckListener.NONE, () -> false);
      List<Issue> issues = request.select(result.issues());
      send(exchange, 200, "application/json",
          LanguageToolJson.check(draft.text(), request.language(), issues, proofreader.rules()));
      return request.language().variant().code() + " " + request.input().plainLength() + " chars "
          + issues.size() + " matches" + (options.logTexts() ? " text: " + request.input().text() : "");
    } finally {
      admitted.release();
    }
  }

  private static void allow(HttpExchange exchange, Set<String> methods) throws IOException {
    if (!methods.contains(exchange.getRequestMethod())) {
      drain(exchange);
      exchange.getResponseHeaders().set("Allow", String.join(", ", new java.util.TreeSet<>(methods)));
      throw new ApiError(ApiError.METHOD_NOT_ALLOWED, exchange.getRequestMethod() + " is not allowed here; use "
          + String.join(" or ", new java.util.TreeSet<>(methods)));
    }
  }

  private String readBody(HttpExchange exchange) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16_384];
    long total = 0;
    try (InputStream in = exchange.getRequestBody()) {
      // an oversized body is still read (up to a bound) and thrown away, so the client hears the 413
      for (int n = in.read(buf); n >= 0 && total <= DISCARD_AT_MOST; n = in.read(buf)) {
        total += n;
        if (total <= maxBodyBytes) {
          out.write(buf, 0, n);
        }
      }
    }
    if (total > maxBodyBytes) {
      throw new ApiError(ApiError.TOO_LARGE, "Your request exceeds this server's limit of " + maxBodyBytes
          + " bytes (for at most " + options.maxTextLength() + " characters of text). Please submit a shorter text.");
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String drainEmpty(HttpExchange exchange) throws IOException {
    drain(exchange);
    return "";
  }

  /** Reads what is left of the body, so the connection can serve the client's next request. */
  private static void drain(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void sendError(HttpExchange exchange, ApiError e) {
    try {
      if (e.status() == ApiError.BUSY) {
        exchange.getResponseHeaders().set("Retry-After", "1");
      }
      send(exchange, e.status(), "text/plain; charset=UTF-8", e.body().getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException ignored) {
      // the client has gone, or the answer had already started
    }
  }
}
