package com.copydesk.engine.clutter;

/**
 * The line under a byline that goes with it: the writer's post or the newsroom ("By Ann Lee" then
 * "Business reporter", or "Kingsmere News"). A short line right after the byline that says nothing
 * certain of being furniture is the story's, even when its words could name a page section.
 */
final class BylineLines {
  private static final int MAX_WORDS = 6;

  private BylineLines() {}

  static void markRoleLines(PageUnits units, boolean[] story, LineSigns.Verdict[] verdicts, FurnitureLexicon lexicon) {
    for (int u = 0; u + 1 < units.size(); u++) {
      if (!story[u] || !Shape.byline(units.text(u))) {
        continue;
      }
      int next = u + 1;
      String text = units.text(next);
      if (story[next] || Shape.words(text) > MAX_WORDS || Shape.endsSentence(text)
          || text.chars().anyMatch(Character::isDigit) || Rows.items(text).size() > 1) {
        continue;
      }
      LineSigns.Verdict v = verdicts[next];
      String key = WordKey.of(text);
      if (v == null || v.weak() && lexicon.line(key) == null && lexicon.heading(key) == null) {
        story[next] = true;
        verdicts[next] = null;
      }
    }
  }
}
