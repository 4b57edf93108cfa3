package com.copydesk.engine;

import com.copydesk.core.Category;
import com.copydesk.core.Markup;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The form a {@link RemoteChecker} posts to {@code /v2/check} for one paragraph: its text as
 * LanguageTool's annotated {@code data} (markup marked as such, so offsets still count it), the
 * settings as LanguageTool's parameters, and {@code mode=allButTextLevelOnly}, because the client
 * runs the whole-draft passes itself over the whole draft.
 *
 * <p>The paragraph's own line breaks go as markup that LanguageTool reads as the same line break:
 * the server then keeps the paragraph whole (it splits text into paragraphs at line breaks, markup
 * it splits only where the markup stands for a paragraph break), so the server checks exactly the
 * paragraph this machine would check.
 */
final class RemoteRequest {
  private static final JsonFactory JSON = new JsonFactory();

  private RemoteRequest() {}

  static String form(String source, List<Markup> markup, CheckSettings settings) {
    StringBuilder form = new StringBuilder();
    add(form, "language", settings.variant().code());
    add(form, "data", annotation(source, markup));
    add(form, "mode", "allButTextLevelOnly");
    add(form, "level", settings.picky() ? "picky" : "default");
    // the house style's rules go as the copy editor's own: the server knows no house style of ours
    TreeSet<String> enabled = new TreeSet<>(settings.houseStyle().rulesOn());
    enabled.removeAll(settings.disabledRules());
    enabled.addAll(settings.enabledRules());
    TreeSet<String> disabled = new TreeSet<>(settings.houseStyle().rulesOff());
    disabled.removeAll(settings.enabledRules());
    disabled.addAll(settings.disabledRules());
    if (!enabled.isEmpty()) {
      add(form, "enabledRules", String.join(",", enabled));
    }
    if (!disabled.isEmpty()) {
      add(form, "disabledRules", String.join(",", disabled));
    }
    if (!settings.disabledCategories().isEmpty()) {
      StringJoiner cats = new StringJoiner(",");
      for (Category c : settings.disabledCategories()) {
        cats.add(c.name());
      }
      add(form, "disabledCategories", cats.toString());
    }
    add(form, "useragent", "copydesk");
    return form.toString();
  }

  /** {@code {"annotation":[{"text":…},{"markup":…,"interpretAs":…},…]}} */
  static String annotation(String source, List<Markup> markup) {
    StringWriter out = new StringWriter(source.length() + 64);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("annotation");
      int pos = 0;
      for (Markup m : markup) {
        writeText(g, source, pos, m.span().start());
        writeMarkup(g, source.substring(m.span().start(), m.span().end()), m.interpretAs());
        pos = m.span().end();
      }
      writeText(g, source, pos, source.length());
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeText(JsonGenerator g, String source, int from, int to) throws IOException {
    int start = from;
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        int end = c == '\r' && i + 1 < to && source.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        if (i > start) {
          g.writeStartObject();
          g.writeStringField("text", source.substring(start, i));
          g.writeEndObject();
        }
        String lineBreak = source.substring(i, end);
        writeMarkup(g, lineBreak, lineBreak);
        start = end;
        i = end - 1;
      }
    }
    if (to > start) {
      g.writeStartObject();
      g.writeStringField("text", source.substring(start, to));
      g.writeEndObject();
    }
  }

  private static void writeMarkup(JsonGenerator g, String markup, String interpretAs) throws IOException {
    g.writeStartObject();
    g.writeStringField("markup", markup);
    g.writeStringField("interpretAs", interpretAs);
    g.writeEndObject();
  }

  private static void add(StringBuilder form, String name, String value) {
    if (form.length() > 0) {
      form.append('&');
    }
    form.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
