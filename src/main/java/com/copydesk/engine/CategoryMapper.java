package com.copydesk.engine;

import com.copydesk.core.Category;
import org.languagetool.rules.Rule;

/** Sorts LanguageTool's many categories into the few a copy editor filters by. */
final class CategoryMapper {
  private CategoryMapper() {}

  static Category of(Rule rule) {
    if (rule.isDictionaryBasedSpellingRule()) {
      return Category.SPELLING;
    }
    return ofCategoryId(rule.getCategory() == null ? "" : rule.getCategory().getId().toString());
  }

  /** The copy editor's category for one of LanguageTool's category ids ("TYPOS", "GRAMMAR", …). */
  static Category ofCategoryId(String id) {
    switch (id) {
      case "TYPOS":
      case "COMPOUNDING":
      case "PROPER_NOUNS":
      case "MULTITOKEN_SPELLING":
        return Category.SPELLING;
      case "GRAMMAR":
      case "CONFUSED_WORDS":
      case "SEMANTICS":
      case "COLLOCATIONS":
      case "NONSTANDARD_PHRASES":
      case "FALSE_FRIENDS":
      case "MISC":
        return Category.GRAMMAR;
      case "PUNCTUATION":
        return Category.PUNCTUATION;
      case "TYPOGRAPHY":
        return Category.TYPOGRAPHY;
      case "CASING":
        return Category.CASING;
      case "STYLE":
      case "REDUNDANCY":
      case "REPETITIONS":
      case "REPETITIONS_STYLE":
      case "PLAIN_ENGLISH":
      case "WIKIPEDIA":
      case "COLLOQUIALISMS":
      case "REGIONALISMS":
      case "GENDER_NEUTRALITY":
      case "CREATIVE_WRITING":
      case "TON_ACADEMIC":
      case "TEXT_ANALYSIS":
      case "AMERICAN_ENGLISH_STYLE":
      case "BRITISH_ENGLISH":
        return Category.STYLE;
      default:
        return Category.OTHER;
    }
  }
}
