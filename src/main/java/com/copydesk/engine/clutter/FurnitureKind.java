package com.copydesk.engine.clutter;

/**
 * The kinds of page furniture, each its own rule ({@code CLUTTER_ADVERT}, ...), so a copy editor can
 * switch one off without the others. The messages say what the line is, in a copy editor's words.
 */
public enum FurnitureKind {
  NAVIGATION("Site navigation", "a menu or navigation link of the web page"),
  BREADCRUMB("Breadcrumb trail", "the page's breadcrumb trail (its place in the site), not the story"),
  DATELINE("Page date", "the web page's own date line, not a dateline of the story"),
  TEASER("Teaser link", "a link to another story (a teaser or \"read more\" line)"),
  ADVERT("Advertisement label", "an advertising slot or sponsored label"),
  SHARE("Share or follow bar", "the page's share or follow buttons"),
  COMMENTS("Comments widget", "part of the page's comments widget"),
  NEWSLETTER("Newsletter or app box", "a sign-up box for a newsletter, an app or a subscription"),
  TAGS("Tag list", "the page's list of tags or topics"),
  RELATED("Headline list", "a \"most read\", \"related\" or \"trending\" list of other stories"),
  LEGAL("Copyright or cookie notice", "the site's copyright, cookie or legal notice"),
  CREDIT("Image credit", "a picture credit or caption label, not article text");

  private final String title;
  private final String what;

  FurnitureKind(String title, String what) {
    this.title = title;
    this.what = what;
  }

  /** The rule id, e.g. {@code CLUTTER_ADVERT}. */
  public String ruleId() {
    return "CLUTTER_" + name();
  }

  /** A card's headline, e.g. "Advertisement label". */
  public String title() {
    return title;
  }

  /** The message. */
  public String message() {
    return "This line is " + what + ", pasted with the article. Removing it leaves only the article.";
  }

  /** The kind a rule id names, or null. */
  public static FurnitureKind ofRule(String ruleId) {
    for (FurnitureKind k : values()) {
      if (k.ruleId().equals(ruleId)) {
        return k;
      }
    }
    return null;
  }
}
