package com.copydesk.engine.clutter;

import static com.copydesk.engine.clutter.SiteKit.ago;
import static com.copydesk.engine.clutter.SiteKit.apDate;
import static com.copydesk.engine.clutter.SiteKit.apTime;
import static com.copydesk.engine.clutter.SiteKit.between;
import static com.copydesk.engine.clutter.SiteKit.chance;
import static com.copydesk.engine.clutter.SiteKit.clip;
import static com.copydesk.engine.clutter.SiteKit.cut;
import static com.copydesk.engine.clutter.SiteKit.format;
import static com.copydesk.engine.clutter.SiteKit.formatUs;
import static com.copydesk.engine.clutter.SiteKit.headlines;
import static com.copydesk.engine.clutter.SiteKit.moment;
import static com.copydesk.engine.clutter.SiteKit.numbered;
import static com.copydesk.engine.clutter.SiteKit.person;
import static com.copydesk.engine.clutter.SiteKit.pick;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Batch A of invented site templates (ten sites): written before the check's code was read, then
 * the batch the check was improved on. Every site, name and phrase is made up; only generic UI words
 * ("Share", "Sign in", "Advertisement") are the web's own. The sites imitate kinds of site, not any
 * one site: a British broadcaster, a US wire service, a British local paper, a US metro paper, a
 * magazine, an e-mail newsletter, a US regional TV station, a web portal, a WordPress news theme and
 * a British tabloid.
 */
final class SiteBatchA {
  private SiteBatchA() {}

  static List<SiteTemplates.Site> all() {
    return List.of(
        SiteBatches.site("kingsmere-broadcast", SiteBatchA::kingsmere),
        SiteBatches.site("ferro-wire", SiteBatchA::ferroWire),
        SiteBatches.site("bellhaven-echo", SiteBatchA::bellhaven),
        SiteBatches.site("ardenvale-post", SiteBatchA::ardenvale),
        SiteBatches.site("quillfeather-mag", SiteBatchA::quillfeather),
        SiteBatches.site("ledger-lamp-letter", SiteBatchA::ledgerLamp),
        SiteBatches.site("wvrt-9-news", SiteBatchA::wvrt),
        SiteBatches.site("dayspring-portal", SiteBatchA::dayspring),
        SiteBatches.site("pressline-wp", SiteBatchA::pressline),
        SiteBatches.site("foxglove-daily", SiteBatchA::foxglove));
  }

  private static final String[] TOPICS = {
    "Ferries", "Energy", "Trade", "Local government", "Retail", "Banking", "Housing", "Employment",
    "Farming", "Transport", "Interest rates", "Manufacturing"};

