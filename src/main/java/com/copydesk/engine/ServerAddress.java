package com.copydesk.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a Copydesk server (or any server speaking LanguageTool's HTTP API) answers: an http:// or
 * https:// address such as {@code http://127.0.0.1:8081}, to which the API's paths
 * ({@code /v2/check}) are added. A trailing {@code /} or {@code /v2} is accepted and dropped.
 */
public record ServerAddress(URI base) {

  public ServerAddress {
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
      throw new IllegalArgumentException("'" + base + "' is not a server address; use one like http://127.0.0.1:8081");
    }
  }

  /** Parses what a copy editor typed; throws {@link IllegalArgumentException} with a one-line reason. */
  public static ServerAddress parse(String text) {
    String t = text == null ? "" : text.strip();
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.endsWith("/v2")) {
      t = t.substring(0, t.length() - 3);
    }
    try {
      return new ServerAddress(new URI(t));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + text + "' is not a server address; use one like http://127.0.0.1:8081");
    }
  }

  /** The address of one of the API's endpoints, e.g. {@code endpoint("check")}. */
  public URI endpoint(String name) {
    return URI.create(base + "/v2/" + name);
  }

  @Override
  public String toString() {
    return base.toString();
  }
}
