package com.copydesk.server;

import com.copydesk.engine.CheckSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One Copydesk server for all tests in the JVM, on a random loopback port: one worker and a queue
 * of two (so 48 requests at once overflow it), 2,000 characters at most, and a log the tests read.
 * It stops with the JVM.
 */
public final class TestServer {
  public static final int MAX_TEXT = 2_000;
  private static CopydeskServer server;
  private static final List<String> LOG = new CopyOnWriteArrayList<>();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private TestServer() {}

  public static synchronized URI uri() {
    if (server == null) {
      ServerOptions options = ServerOptions.defaults().withAddress("127.0.0.1", 0).withWorkers(1, 2)
          .withMaxTextLength(MAX_TEXT).withSettings(CheckSettings.defaults());
      ServerLog log = new ServerLog() {
        @Override
        public void request(String line) {
          LOG.add(line);
        }

        @Override
        public void failure(String line, Throwable cause) {
          LOG.add(line);
        }
      };
      try {
        server = CopydeskServer.start(options, log);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      CopydeskServer started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return server.uri();
  }

  /** Every line the server has logged so far. */
  public static List<String> log() {
    return List.copyOf(LOG);
  }

  public static HttpResponse<String> post(String path, String form) {
    return send(HttpRequest.newBuilder(uri().resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpClient http() {
    return HTTP;
  }
}
