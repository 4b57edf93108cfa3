package com.copydesk.engine;

import com.copydesk.core.Category;
import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.core.Paragraph;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Checks drafts on a Copydesk server over LanguageTool's HTTP API, with the same issues as checking
 * here: each paragraph not already in this checker's cache goes to the server as one request (a few
 * at a time), exactly as this machine would check it, and the whole-draft passes run here over the
 * whole draft. The personal word list is applied here too (the API has no place for it). A server
 * that is busy (503) is asked again a few times; one that cannot be reached, or refuses the check,
 * ends the check with a {@link CheckServerException}.
 */
public final class RemoteChecker implements DraftChecker {
  /** Requests in flight at once: enough to keep a few server workers busy, few enough not to crowd it. */
  static final int IN_FLIGHT = 4;
  private static final int BUSY_RETRIES = 6;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

  private final ServerAddress server;
  private final ParagraphCache cache;
  private final ExecutorService io;
  private final HttpClient http;

  public RemoteChecker(ServerAddress server) {
    this(server, new ParagraphCache());
  }

  public RemoteChecker(ServerAddress server, ParagraphCache cache) {
    this.server = server;
    this.cache = cache;
    AtomicInteger n = new AtomicInteger();
    this.io = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "copydesk-remote-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(io)
        .build();
  }

  public ServerAddress server() {
    return server;
  }

  @Override
  public CheckResult check(Draft draft, CheckSettings settings, CheckListener listener, BooleanSupplier cancelled) {
    CacheLookup lookup = new CacheLookup(draft, settings, cache);
    int total = lookup.total();
    AtomicInteger done = new AtomicInteger(total - lookup.missed());
    listener.progress(done.get(), total);
    Deque<CompletableFuture<List<Issue>>> inFlight = new ArrayDeque<>();
    int next = 0;
    int collected = 0;
    try {
      while (collected < lookup.work()) {
        while (next < lookup.work() && inFlight.size() < IN_FLIGHT) {
          inFlight.add(checkParagraph(lookup.paragraph(next), settings));
          next++;
        }
        List<Issue> issues = await(inFlight.peekFirst(), cancelled);
        inFlight.removeFirst();
        lookup.answer(collected, issues);
        listener.progress(done.addAndGet(lookup.copies(collected)), total);
        collected++;
      }
    } finally {
      inFlight.forEach(f -> f.cancel(true));
    }
    return DraftPass.result(draft, settings, lookup.issues(), total, lookup.missed());
  }

  private CompletableFuture<List<Issue>> checkParagraph(Paragraph.Key paragraph, CheckSettings settings) {
    String form = RemoteRequest.form(paragraph.text(), paragraph.markup(), settings);
    HttpRequest request = HttpRequest.newBuilder(server.endpoint("check"))
        .timeout(ANSWER_TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
        .build();
    return send(request, 0).thenApply(body -> {
      try {
        return withoutPersonalWords(RemoteAnswer.issues(body, paragraph.text()), settings);
      } catch (IOException e) {
        throw new CheckServerException("the server at " + server + " did not answer in LanguageTool's JSON ("
            + e.getMessage() + ")", false, e);
      }
    });
  }

  /** The answer's body; a busy server (503) is asked again after a growing pause. */
  private CompletableFuture<String> send(HttpRequest request, int attempt) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .handle((response, failure) -> {
          if (failure != null) {
            throw unreachable(failure);
          }
          return response;
        })
        .thenCompose(response -> {
          if (response.statusCode() == 200) {
            return CompletableFuture.completedFuture(response.body());
          }
          if (response.statusCode() == 503 && attempt < BUSY_RETRIES) {
            long pause = 100L << attempt;
            return CompletableFuture.supplyAsync(() -> null,
                    CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS, io))
                .thenCompose(x -> send(request, attempt + 1));
          }
          throw new CheckServerException("the server at " + server + " answered " + response.statusCode()
              + ": " + firstLine(response.body()), false, null);
        });
  }

  private CheckServerException unreachable(Throwable failure) {
    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof CheckServerException) {
      return (CheckServerException) cause;
    }
    String why;
    if (cause instanceof HttpConnectTimeoutException) {
      why = "no answer within " + CONNECT_TIMEOUT.toSeconds() + " s";
    } else if (cause instanceof HttpTimeoutException) {
      why = "no answer within " + ANSWER_TIMEOUT.toSeconds() + " s";
    } else if (cause instanceof ConnectException) {
      why = "connection refused";
    } else {
      why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
    return new CheckServerException("cannot reach the Copydesk server at " + server + " (" + why + ")", true, cause);
  }

  private static List<Issue> await(CompletableFuture<List<Issue>> future, BooleanSupplier cancelled) {
    while (true) {
      if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
        throw new CancellationException();
      }
      try {
        return future.get(100, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        // look at the cancel flag again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
          cause = cause.getCause();
        }
        if (cause instanceof CheckServerException) {
          throw (CheckServerException) cause;
        }
        throw new CheckServerException("the check on the server failed: " + cause, false, cause);
      }
    }
  }

  /** The personal word list, applied here: spelling issues on a word the copy editor added are dropped. */
  private static List<Issue> withoutPersonalWords(List<Issue> issues, CheckSettings settings) {
    java.util.Set<String> accepted = LanguageToolFactory.acceptedWords(settings); // the house style's terms too
    if (accepted.isEmpty()) {
      return issues;
    }
    List<Issue> kept = new ArrayList<>(issues.size());
    for (Issue i : issues) {
      if (!(i.category() == Category.SPELLING && accepted.contains(i.coveredText()))) {
        kept.add(i);
      }
    }
    return kept;
  }

  private static String firstLine(String body) {
    if (body == null || body.isBlank()) {
      return "(no message)";
    }
    String line = body.strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  @Override
  public void close() {
    io.shutdownNow();
  }
}
