package com.copydesk.engine.clutter;

import java.util.regex.Pattern;

/**
 * Lines in which the page's widgets speak to the reader, recognised by families of wording rather
 * than by fixed lines: a form's prompts and error messages ("Please enter your name here",
 * "Something went wrong, please try again later"), a comment box's small print ("The comments below
 * have not been moderated", "By posting your comment you agree to our house rules"), a paywall's
 * meter and offer ("You've read 2 of 4 free articles", "Enjoy unlimited access for just $1"), a
 * newsletter's thanks, a "report an error" link, a saved-stories notice, the note that a piece ran
 * in print, a note on what the site does with a reader's e-mail address,
 * a writer's contact line with an address or handle, and a writer's biography line.
 * Lines in quotation marks are never prompts: they are someone's words in the story.
 */
final class ReaderPrompts {
  private static final int MAX_PROMPT_WORDS = 45;

  private static final Pattern FORM = Pattern.compile(
      "(?:please )?(?:enter|type|fill in) (?:your|a valid|an|a) (?:[a-z]+ )?"
      + "(?:email|e mail|name|comment|comments|password|address|details|reply|message)\\b.*"
      + "|(?:save|remember|store) my (?:name|details|email|e mail)\\b.*");
  private static final Pattern FORM_ERROR = Pattern.compile(
      "(?:you have entered|you've entered|you entered) (?:an|a) (?:incorrect|invalid|wrong)\\b.*"
      + "|something went wrong\\b.*|(?:an error (?:has )?occurred|oops)\\b.*|.*\\bplease try again(?: later)?"
      + "|(?:this field is|fields marked \\w* ?are) required\\b.*");
  private static final Pattern MODERATION = Pattern.compile(
      ".*\\b(?:comments?|posts?|replies|messages) (?:below |above |here |on this page )?(?:have|has|are|is) not"
      + " (?:been )?(?:moderated|checked|reviewed|edited|pre ?moderated)\\b.*"
      + "|.*\\bviews expressed\\b.*\\b(?:readers|users|commenters|contributors|posters)\\b.*"
      + "|.*\\b(?:by )?(?:posting|commenting|submitting|registering)\\b.*\\byou agree\\b.*"
      + "|.*\\bour (?:house rules|community (?:guidelines|standards|rules)|comment(?:ing)? (?:policy|rules|guidelines))\\b.*");
  private static final Pattern METER = Pattern.compile(
      "(?:you've|you have) (?:read|used|viewed|reached|had)\\b.*\\b(?:articles?|stories|limit|allowance)\\b.*"
      + "|.*\\bfree (?:articles?|stories) (?:left|remaining)\\b.*");
  private static final Pattern OFFER = Pattern.compile(
      "(?:subscribe|enjoy|get|try|start|join|unlock|claim|upgrade|become a (?:member|subscriber|supporter))\\b.*");
  private static final Pattern OFFER_WORDS = Pattern.compile(
      ".*\\b(?:subscribe|subscription|subscriber|unlimited|trial|member|membership|access|offer)\\b.*");
  private static final Pattern PRICE = Pattern.compile("[$\u00A3\u20AC]\\s?\\d|\\d\\s?\u00A2|\\b\\d+p\\b");
  private static final Pattern THANKS = Pattern.compile(
      "(?:thanks|thank you) for (?:reading|being a (?:reader|subscriber|member))\\b.*"
      + "\\b(?:subscribe|subscriber|share|free|support|newsletter|post|sign up|paid)\\b.*");
  private static final Pattern ERROR_REPORT = Pattern.compile(
      ".*\\b(?:did we (?:make a mistake|get something wrong|miss something)|report an? (?:typo|error|mistake|correction)"
      + "|spot(?:ted)? an? (?:typo|error|mistake)|(?:found|see|notice|noticed) an? (?:typo|error|mistake)"
      + "|submit an? (?:correction|news tip|tip|story idea))\\b.*");
  private static final Pattern SAVED = Pattern.compile(
      ".*\\b(?:saved (?:stories|articles|items)|my bookmarks|your bookmarks|reading list|saved for later)\\b.*");
  private static final Pattern TO_READER = Pattern.compile(".*\\b(?:you|your|find|tap|click|view|go to)\\b.*");
  private static final Pattern PRINT_NOTE = Pattern.compile(
      "(?:this|a version of this) (?:article|story|piece|essay|review|report) (?:appears|appeared|was published|ran)"
      + " (?:in|on)\\b.*\\b(?:print|edition|issue|magazine|newspaper)\\b.*"
      + "|.*\\b(?:in|of) the print (?:edition|issue)\\b.*\\bheadline\\b.*");
  private static final Pattern DATA_USE = Pattern.compile(
      "(?:we|we ll|we will|we'll) (?:only |never )?(?:use|share|sell|pass on|store) your (?:email|e mail|data|details"
      + "|personal (?:data|details|information)|information|address)\\b.*"
      + "|.*\\b(?:read|see|view) our (?:privacy (?:notice|policy|statement)|cookie policy)\\b.*");
  private static final Pattern CONTACT = Pattern.compile(
      "(?i)(?:contact|reach|email|e-mail|follow|write to|message|send)\\b.*(?:[\\w.-]+@[\\w-]+\\.[\\w.]+|(?:^|\\s)@\\w{2,}).*");
  private static final Pattern BIO = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}'-]+ ){1,3}(?:is|was) (?:a|an|the) (?:[\\p{L}-]+ ){0,4}"
      + "(?:writer|reporter|correspondent|editor|journalist|columnist|contributor|critic|producer|author)\\b"
      + ".{0,80}\\b(?:at|for|with|of|on) (?:the )?\\p{Lu}.*");

  private ReaderPrompts() {}

  /** The kind of prompt the line is, or null. */
  static FurnitureKind read(String text, String key) {
    String t = text.strip();
    int words = Shape.words(t);
    if (words > MAX_PROMPT_WORDS) {
      return null;
    }
    if (PRINT_NOTE.matcher(key).matches()) {
      return FurnitureKind.NAVIGATION; // quotes the headline it ran under
    }
    if (quoted(t)) {
      return null;
    }
    if (words <= 15 && (FORM.matcher(key).matches() || FORM_ERROR.matcher(key).matches())) {
      return key.contains("comment") || key.contains("reply") ? FurnitureKind.COMMENTS : FurnitureKind.NEWSLETTER;
    }
    if (MODERATION.matcher(key).matches()) {
      return FurnitureKind.COMMENTS;
    }
    if (words <= 20 && (METER.matcher(key).matches() || OFFER.matcher(key).matches() && PRICE.matcher(t).find() && OFFER_WORDS.matcher(key).matches()
        || THANKS.matcher(key).matches())) {
      return FurnitureKind.NEWSLETTER;
    }
    if (words <= 15 && ERROR_REPORT.matcher(key).matches() || words <= 25 && SAVED.matcher(key).matches() && TO_READER.matcher(key).matches()) {
      return FurnitureKind.NAVIGATION;
    }
    if (words <= 30 && DATA_USE.matcher(key).matches()) {
      return FurnitureKind.NEWSLETTER;
    }
    if (CONTACT.matcher(t).matches() || BIO.matcher(t).matches() && Shape.sentences(t) <= 2) {
      return FurnitureKind.SHARE;
    }
    return null;
  }

  private static boolean quoted(String t) {
    return t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0 || t.indexOf('\u201D') >= 0;
  }
}
