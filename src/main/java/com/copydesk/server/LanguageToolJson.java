package com.copydesk.server;

import com.copydesk.Version;
import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.engine.RuleCatalog;
import com.copydesk.core.Variant;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Answers in the JSON shape of LanguageTool's HTTP API, so its clients read Copydesk's answers
 * unchanged: {@code software}, {@code warnings}, {@code language}, and {@code matches} with
 * {@code message}, {@code shortMessage}, {@code replacements: [{value}]}, {@code offset} and
 * {@code length} in UTF-16 code units of the text as sent (markup included), {@code context} (40
 * characters either side, as LanguageTool cuts it), {@code sentence}, {@code type} and
 * {@code rule: {id, description, issueType, category: {id, name}}}, the category being Copydesk's.
 */
final class LanguageToolJson {
  /** Characters of context either side of a match, as LanguageTool's server gives. */
  static final int CONTEXT = 40;
  private static final JsonFactory JSON = new JsonFactory();

  private LanguageToolJson() {}

  static byte[] check(String text, LanguageChoice language, List<Issue> issues, RuleCatalog rules) {
    return write(g -> {
      g.writeStartObject();
      software(g);
      g.writeObjectFieldStart("warnings");
      g.writeBooleanField("incompleteResults", false);
      g.writeEndObject();
      g.writeObjectFieldStart("language");
      g.writeStringField("name", language.variant().label());
      g.writeStringField("code", language.variant().code());
      g.writeObjectFieldStart("detectedLanguage");
      g.writeStringField("name", language.variant().label());
      g.writeStringField("code", language.variant().code());
      g.writeNumberField("confidence", 1.0);
      g.writeStringField("source", language.source());
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("matches");
      for (Issue issue : issues) {
        match(g, text, issue, rules);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  static byte[] languages() {
    return write(g -> {
      g.writeStartArray();
      language(g, "English", "en", "en");
      for (Variant v : Variant.values()) {
        language(g, v.label(), "en", v.code());
      }
      g.writeEndArray();
    });
  }

  private static void language(JsonGenerator g, String name, String code, String longCode) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("code", code);
    g.writeStringField("longCode", longCode);
    g.writeEndObject();
  }

  private static void software(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("software");
    g.writeStringField("name", "Copydesk");
    g.writeStringField("version", Version.copydesk());
    g.writeStringField("buildDate", "");
    g.writeNumberField("apiVersion", 1);
    g.writeBooleanField("premium", false);
    g.writeStringField("languageTool", Version.languageTool());
    g.writeStringField("status", "");
    g.writeEndObject();
  }

  private static void match(JsonGenerator g, String text, Issue issue, RuleCatalog rules) throws IOException {
    RuleCatalog.RuleInfo info = rules.get(issue.ruleId())
        .orElse(new RuleCatalog.RuleInfo(issue.shortMessage().isEmpty() ? issue.message() : issue.shortMessage(),
            issueType(issue.category())));
    g.writeStartObject();
    g.writeStringField("message", issue.message());
    g.writeStringField("shortMessage", issue.shortMessage());
    g.writeArrayFieldStart("replacements");
    for (String r : issue.replacements()) {
      g.writeStartObject();
      g.writeStringField("value", r);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("offset", issue.start());
    g.writeNumberField("length", issue.end() - issue.start());
    context(g, text, issue.start(), issue.end());
    g.writeStringField("sentence", issue.context().text());
    g.writeObjectFieldStart("type");
    g.writeStringField("typeName", issue.category() == Category.SPELLING ? "UnknownWord"
        : issue.category() == Category.STYLE ? "Hint" : "Other");
    g.writeEndObject();
    g.writeObjectFieldStart("rule");
    g.writeStringField("id", issue.ruleId());
    g.writeStringField("description", info.description());
    g.writeStringField("issueType", info.issueType());
    g.writeObjectFieldStart("category");
    g.writeStringField("id", issue.category().name());
    g.writeStringField("name", issue.category().label());
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** LanguageTool's issue type for a rule that did not say: by the copy editor's category. */
  static String issueType(Category c) {
    switch (c) {
      case SPELLING:
        return "misspelling";
      case GRAMMAR:
        return "grammar";
      case PUNCTUATION:
      case TYPOGRAPHY:
      case CASING:
        return "typographical";
      case STYLE:
        return "style";
      default:
        return "uncategorized";
    }
  }

  /** Up to 40 characters either side, "..." where the text goes on, line breaks shown as spaces. */
  private static void context(JsonGenerator g, String text, int from, int to) throws IOException {
    int start = Math.max(0, from - CONTEXT);
    int end = Math.min(text.length(), to + CONTEXT);
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start--;
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end++;
    }
    String prefix = start > 0 ? "..." : "";
    String window = text.substring(start, end).replace('\n', ' ').replace('\r', ' ');
    g.writeObjectFieldStart("context");
    g.writeStringField("text", prefix + window + (end < text.length() ? "..." : ""));
    g.writeNumberField("offset", prefix.length() + from - start);
    g.writeNumberField("length", to - from);
    g.writeEndObject();
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
