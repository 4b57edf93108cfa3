package com.copydesk.server;

import com.copydesk.core.Draft;
import com.copydesk.core.Markup;
import com.copydesk.core.Span;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a {@code /v2/check} request asks to check: plain {@code text}, or {@code data}, LanguageTool's
 * annotated text, whose markup is skipped by the checker but still counts in every offset. Holds the
 * whole text as sent (markup included) and where the markup stands in it.
 */
record CheckInput(String text, List<Markup> markup, int plainLength) {
  private static final ObjectMapper JSON = new ObjectMapper();

  CheckInput {
    markup = List.copyOf(markup);
  }

  static CheckInput from(Map<String, String> params) {
    String text = params.get("text");
    String data = params.get("data");
    if (text != null && data != null) {
      throw ApiError.badRequest("Set only 'text' or 'data' parameter, not both");
    }
    if (text != null) {
      return new CheckInput(text, List.of(), text.length());
    }
    if (data != null) {
      return fromData(data);
    }
    throw ApiError.badRequest("Missing 'text' or 'data' parameter");
  }

  /** The draft the checker sees: paragraphs as for plain text, markup skipped. */
  Draft draft() {
    return markup.isEmpty() ? new Draft(text) : new Draft(text, new AnnotatedSegmenter(markup));
  }

  private static CheckInput fromData(String data) {
    JsonNode root;
    try {
      root = JSON.readTree(data);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("Could not parse JSON from 'data' parameter");
    }
    if (root == null || !root.isObject()) {
      throw ApiError.badRequest("Could not parse JSON from 'data' parameter");
    }
    JsonNode text = root.get("text");
    JsonNode annotation = root.get("annotation");
    if (text != null && annotation != null) {
      throw ApiError.badRequest("'data' key in JSON requires either 'text' or 'annotation' key, not both");
    }
    if (text != null) {
      String t = text.asText();
      return new CheckInput(t, List.of(), t.length());
    }
    if (annotation == null || !annotation.isArray()) {
      throw ApiError.badRequest("'data' key in JSON requires 'text' or 'annotation' key");
    }
    StringBuilder all = new StringBuilder();
    List<Markup> markup = new ArrayList<>();
    int plain = 0;
    for (JsonNode part : annotation) {
      JsonNode t = part.get("text");
      JsonNode m = part.get("markup");
      JsonNode as = part.get("interpretAs");
      if (t != null && m != null) {
        throw ApiError.badRequest("Only either 'text' or 'markup' are supported in an object in 'annotation' list, not both");
      } else if (t != null && as != null) {
        throw ApiError.badRequest("'text' cannot be used with 'interpretAs' (only 'markup' can)");
      } else if (t != null) {
        all.append(t.asText());
        plain += t.asText().length();
      } else if (m != null) {
        String interpretAs = as == null ? "" : as.asText();
        int start = all.length();
        all.append(m.asText());
        if (all.length() > start) {
          markup.add(new Markup(new Span(start, all.length()), interpretAs));
        }
        plain += interpretAs.length();
      } else {
        throw ApiError.badRequest("Only 'text' and 'markup' are supported in 'annotation' list");
      }
    }
    return new CheckInput(all.toString(), markup, plain);
  }
}
