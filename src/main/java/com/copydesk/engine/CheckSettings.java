package com.copydesk.engine;

import com.copydesk.core.Variant;
import com.copydesk.core.Category;
import com.copydesk.engine.style.HouseStyle;
import com.copydesk.engine.style.HouseStyles;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a check looks for: the English variant, rules switched off or on, categories switched off,
 * the copy editor's personal word list, whether LanguageTool's picky rules (extra style and
 * typography checks, LanguageTool's {@code level=picky}) run too, and the house style (null: the
 * newsroom style that fits the variant, see {@link HouseStyles#defaultFor}). Immutable; two equal
 * settings give equal results, which is what lets the paragraph cache reuse them.
 */
public record CheckSettings(
    Variant variant,
    Set<String> disabledRules,
    Set<String> enabledRules,
    Set<Category> disabledCategories,
    Set<String> personalWords,
    boolean picky,
    HouseStyle style) {

  public CheckSettings {
    Objects.requireNonNull(variant, "variant");
    disabledRules = Set.copyOf(new TreeSet<>(disabledRules));
    enabledRules = Set.copyOf(new TreeSet<>(enabledRules));
    disabledCategories = Set.copyOf(disabledCategories.isEmpty()
        ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(disabledCategories));
    personalWords = Set.copyOf(personalWords);
  }

  /** Settings at LanguageTool's default level (not picky), with the variant's default house style. */
  public CheckSettings(Variant variant, Set<String> disabledRules, Set<String> enabledRules,
      Set<Category> disabledCategories, Set<String> personalWords) {
    this(variant, disabledRules, enabledRules, disabledCategories, personalWords, false, null);
  }

  /** Settings with the variant's default house style. */
  public CheckSettings(Variant variant, Set<String> disabledRules, Set<String> enabledRules,
      Set<Category> disabledCategories, Set<String> personalWords, boolean picky) {
    this(variant, disabledRules, enabledRules, disabledCategories, personalWords, picky, null);
  }

  /** Settings at LanguageTool's default level under a house style (null: the variant's default). */
  public CheckSettings(Variant variant, Set<String> disabledRules, Set<String> enabledRules,
      Set<Category> disabledCategories, Set<String> personalWords, HouseStyle style) {
    this(variant, disabledRules, enabledRules, disabledCategories, personalWords, false, style);
  }

  public static CheckSettings defaults() {
    return of(Variant.EN_US);
  }

  public static CheckSettings of(Variant variant) {
    return new CheckSettings(variant, Set.of(), Set.of(), Set.of(), Set.of(), false, null);
  }

  public CheckSettings withVariant(Variant v) {
    return new CheckSettings(v, disabledRules, enabledRules, disabledCategories, personalWords, picky, style);
  }

  public CheckSettings withDisabledRules(Collection<String> rules) {
    return new CheckSettings(variant, Set.copyOf(rules), enabledRules, disabledCategories, personalWords, picky, style);
  }

  public CheckSettings withEnabledRules(Collection<String> rules) {
    return new CheckSettings(variant, disabledRules, Set.copyOf(rules), disabledCategories, personalWords, picky, style);
  }

  public CheckSettings withDisabledCategories(Collection<Category> categories) {
    return new CheckSettings(variant, disabledRules, enabledRules, Set.copyOf(categories), personalWords, picky, style);
  }

  public CheckSettings withPersonalWords(Collection<String> words) {
    return new CheckSettings(variant, disabledRules, enabledRules, disabledCategories, Set.copyOf(words), picky, style);
  }

  /** The same settings with LanguageTool's picky rules on or off. */
  public CheckSettings withPicky(boolean on) {
    return new CheckSettings(variant, disabledRules, enabledRules, disabledCategories, personalWords, on, style);
  }

  /** These settings under a house style; null means the default style for the variant. */
  public CheckSettings withStyle(HouseStyle houseStyle) {
    return new CheckSettings(variant, disabledRules, enabledRules, disabledCategories, personalWords, picky, houseStyle);
  }

  /** The house style in force: the chosen one, or the variant's default. */
  public HouseStyle houseStyle() {
    return style != null ? style : HouseStyles.defaultFor(variant.code());
  }

  /** The settings that need a differently configured LanguageTool instance (all but categories). */
  boolean sameEngineAs(CheckSettings other) {
    return variant == other.variant
        && disabledRules.equals(other.disabledRules)
        && enabledRules.equals(other.enabledRules)
        && personalWords.equals(other.personalWords)
        && houseStyle().sameEngineAs(other.houseStyle());
  }
}
