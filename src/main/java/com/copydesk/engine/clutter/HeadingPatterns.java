package com.copydesk.engine.clutter;

import java.util.regex.Pattern;

/**
 * Headings of the lists a page puts round an article, recognised by how they are worded rather than
 * by a fixed list: "Most viewed this week", "Readers also liked", "More stories like this", "You
 * might enjoy", "Latest headlines", "Company News". Checked on a line's word key.
 */
final class HeadingPatterns {
  private static final Pattern LIST_HEADING = Pattern.compile(
      "(?:most|also) (?:read|viewed|popular|shared|watched|commented|liked|emailed|discussed|listened)\\b.*"
      + "|(?:readers|people|others|users|visitors|subscribers|you) (?:also )?(?:read|viewed|liked|watched|enjoyed"
      + "|are reading|are watching|also)\\b.*"
      + "|(?:related|recommended|trending|suggested|popular|featured)\\b.*"
      + "|you (?:may|might|could|will|'ll|would) (?:also )?(?:like|love|enjoy|be interested|want)\\b.*"
      + "|more (?:stories|news|articles|headlines|from|in|on|like|to read|reading|coverage|top stories|videos)\\b.*"
      + "|(?:editor|editors|editor's|editors')(?: s)? (?:picks|choice|choices|selection)\\b.*"
      + "|(?:top|latest|recent|hot|best|today's|this week's|popular) (?:stories|news|headlines|articles|posts|videos"
      + "|reads|picks|topics)\\b.*"
      + "|(?:don't|do not|dont) miss\\b.*|in case you missed it\\b.*|what (?:to read|to watch|you missed)\\b.*"
      + "|(?:read|watch|listen|coming) (?:next|this next|up next)\\b.*|up next\\b.*|(?:also|elsewhere) (?:on|in)\\b.*"
      + "|(?:around|across|from) the (?:web|network|site)\\b.*|from our (?:partners|network|sponsors)\\b.*");
  private static final Pattern SECTION_HEADING = Pattern.compile("[a-z']+ (?:news|stories|headlines|updates|videos)");
  private static final Pattern COMMENT_HEADING = Pattern.compile(
      "(?:latest|recent|top|reader|readers|readers'|your|all) (?:comments|replies|reactions|views)|comments|discussion"
      + "|(?:join|start) the (?:conversation|discussion|debate)|conversation");

  private HeadingPatterns() {}

  /**
   * The heading a short line is, or null: a list of other stories (strong), a comments heading, or
   * a section's news ("Company News", weak: only outside the story).
   */
  static LineSigns.Verdict heading(String text, String key) {
    int words = Shape.words(text);
    int colon = text.indexOf(':');
    if (words == 0 || words > 7 || Shape.endsSentence(text) || Shape.endsWithEllipsis(text)
        || colon >= 0 && colon < text.strip().length() - 1) {
      return null; // "Related coverage: Storm closes schools" is a teaser, not a heading
    }
    if (LIST_HEADING.matcher(key).matches()) {
      return new LineSigns.Verdict(FurnitureKind.RELATED, words <= 1, true);
    }
    if (COMMENT_HEADING.matcher(key).matches()) {
      return new LineSigns.Verdict(FurnitureKind.COMMENTS, words <= 1, true);
    }
    if (words <= 3 && SECTION_HEADING.matcher(key).matches() && Shape.titleCase(text)) {
      return new LineSigns.Verdict(FurnitureKind.RELATED, true, true);
    }
    if (text.strip().endsWith(":") && words <= 6) {
      // "Read more on this story:" announces links to other stories
      for (String w : WordKey.words(key)) {
        if (LineSigns.POINTING_WORDS.contains(w)) {
          return new LineSigns.Verdict(FurnitureKind.RELATED, false, true);
        }
      }
    }
    return null;
  }
}