  private static List<String> topics(Random r, int n) {
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      String t = pick(r, TOPICS);
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  // ------------------------------------------------------------ a British broadcaster

  private static WebPage kingsmere(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    LocalDateTime t = moment(r);
    boolean live = chance(r, 0.3);
    p.furniture("Skip to content", "Accessibility Help");
    p.furniture("Kingsmere", "Sign in");
    p.furniture("Home", "News", "Sport", "Weather", "Sounds", "Local", "More");
    p.furniture(pick(r, "UK", "World", "Business") + " | Politics | Science | Health | Education | In Pictures");
    if (live) {
      p.furniture("LIVE");
    }
    p.article(a.headline());
    if (live) {
      p.furniture("Updated " + ago(r) + ". " + between(r, 3, 40) + " new updates", "Summary");
    } else {
      p.furniture("Published", chance(r, 0.5) ? ago(r) : format(t, "d MMMM yyyy"));
      p.furniture("Share", "Save");
    }
    if (!SiteKit.bylined(a) && chance(r, 0.5)) {
      p.article("By " + person(r));
      p.article(pick(r, "Business reporter", "Economics correspondent", "Kingsmere News"));
    }
    List<String> captions = List.of(
        "The site has stood empty since 2019", "Work on the scheme began last spring",
        "Campaigners gathered outside the offices on Monday", "The company employs about 400 people");
    int lookalike = chance(r, 0.3) ? between(r, 1, 3) : -1;
    SiteKit.body(p, a, i -> {
      if (live) {
        p.furniture(format(t.plusMinutes(7L * i), "HH:mm") + pick(r, " GMT", " BST", ""));
      }
      if (i == 0 && !live) {
        p.furniture("Image source, " + pick(r, "Northlight Pictures", "Kingsmere", "Getty Pool"),
            "Image caption, " + pick(r, captions));
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
      if (i == 2 && chance(r, 0.5)) {
        p.furniture("Watch: " + cut(pick(r, others), r), "Media caption, " + pick(r, captions));
      }
    });
    if (chance(r, 0.2) && !SiteKit.wire(a)) {
      p.article(pick(r, LookalikeLines.CORRECTIONS));
    }
    p.furniture("Related Topics");
    p.furnitureLines(topics(r, between(r, 2, 4)));
    List<String> more = headlines(r, others, 3);
    p.furniture("More on this story");
    for (String h : more) {
      p.furniture(h, "Published", between(r, 2, 20) + " " + pick(r, "days ago", "hours ago"));
    }
    p.furniture("Top Stories");
    p.furnitureLines(headlines(r, others, 3));
    p.furniture("Most Read");
    p.furniture(numbered(headlines(r, others, 5), "own-line").toArray(String[]::new));
    p.furniture("Home", "News", "Sport", "Weather", "Sounds", "Local");
    p.furniture("Terms of Use", "About Kingsmere", "Privacy Policy", "Cookies", "Accessibility Help",
        "Contact Kingsmere", "Get Personalised Newsletters");
    p.furniture("Copyright \u00A9 " + t.getYear() + " Kingsmere. We are not responsible for what other sites publish. See how we link to other sites.");
    return p;
  }

  // ------------------------------------------------------------ a US wire service

  private static WebPage ferroWire(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(chance(r, 0.7));
    LocalDateTime t = moment(r);
    p.furniture("Menu", "Ferro Wire", "Search");
    p.furniture("World U.S. Politics Sports Entertainment Business Science Fact Check Oddities Newsletters");
    p.furniture(pick(r, "BUSINESS", "WORLD NEWS", "FINANCIAL MARKETS", "U.S. NEWS"));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.5)) {
      p.article("By " + person(r).toUpperCase());
    }
    p.furniture(switch (r.nextInt(3)) {
      case 0 -> "Updated " + formatUs(t, "h:mm a") + " EST, " + formatUs(t, "MMMM d, yyyy");
      case 1 -> "Published " + formatUs(t, "h:mm a") + " GMT, " + formatUs(t, "MMMM d, yyyy");
      default -> formatUs(t, "MMMM d, yyyy");
    });
    p.furniture("Share", "Copy Link", "Link copied", "Email", "Facebook", "X", "Reddit", "LinkedIn", "Flipboard", "Print");
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i % 2 == 1) {
        p.furniture("ADVERTISEMENT");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
      if (i == 2) {
        List<String> rel = new ArrayList<>(List.of("RELATED COVERAGE"));
        rel.addAll(headlines(r, others, 2));
        p.furniture(rel.toArray(String[]::new));
      }
    });
    if (SiteKit.wire(a) && chance(r, 0.4)) {
      p.article(pick(r, LookalikeLines.WIRE_CREDITS));
    }
    p.furniture("Copyright " + t.getYear() + " Ferro Wire. All rights reserved. This material may not be republished, broadcast or redistributed without permission.");
    p.furniture("ADVERTISEMENT");
    p.furniture("Recommended");
    p.furnitureLines(headlines(r, others, 4));
    p.furniture("About", "Ferro Wire Stylebook", "Contact Us", "Accessibility Statement", "Terms of Use",
        "Privacy Policy", "Cookie Settings", "Do Not Sell or Share My Personal Information",
        "Limit Use and Disclosure of Sensitive Personal Information", "More From Ferro Wire",
        "Copyright " + t.getYear() + " Ferro Wire. All Rights Reserved.");
    return p;
  }

  // ------------------------------------------------------------ a British local paper

  private static WebPage bellhaven(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).lineBreak(chance(r, 0.5) ? "\r\n" : "\n");
    LocalDateTime t = moment(r);
    if (chance(r, 0.5)) {
      p.furniture("We value your privacy",
          "We and our " + between(r, 90, 300) + " partners store and read information on your device, such as cookies, to show you personalised ads and content.",
          "Accept all", "Manage choices");
    }
    p.furniture("Bellhaven Echo");
    p.furniture("NewsSportWhat's OnPropertyJobsObituariesMotorsSubscribe");
    p.furniture(pick(r, "News > Local News", "News\u203ABellhaven News", "Business \u203A Local Business"));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.6)) {
      p.article("By " + person(r) + pick(r, " Senior Reporter", " Local Democracy Reporter", " Chief Reporter", ""));
    }
    String stamp = format(t, "HH:mm, d MMM yyyy").toUpperCase();
    p.furniture(chance(r, 0.5) ? stamp : stamp + "Updated" + format(t.plusHours(2), "HH:mm, d MMM yyyy").toUpperCase());
    p.furniture("Bookmark", "Comments", pick(r, "News", "Business", "Bellhaven"));
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      switch (i) {
        case 0 -> p.furniture("Get the biggest Bellhaven stories straight to your inbox", "Sign up",
            "Thank you for subscribing!", "We have more newsletters", "Show me",
            "We will only use your email to send you the newsletters you choose. Read our Privacy Notice.",
            "Invalid email", "Something went wrong, please try again later.");
        case 1 -> p.furniture(headlines(r, others, between(r, 1, 2)).stream().map(h -> "READ MORE: " + h).toArray(String[]::new));
        case 2 -> p.furniture(pick(r, "The quay at low tide (Image: Supplied)", "(Image: Bellhaven Echo)", "(Image: Google Maps)"));
        case 3 -> p.furniture("Story Saved", "Find it any time in Saved Stories.Or tap the person icon at the top of the page.");
        default -> { }
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Join the conversation", between(r, 0, 80) + " Comments");
    p.furniture("Follow Bellhaven Echo", "Facebook", "X");
    p.furniture("More On");
    p.furnitureLines(topics(r, 3));
    p.furniture("Most Read", "Most Recent");
    p.furnitureLines(headlines(r, others, 5));
    p.furniture("Bellhaven Echo", "Contact us", "Advertise with us", "Terms and Conditions", "Complaints",
        "Corrections & clarifications", "Privacy Notice", "Cookie Notice", "Do not sell my personal information",
        "Syndication & Licensing", "Notifications", "How we use AI");
    p.furniture("\u00A9 " + t.getYear() + " a Heron Media publication. All rights reserved.", "Back to top");
    return p;
  }

  // ------------------------------------------------------------ a US metro paper

  private static WebPage ardenvale(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(chance(r, 0.5));
    LocalDateTime t = moment(r);
    String reporter = person(r);
    p.furniture("Skip to main content", "Ardenvale Post", "Subscribe", "Sign In");
    p.furniture("Home | News | Sports | Opinion | Things to Do | Obituaries | E-Edition | Legals");
    p.furniture(pick(r, "NEWS", "BUSINESS", "LOCAL"));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.7)) {
      p.article(reporter + ", Ardenvale Post");
    }
    p.furniture(chance(r, 0.5)
        ? "Published " + apTime(t) + " ET " + apDate(t) + " | Updated " + apTime(t.plusHours(3)) + " ET " + apDate(t)
        : "Updated " + apDate(t) + ", " + apTime(t) + " CT");
    if (chance(r, 0.6)) {
      p.furniture("Facebook", "Email", "X", "Share");
    }
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 1) {
        p.furniture("Story continues below");
      }
      if (i == 2) {
        p.furniture(pick(r, "MORE: ", "RELATED: ", "ALSO: ") + pick(r, others));
      }
      if (i == 4) {
        p.furniture("Enjoy unlimited local news for just $1. Subscribe now.");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Contact " + reporter + " at " + reporter.toLowerCase().charAt(0) + reporter.substring(reporter.indexOf(' ') + 1).toLowerCase()
        + "@ardenvalepost.example or 555-01" + between(r, 10, 99) + ". Follow " + pick(r, "her", "him", "them") + " on X @"
        + reporter.replace(" ", "").toLowerCase() + ".");
    p.furniture("More Stories");
    p.furnitureLines(headlines(r, others, 3));
    p.furniture("About Us | Newsroom Staff Directory | Corrections & Clarifications | Our Ethical Principles | Accessibility | Site Map | Terms of Service | Privacy Policy | Your Privacy Choices");
    p.furniture("\u00A9 " + t.getYear() + " www.ardenvalepost.example. All rights reserved.", "Cookie Settings");
    return p;
  }

  // ------------------------------------------------------------ a magazine

  private static WebPage quillfeather(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    LocalDateTime t = moment(r);
    String author = person(r);
    p.furniture("Quillfeather");
    p.furniture("Culture | Ideas | Science | Books | Travel | Subscribe");
    p.furniture(pick(r, "Long read", "The Big Story", "Dispatch", "Essay"));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.8)) {
      p.article("By " + author);
    }
    p.furniture("Illustration by " + person(r));
    p.furniture(format(t, "MMMM yyyy") + " issue");
    p.furniture("Save", "Share", "Gift article");
    p.furniture(between(r, 4, 25) + " min read");
    if (chance(r, 0.6)) {
      p.furniture("Listen to this article \u00B7 " + between(r, 5, 30) + ":" + String.format("%02d", r.nextInt(60)) + " min", "Learn more");
    }
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 2) {
        p.furniture("Sign up for The Weekly Quill, our newsletter of the week's best essays.");
      }
      if (i == 3 && chance(r, 0.5)) {
        p.furniture("You've read " + between(r, 1, 3) + " of 4 free articles this month.", "Subscribe for unlimited access");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("This article appears in the " + format(t, "MMMM yyyy") + " print edition under the headline \u201C"
        + cut(a.headline(), r) + "\u201D");
    p.furniture(author + " is a contributing writer at Quillfeather and the author of a book about coastal towns.");
    p.furniture("More from Quillfeather");
    p.furnitureLines(headlines(r, others, 3));
    p.furniture("Subscribe to Quillfeather", "Already a subscriber? Sign in");
    p.furniture("\u00A9 " + t.getYear() + " Quillfeather Press Ltd", "Back to top");
    return p;
  }

  // ------------------------------------------------------------ an e-mail newsletter

  private static WebPage ledgerLamp(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).lineBreak(chance(r, 0.5) ? "\r\n" : "\n").finalBreak(chance(r, 0.7));
    LocalDateTime t = moment(r);
    String author = person(r);
    p.furniture("The Ledger Lamp", "Subscribe", "Sign in");
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.5)) {
      p.article(author);
    }
    p.furniture(formatUs(t, "MMM d, yyyy"));
    p.furniture(String.valueOf(between(r, 3, 300)), String.valueOf(between(r, 0, 40)), "Share");
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 1) {
        p.furniture("Thanks for reading The Ledger Lamp! Subscribe for free to receive new posts and support my work.",
            "Type your email\u2026", "Subscribe");
      }
      if (i == 3) {
        p.furniture("Share");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Thanks for reading The Ledger Lamp! This post is public so feel free to share it.", "Share");
    p.furniture(between(r, 3, 300) + " Likes", "\u00B7", between(r, 1, 20) + " Restacks");
    p.furniture("Discussion about this post", "Comments", "Restacks", "Write a comment...");
    p.furniture("Ready for more?", "Subscribe");
    p.furniture("Previous", "Next");
    p.furniture("\u00A9 " + t.getYear() + " " + author, "Privacy \u2219 Terms \u2219 Collection notice", "Start writing", "Get the app");
    return p;
  }

  // ------------------------------------------------------------ a US regional TV station

  private static WebPage wvrt(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    LocalDateTime t = moment(r);
    p.furniture("Skip to content");
    p.furniture("WVRT 9 News", "NEWS WEATHER SPORTS TRAFFIC VIDEO CONTESTS");
    p.furniture("Brookfield, OH", between(r, 20, 88) + "\u00B0", "Feels like " + between(r, 15, 90) + "\u00B0");
    if (chance(r, 0.4)) {
      p.furniture("WEATHER ALERT: " + pick(r, "Winter storm warning until 7 p.m.", "Flood watch in effect for Cass County", "Heat advisory through Friday"));
    }
    p.furniture("Watch Live: 9 News at " + between(r, 5, 6) + pick(r, "", ":30"));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.6)) {
      p.article("by " + person(r));
    }
    p.furniture(formatUs(t, "EEE, MMMM d") + "th " + t.getYear() + " at " + formatUs(t, "h:mm a"));
    if (chance(r, 0.5)) {
      p.furniture("Updated " + formatUs(t.plusHours(2), "EEE, MMMM d") + "th " + t.getYear() + " at " + formatUs(t.plusHours(2), "h:mm a"));
    }
    p.furniture("Facebook", "Share on X", "Email");
    p.furniture("Play video", clip(r));
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 2) {
        p.furniture("Download the WVRT 9 app for breaking news alerts.");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Did we make a mistake? Report a typo or error.");
    p.furniture("Copyright " + t.getYear() + " Valley Broadcast Group. All rights reserved.");
    p.furniture("TOPICS:", String.join(" ", topics(r, 3)).toUpperCase());
    p.furniture("Trending on WVRT");
    p.furniture(numbered(headlines(r, others, 4), "padded").toArray(String[]::new));
    p.furniture("Closings & Delays");
    p.furniture("Contact Us | Careers | EEO Report | FCC Public File | Advertise With Us");
    return p;
  }

  // ------------------------------------------------------------ a web portal

  private static WebPage dayspring(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(false);
    p.furniture("Dayspring", "Mail", "News", "Finance", "Sports", "Weather", "Search the web", "Sign in");
    p.furniture("DOW 39,2" + between(r, 10, 99) + ".05 +0.41%", "S&P 500 5,1" + between(r, 10, 99) + ".41 -0.12%",
        "NASDAQ 16,2" + between(r, 10, 99) + ".66 +0.23%");
    p.furniture("Cedar Falls " + between(r, 20, 90) + "\u00B0F");
    p.furniture("Sourced from " + pick(r, "Harrowgate Wire", "The Ardenvale Post", "Lakeside Journal") + " \u2022 " + ago(r));
    p.article(a.headline());
    p.furniture(between(r, 2, 7) + " min read");
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 1) {
        p.furniture("Ad", "Sponsored Content");
      }
      if (i == 2) {
        p.furniture("Related video: " + cut(pick(r, others), r) + " (" + pick(r, "Ridgeway TV", "Partner Channel") + ")");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Continue reading");
    p.furniture("Feedback");
    p.furniture("Trending Now");
    p.furniture(numbered(headlines(r, others, 5), pick(r, "dot", "glued")).toArray(String[]::new));
    p.furniture("Privacy & cookies | Terms of use | Advertise | About our ads | Help | Feedback | \u00A9 Dayspring " + (2023 + r.nextInt(3)));
    return p;
  }

  // ------------------------------------------------------------ a WordPress news theme

  private static WebPage pressline(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(chance(r, 0.5));
    LocalDateTime t = moment(r);
    p.furniture("Skip to content");
    p.furniture(formatUs(t, "EEEE, MMMM d, yyyy"), "Login", "Register");
    p.furniture("The Pressline");
    p.furniture("HomeWorldPoliticsBusinessTechEntertainmentSportsContact Us");
    p.furniture("Trending Now", pick(r, others));
    p.furniture(pick(r, "Home", "HOME") + pick(r, "", " \u00BB ", " / ") + pick(r, "Business", "World", "Latest") + pick(r, "", " \u00BB ", " / ")
        + cut(a.headline(), r));
    p.article(a.headline());
    p.furniture(formatUs(t, "MMMM d, yyyy"), between(r, 0, 12) + " Comments", between(r, 2, 6) + " min read");
    p.furniture("Share", "Facebook", "Twitter", "Pinterest", "WhatsApp", "Linkedin", "Email");
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 0 || i == 3) {
        p.furniture("- Advertisement -");
      }
      if (i == 1) {
        p.furniture(pick(r, "Also Read:- ", "Also Read: ", "ALSO READ | ") + pick(r, others));
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Tags", "Business", pick(r, TOPICS));
    p.furniture("Share", "Facebook", "Twitter", "WhatsApp");
    p.furniture("Previous article" + pick(r, others), "Next article" + pick(r, others));
    p.furniture("RELATED ARTICLESMORE FROM AUTHOR");
    p.furnitureLines(headlines(r, others, 3));
    p.furniture("LEAVE A REPLY Cancel reply", "Please enter your comment!", "Please enter your name here",
        "You have entered an incorrect email address!", "Please enter your email address here",
        "Remember my name and email in this browser the next time I comment.");
    p.furniture("EDITOR PICKS");
    p.furnitureLines(headlines(r, others, 3));
    p.furniture("POPULAR POSTS");
    p.furnitureLines(headlines(r, others, 3));
    p.furniture("POPULAR CATEGORY", "Business" + between(r, 100, 900), "World" + between(r, 100, 900), "Politics" + between(r, 100, 900));
    p.furniture("ABOUT US", "The Pressline brings you the news that matters, fast and free.",
        "Contact us: tips@pressline.example", "FOLLOW US");
    p.furniture("\u00A9 The Pressline " + t.getYear() + " - All rights reserved");
    return p;
  }

  // ------------------------------------------------------------ a British tabloid

  private static WebPage foxglove(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    LocalDateTime t = moment(r);
    String zone = pick(r, "GMT", "BST");
    p.furniture("Home | News | Sport | TV&Showbiz | Femail | Money | Travel | Health");
    p.furniture("Latest Headlines | UK | World | Politics | Royals | Money");
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.6)) {
      p.article("By " + person(r).toUpperCase() + pick(r, " FOR THE FOXGLOVE DAILY", "", " and " + person(r).toUpperCase()));
    }
    p.furniture("Published: " + format(t, "HH:mm") + " " + zone + ", " + format(t, "d MMMM yyyy") + " | Updated: "
        + format(t.plusMinutes(between(r, 5, 300)), "HH:mm") + " " + zone + ", " + format(t, "d MMMM yyyy"));
    p.furniture("e-mail", between(r, 5, 900) + " shares", "View comments", String.valueOf(between(r, 1, 300)));
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 0) {
        p.furniture("+" + between(r, 2, 9), "View gallery");
        p.furniture(pick(r, "(Image: Foxglove Pictures)", "Pictured: the scene on Monday", "Credit: Wavecrest Agency"));
      }
      if (i == 2) {
        p.furniture("Story continues below advertisement");
      }
      if (i == 3) {
        List<String> rel = new ArrayList<>(List.of("RELATED ARTICLES", "Previous", "1", "Next"));
        rel.addAll(headlines(r, others, 2));
        rel.add("Share this article");
        rel.add("Share");
        rel.add("What's this?");
        p.furniture(rel.toArray(String[]::new));
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Share or comment on this article:", cut(a.headline(), r));
    p.furniture("Comments " + between(r, 1, 999), "Share what you think", "The comments below have not been moderated.",
        "The views expressed above are those of our readers and do not necessarily reflect the views of the Foxglove Daily.",
        "Add your comment", "By posting your comment you agree to our house rules.");
    p.furniture("Most watched News videos");
    p.furnitureLines(headlines(r, others, 3).stream().map(h -> h + " " + clip(r)).toList());
    p.furniture("Back to top");
    p.furniture("Published by Foxglove Newspapers Ltd", "Part of the Foxglove Group",
        "\u00A9 Foxglove Newspapers Ltd",
        "Contact us How to complain Advertise with us Contributors Terms Do not sell or share my personal information About Foxglove Privacy policy & cookies");
    return p;
  }
}
