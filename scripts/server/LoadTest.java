import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test for a server speaking LanguageTool's HTTP API (Copydesk's or LanguageTool's
 * own): a fixed number of POST /v2/check requests from a fixed number of client threads, stopped
 * early at a time limit, loopback addresses only. Measurement code: run from the scripts beside it
 * (java LoadTest.java …), never shipped.
 *
 *   java LoadTest.java URL TEXT_FILE REQUESTS CONCURRENCY TIME_LIMIT_S fresh|repeat LABEL [FIRST]
 *
 * fresh: every request's paragraphs are new (numbered from FIRST, default 0, so that runs against
 * the same server can go on where the last stopped), so no cache helps; repeat: the same text
 * every time, as a client re-sending an unchanged document. Prints one line:
 *   LABEL requests=N ok=N busy=N failed=N seconds=S rps=R p50_ms=X p95_ms=Y
 */
public final class LoadTest {
  public static void main(String[] args) throws Exception {
    if (args.length != 7 && args.length != 8) {
      System.err.println("usage: java LoadTest.java URL TEXT_FILE REQUESTS CONCURRENCY TIME_LIMIT_S fresh|repeat LABEL [FIRST]");
      System.exit(2);
    }
    URI base = URI.create(args[0]);
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      System.err.println("LoadTest: " + base.getHost() + " is not a loopback address; this test stays on this machine");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    int requests = Integer.parseInt(args[2]);
    int concurrency = Integer.parseInt(args[3]);
    long limitNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));
    boolean fresh = args[5].equals("fresh");
    String label = args[6];
    int first = args.length == 8 ? Integer.parseInt(args[7]) : 0;

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    URI check = base.resolve("/v2/check");
    AtomicInteger next = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger busy = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    long deadline = start + limitNanos;
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    for (int c = 0; c < concurrency; c++) {
      clients.execute(() -> {
        for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          String body = "language=en-US&text=" + URLEncoder.encode(fresh ? numbered(text, first + i) : text, StandardCharsets.UTF_8);
          HttpRequest request = HttpRequest.newBuilder(check)
              .timeout(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body)).build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("\"matches\"")) {
              ok.incrementAndGet();
              latencies.add(System.nanoTime() - t0);
            } else if (r.statusCode() == 503) {
              busy.incrementAndGet();
            } else {
              failed.incrementAndGet();
            }
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }
      });
    }
    clients.shutdown();
    clients.awaitTermination(limitNanos + TimeUnit.SECONDS.toNanos(5), TimeUnit.NANOSECONDS);
    clients.shutdownNow();
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.println(String.format(Locale.ROOT,
        "%s requests=%d ok=%d busy=%d failed=%d seconds=%.1f rps=%.2f p50_ms=%.0f p95_ms=%.0f",
        label, ok.get() + busy.get() + failed.get(), ok.get(), busy.get(), failed.get(), seconds,
        ok.get() / seconds, percentile(sorted, 50), percentile(sorted, 95)));
  }

  /** The text with the request's number at the start of every paragraph, so no paragraph repeats. */
  static String numbered(String text, int n) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.isBlank() ? line : "(" + n + ") " + line);
    }
    return out.toString();
  }

  static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
  }
}
