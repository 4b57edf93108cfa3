package com.copydesk.engine.clutter;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The page's own notices and prompts, recognised by how they address the reader: copyright and
 * cookie notices, newsletter and app sign-ups, paywall prompts, "follow us", comment prompts
 * ("Add your comment", "Have your say"), skip links, advertising slots. Each test works on the
 * line's text and its word key, and only on lines short enough to be such a notice.
 */
final class WidgetPatterns {
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)\u00A9|\\(c\\)\\s*(?:19|20)\\d\\d|copyright\\s*(?:\u00A9|\\(c\\)|(?:19|20)\\d\\d)|all rights reserved");
  private static final List<String> COOKIE_OPENERS = List.of("we use", "this site uses", "this website uses",
      "our site uses", "our website uses", "we and our partners", "by continuing", "by using", "by clicking",
      "cookies help", "we'd like to", "we would like to", "to give you", "accept", "manage", "this site",
      "this website", "you can change", "we care about your privacy", "we value your privacy", "your privacy");
  private static final List<String> SIGN_UP_OPENERS = List.of("sign up", "signup", "subscribe", "get", "join",
      "enter your", "never miss", "don't miss", "stay informed", "stay up to date", "stay in the know",
      "want", "like this", "enjoy", "enjoyed", "receive", "register", "be the first", "keep up", "love",
      "for the latest", "the best of", "our", "thank you", "thanks");
  private static final List<String> SIGN_UP_WORDS = List.of("newsletter", "newsletters", "inbox", "updates",
      "briefing", "alerts", "bulletin", "digest", "notifications");
  private static final Pattern PAYWALL = Pattern.compile("already a subscriber|subscribe to (?:read|continue)"
      + "|(?:article|story|content) is (?:only )?(?:for|available to|exclusive to) subscribers|subscribers only"
      + "|to continue reading|register to continue|create a free account|sign in to continue|to unlock this"
      + "|unlimited access|subscribe (?:now |today )?(?:for|from|and)\\b|start your (?:free )?trial");
  private static final List<String> FOLLOW_OPENERS = List.of("follow us", "like us on",
      "find us on", "join us on", "connect with us", "follow me on", "follow our");
  private static final Pattern SKIP_LINK = Pattern.compile(
      "(?:skip|jump|go|back|return|scroll) to (?:the )?(?:main |page |primary |site )?(?:content|navigation|nav|menu"
      + "|search|footer|top|comments|article|main|homepage|home page|section|story)\\b.*");
  private static final Pattern COMMENT_PROMPT = Pattern.compile(
      "(?:add|post|leave|write|have|join|submit|view|show|read|see|load|open|hide|jump to|go to|share)"
      + "(?: your| a| the| all| our)? (?:comment|comments|say|reply|replies|thoughts|views|discussion|conversation)\\b.*");
  private static final Pattern AD_SLOT = Pattern.compile(
      "(?:advertisement|advertisment|advertisements|advert|adverts|advertorial)(?: .*)?"
      + "|.* (?:advertisement|advertisment|advertisements|advert|adverts|advertorial|advertising feature)"
      + "|(?:promoted|sponsored|partner|paid|recommended by) (?:links|stories|content|posts?|articles?|results"
      + "|listings|partner|partners|message|feature)");
  private static final Pattern CLICK_TO_SHARE = Pattern.compile(
      "click to (?:share|email|print|tweet|post|copy)\\b.*|(?:share|tweet|email|print|save) .*opens in (?:a )?new window");
  private static final Pattern POSTED_BY = Pattern.compile(
      "(?:posted|published|submitted|uploaded|last updated|updated|written) (?:by|on|at|in)\\b.*"
      + "|(?:posted|published|submitted|uploaded|last updated|updated|written)\\b.*\\b(?:january|february|march|april|may"
      + "|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b.*");
  private static final Pattern GALLERY_COUNT = Pattern.compile(
      "(?i)(?:image|photo|picture|slide|gallery|video)?\\s*\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}");
  private static final Pattern READING_TIME = Pattern.compile(
      "(?i)(?:(?:estimated )?(?:reading|read|listening) time:?\\s*)?\\d{1,3}\\s*(?:min|mins|minutes?|m)\\.?(?:\\s*(?:read|listen|watch))?"
      + "|(?:listen|watch|play|read)\\s*[(\\[]?\\s*\\d{1,3}(?::\\d\\d)?\\s*(?:min|mins|minutes?|m|s|secs?)?\\.?\\s*[)\\]]?");
  /** "Follow the Lantern on Facebook": follow, a name, a network. */
  private static final Pattern FOLLOW_ON = Pattern.compile(
      "follow .*\\bon (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|threads|bluesky|mastodon|whatsapp|telegram|social media)");
  /** A newsletter's pitch: delivered, direct or straight to the reader, every morning or every week. */
  private static final Pattern DELIVERY = Pattern.compile(
      ".*\\b(?:delivered|direct|straight|sent)\\b.*\\b(?:every|each) (?:morning|day|evening|night|week|weekday|month)\\b.*"
      + "|.*\\b(?:every|each) (?:morning|day|evening|week|weekday)\\b.*\\b(?:delivered|direct|straight|sent)\\b.*");
  /** Formulas of legal small print. */
  private static final Pattern SMALL_PRINT = Pattern.compile(
      ".*\\b(?:is|are) not responsible for the content of external (?:sites|websites|internet sites|links)\\b.*"
      + "|.*\\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\\b.*"
      + "|.*\\b(?:registered (?:in england|office)|company number|registered number)\\b.*");
  private static final Pattern LISTEN = Pattern.compile(
      "(?:listen|listen now|play|hear) to (?:this|the) (?:story|article|report|piece|podcast|episode)\\b.*");
  private static final Pattern SPONSOR = Pattern.compile(
      "(?:sponsored|promoted|presented|supported|powered|paid for|brought to you) by .*"
      + "|in (?:association|partnership) with .*");

  private WidgetPatterns() {}

  /** The kind of notice or prompt the line is, or null. */
  static FurnitureKind read(String text, String key) {
    int words = Shape.words(text);
    if (words <= 40 && COPYRIGHT.matcher(text).find() || cookieNotice(key, words)
        || words <= 40 && SMALL_PRINT.matcher(key).matches()) {
      return FurnitureKind.LEGAL;
    }
    if (words <= 30 && DELIVERY.matcher(key).matches()) {
      return FurnitureKind.NEWSLETTER;
    }
    if (signUp(key, words) || words <= 15 && PAYWALL.matcher(key).find() || appPromotion(key, words)) {
      return FurnitureKind.NEWSLETTER;
    }
    if (words <= 15 && (LineSigns.startsWithAny(key, FOLLOW_OPENERS) || CLICK_TO_SHARE.matcher(key).matches())
        || words <= 8 && FOLLOW_ON.matcher(key).matches()
        || words <= 4 && key.startsWith("follow ") && Shape.titleCase(text.strip().substring(7))) {
      return FurnitureKind.SHARE;
    }
    String t = text.strip();
    if (GALLERY_COUNT.matcher(t).matches()) {
      return FurnitureKind.CREDIT;
    }
    if (READING_TIME.matcher(t).matches()) {
      return FurnitureKind.NAVIGATION;
    }
    boolean notice = words <= 8 && !Shape.endsSentence(text);
    if (notice && (SKIP_LINK.matcher(key).matches() || LISTEN.matcher(key).matches())) {
      return FurnitureKind.NAVIGATION;
    }
    if (notice && (COMMENT_PROMPT.matcher(key).matches()
        || words <= 10 && (key.endsWith(" to comment") || key.contains(" to comment ") || key.contains("to leave a comment")))) {
      return FurnitureKind.COMMENTS;
    }
    if (words <= 12 && !Shape.endsSentence(text) && POSTED_BY.matcher(key).matches() && !text.contains(",")) {
      return FurnitureKind.DATELINE; // "Posted by Admin on 3 March": the page's own note of when and by whom
    }
    if (notice && (AD_SLOT.matcher(key).matches() || SPONSOR.matcher(key).matches())) {
      return FurnitureKind.ADVERT;
    }
    if (words <= 6 && !Shape.endsSentence(text) && (" " + key + " ").contains(" newsletter ")) {
      return FurnitureKind.NEWSLETTER;
    }
    return null;
  }

  private static boolean cookieNotice(String key, int words) {
    if (words > 80 || !(key.contains("cookie") || key.contains("consent"))) {
      return false;
    }
    return LineSigns.startsWithAny(key, COOKIE_OPENERS) || key.contains("cookie policy") || key.contains("uses cookies")
        || key.contains("use cookies") || key.contains("cookies to ")
        || key.contains("cookie settings") || key.contains("use of cookies") || key.contains("accept all")
        || key.contains("cookie preferences");
  }

  private static boolean signUp(String key, int words) {
    if (words > 40) {
      return false;
    }
    if (key.contains("your inbox") || key.contains("to your email")) {
      return true;
    }
    return LineSigns.startsWithAny(key, SIGN_UP_OPENERS) && containsWord(key, SIGN_UP_WORDS)
        && (key.contains("sign up") || key.contains("subscribe") || key.contains("newsletter")
            || key.contains("inbox") || LineSigns.startsWithAny(key, List.of("enter your", "thank you", "thanks"))
            || words <= 10 && LineSigns.startsWithAny(key, List.of("get our", "get the", "sign up")));
  }

  private static boolean appPromotion(String key, int words) {
    return words <= 20 && containsWord(key, List.of("app", "apps"))
        && LineSigns.startsWithAny(key, List.of("download", "get the", "get our", "try the", "install", "read this on"));
  }

  static boolean containsWord(String key, List<String> words) {
    String padded = " " + key + " ";
    for (String w : words) {
      if (padded.contains(" " + w + " ")) {
        return true;
      }
    }
    return false;
  }
}
