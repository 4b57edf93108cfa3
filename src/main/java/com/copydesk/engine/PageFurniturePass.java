package com.copydesk.engine;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.engine.clutter.PageFurniture;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the page furniture issues ({@link PageFurniture}) to a check of plain lines. It needs the
 * whole draft (a block under a "Most read" heading, the headline a breadcrumb was glued to, where
 * the story starts and ends), so it runs as a draft pass; it honours the CLUTTER category and its
 * rules being switched off.
 */
final class PageFurniturePass {
  private PageFurniturePass() {}

  static List<Issue> apply(DraftPass.WholeDraft draft, List<Issue> issues) {
    CheckSettings settings = draft.settings();
    if (!draft.plainLines() || settings.disabledCategories().contains(Category.CLUTTER)) {
      return issues;
    }
    List<Issue> furniture = PageFurniture.issues(draft.text(), rule -> !settings.disabledRules().contains(rule));
    if (furniture.isEmpty()) {
      return issues;
    }
    List<Issue> merged = new ArrayList<>(issues.size() + furniture.size());
    int f = 0;
    for (Issue issue : issues) {
      while (f < furniture.size() && furniture.get(f).start() <= issue.start()) {
        merged.add(furniture.get(f++));
      }
      merged.add(issue);
    }
    merged.addAll(furniture.subList(f, furniture.size()));
    return merged;
  }
}
