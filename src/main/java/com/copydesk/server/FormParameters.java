package com.copydesk.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The parameters of a request: the query string's, and for a POST those of its
 * {@code application/x-www-form-urlencoded} body (a parameter in both counts as the query's, as on
 * LanguageTool's server). Anything that does not decode is a 400, not a guess.
 */
final class FormParameters {
  private FormParameters() {}

  static Map<String, String> parse(String rawQuery, String body) {
    Map<String, String> params = new HashMap<>();
    decodeInto(params, body, "form");
    decodeInto(params, rawQuery, "query");
    return params;
  }

  private static void decodeInto(Map<String, String> params, String encoded, String what) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("Could not decode the " + what + ": " + e.getMessage());
      }
    }
  }
}
