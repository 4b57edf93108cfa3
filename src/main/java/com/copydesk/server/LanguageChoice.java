package com.copydesk.server;

import com.copydesk.core.Draft;
import com.copydesk.core.Variant;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code language} parameter: one of the six English variants, or {@code auto} / {@code en},
 * which leave the variant to {@link AutoVariant} (read from the draft) — unless {@code preferredVariants} (as on
 * LanguageTool's server, with {@code auto}) names an English one.
 */
record LanguageChoice(Variant variant, String source) {
  static final String CODES = "auto, en, " + Variant.codes();

  static LanguageChoice of(Map<String, String> params, Draft draft, Variant configured, AutoVariant auto) {
    String code = params.get("language");
    if (code == null || code.isBlank()) {
      throw ApiError.badRequest("Missing 'language' parameter, e.g. 'language=en-US' for American English"
          + " or 'language=en-GB' for British English");
    }
    String c = code.strip();
    Optional<Variant> named = Variant.fromCode(c);
    if (named.isPresent()) {
      return new LanguageChoice(named.get(), "language");
    }
    if (c.equalsIgnoreCase("auto") || c.equalsIgnoreCase("en")) {
      Optional<Variant> preferred = preferred(params.get("preferredVariants"));
      if (preferred.isPresent()) {
        return new LanguageChoice(preferred.get(), "preferredVariants");
      }
      return new LanguageChoice(auto.of(draft, configured), "text");
    }
    throw ApiError.badRequest("'" + c + "' is not a language code known to Copydesk."
        + " Supported language codes are: " + CODES + ".");
  }

  private static Optional<Variant> preferred(String list) {
    if (list == null) {
      return Optional.empty();
    }
    for (String v : list.split(",")) {
      Optional<Variant> found = Variant.fromCode(v);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
