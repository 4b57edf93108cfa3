package com.copydesk.server;

import com.copydesk.core.Category;
import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.engine.CheckSettings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One {@code /v2/check} request, read and validated: what to check, in which English, with which
 * rules and categories ({@code enabledRules}, {@code disabledRules}, {@code enabledCategories},
 * {@code disabledCategories}, {@code enabledOnly}, {@code level}), and whether the whole-draft
 * passes run ({@code mode=all}, the default) or not ({@code mode=allButTextLevelOnly}, for a client
 * that sends a draft one paragraph at a time and runs them itself). Category ids are Copydesk's
 * (SPELLING, GRAMMAR, …); ids it does not know are ignored, as LanguageTool's server ignores them.
 */
record CheckRequest(CheckInput input, Draft draft, LanguageChoice language, CheckSettings settings, boolean wholeDraft,
    Set<String> onlyRules, Set<Category> onlyCategories, boolean enabledOnly) {

  static CheckRequest parse(Map<String, String> params, ServerOptions options) {
    CheckInput input = CheckInput.from(params);
    if (input.plainLength() > options.maxTextLength()) {
      throw new ApiError(ApiError.TOO_LARGE, "Your text exceeds the limit of " + options.maxTextLength()
          + " characters (it's " + input.plainLength() + " characters). Please submit a shorter text.");
    }
    Draft draft = input.draft();
    LanguageChoice language = LanguageChoice.of(params, draft, options.variant(), options.autoVariant());
    Set<String> enabledRules = ids(params.get("enabledRules"));
    Set<String> disabledRules = ids(params.get("disabledRules"));
    Set<Category> enabledCategories = categories(params.get("enabledCategories"));
    Set<Category> disabledCategories = categories(params.get("disabledCategories"));
    String only = params.getOrDefault("enabledOnly", "false").strip().toLowerCase(Locale.ROOT);
    boolean enabledOnly = only.equals("true") || only.equals("yes");
    boolean anyDisabled = !disabledRules.isEmpty() || !isBlank(params.get("disabledCategories"));
    if (enabledOnly && anyDisabled) {
      throw ApiError.badRequest("You cannot specify disabled rules or categories using enabledOnly=true");
    }
    if (enabledOnly && enabledRules.isEmpty() && isBlank(params.get("enabledCategories"))) {
      throw ApiError.badRequest("You must specify enabled rules or categories when using enabledOnly=true");
    }
    CheckSettings settings = options.settings().withVariant(language.variant())
        .withEnabledRules(union(options.settings().enabledRules(), enabledRules))
        .withDisabledRules(union(options.settings().disabledRules(), disabledRules))
        .withDisabledCategories(categoriesUnion(options.settings().disabledCategories(), disabledCategories))
        .withPicky(picky(params.get("level")));
    return new CheckRequest(input, draft, language, settings, wholeDraft(params.get("mode")),
        enabledRules, enabledCategories, enabledOnly);
  }

  /** With {@code enabledOnly}, only the issues of the rules and categories asked for. */
  List<Issue> select(List<Issue> issues) {
    if (!enabledOnly) {
      return issues;
    }
    List<Issue> out = new ArrayList<>();
    for (Issue i : issues) {
      if (onlyRules.contains(i.ruleId()) || onlyCategories.contains(i.category())) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean picky(String level) {
    if (level == null || level.isBlank() || level.strip().equalsIgnoreCase("default")) {
      return false;
    }
    if (level.strip().equalsIgnoreCase("picky")) {
      return true;
    }
    throw ApiError.badRequest("Unknown level '" + level.strip() + "'; use 'default' or 'picky'");
  }

  private static boolean wholeDraft(String mode) {
    if (mode == null || mode.isBlank() || mode.strip().equals("all")) {
      return true;
    }
    if (mode.strip().equals("allButTextLevelOnly")) {
      return false;
    }
    throw ApiError.badRequest("Unsupported mode '" + mode.strip() + "'; Copydesk's server knows 'all' and 'allButTextLevelOnly'");
  }

  private static Set<String> ids(String list) {
    Set<String> out = new TreeSet<>();
    if (list != null) {
      for (String id : list.split(",")) {
        if (!id.isBlank()) {
          out.add(id.strip());
        }
      }
    }
    return out;
  }

  private static Set<Category> categories(String list) {
    Set<Category> out = EnumSet.noneOf(Category.class);
    for (String id : ids(list)) {
      Category.fromId(id).ifPresent(out::add);
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }

  private static Set<Category> categoriesUnion(Set<Category> a, Set<Category> b) {
    Set<Category> out = EnumSet.noneOf(Category.class);
    out.addAll(a);
    out.addAll(b);
    return out;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
