package com.copydesk.engine;

import com.copydesk.core.Category;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a check looks for: the English variant, rules switched off or on, categories switched off,
 * and the copy editor's personal word list. Immutable; two equal settings give equal results, which
 * is what lets the paragraph cache reuse them.
 */
public record CheckSettings(
    Variant variant,
    Set<String> disabledRules,
    Set<String> enabledRules,
    Set<Category> disabledCategories,
    Set<String> personalWords) {

  public CheckSettings {
    Objects.requireNonNull(variant, "variant");
    disabledRules = Set.copyOf(new TreeSet<>(disabledRules));
    enabledRules = Set.copyOf(new TreeSet<>(enabledRules));
    disabledCategories = Set.copyOf(disabledCategories.isEmpty()
        ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(disabledCategories));
    personalWords = Set.copyOf(personalWords);
  }

  public static CheckSettings defaults() {
    return of(Variant.EN_US);
  }

  public static CheckSettings of(Variant variant) {
    return new CheckSettings(variant, Set.of(), Set.of(), Set.of(), Set.of());
  }

  public CheckSettings withVariant(Variant v) {
    return new CheckSettings(v, disabledRules, enabledRules, disabledCategories, personalWords);
  }

  public CheckSettings withDisabledRules(Collection<String> rules) {
    return new CheckSettings(variant, Set.copyOf(rules), enabledRules, disabledCategories, personalWords);
  }

  public CheckSettings withEnabledRules(Collection<String> rules) {
    return new CheckSettings(variant, disabledRules, Set.copyOf(rules), disabledCategories, personalWords);
  }

  public CheckSettings withDisabledCategories(Collection<Category> categories) {
    return new CheckSettings(variant, disabledRules, enabledRules, Set.copyOf(categories), personalWords);
  }

  public CheckSettings withPersonalWords(Collection<String> words) {
    return new CheckSettings(variant, disabledRules, enabledRules, disabledCategories, Set.copyOf(words));
  }

  /** The settings that need a differently configured LanguageTool instance (all but categories). */
  boolean sameEngineAs(CheckSettings other) {
    return variant == other.variant
        && disabledRules.equals(other.disabledRules)
        && enabledRules.equals(other.enabledRules)
        && personalWords.equals(other.personalWords);
  }
}
