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
 * Batch B of invented site templates (ten sites): written together with batch A, before the check's
 * code was read, and HELD OUT: nobody looks at its individual failures; it is measured once at the
 * end, in aggregate. Every site, name and phrase is made up; only generic UI words are the web's
 * own. Kinds of site: a British broadsheet, a British regional broadcaster with live pages, a US
 * financial wire, a British local weekly, a US magazine, a members' newsletter, a US regional TV
 * station, a news aggregator, a classic WordPress blog and a US metro paper.
 */
final class SiteBatchB {
  private SiteBatchB() {}

  static List<SiteTemplates.Site> all() {
    return List.of(
        SiteBatches.site("saltings-times", SiteBatchB::saltings),
        SiteBatches.site("fellside-radio", SiteBatchB::fellside),
        SiteBatches.site("keystone-newswire", SiteBatchB::keystone),
        SiteBatches.site("millbrook-advertiser", SiteBatchB::millbrook),
        SiteBatches.site("lantern-review", SiteBatchB::lantern),
        SiteBatches.site("marginalia-letter", SiteBatchB::marginalia),
        SiteBatches.site("ktrv-news-12", SiteBatchB::ktrv),
        SiteBatches.site("brightgate-start", SiteBatchB::brightgate),
        SiteBatches.site("harbourlight-blog", SiteBatchB::harbourlight),
        SiteBatches.site("lakeshore-tribune", SiteBatchB::lakeshore));
  }

  private static final String[] SUBJECTS = {
    "Economy", "Shipping", "Councils", "Jobs", "Property", "Oil and gas", "Markets", "Technology",
    "Consumer affairs", "Regulation", "Tourism", "Agriculture"};

  private static List<String> subjects(Random r, int n) {
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      String t = pick(r, SUBJECTS);
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  // ------------------------------------------------------------ a British broadsheet

  private static WebPage saltings(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    LocalDateTime t = moment(r);
    p.furniture("Skip to navigation", "Skip to main content");
    p.furniture("THE SALTINGS TIMES", "Today's paper", "My account", "Puzzles");
    p.furniture(format(t, "EEEE d MMMM yyyy") + pick(r, "", " | " + between(r, -2, 24) + "\u00B0C"));
    p.furniture("News  Opinion  Business  Money  Sport  Life & Style  Culture  Travel");
    p.furniture(pick(r, "Business", "News", "Money") + " \u203A " + pick(r, "Economy", "Companies", "UK news"));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.6)) {
      p.article(person(r) + ", " + pick(r, "Economics Editor", "Industry Correspondent", "Political Reporter"));
    }
    p.furniture(format(t, "EEEE MMMM d yyyy, h.mma").replace("AM", "am").replace("PM", "pm") + " " + pick(r, "GMT", "BST")
        + ", The Saltings Times");
    p.furniture("Share", "Save");
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 0) {
        p.furniture(pick(r, "The harbour office has been shut since the spring", "A view of the estate from the river")
            + pick(r, " HARBOUR PICTURE AGENCY", " TERN PHOTOS", "PA"));
      }
      if (i == 2) {
        p.furniture("Related articles", cut(pick(r, others), r));
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    if (chance(r, 0.25) && !SiteKit.wire(a)) {
      p.article(pick(r, LookalikeLines.CORRECTIONS));
    }
    if (chance(r, 0.5)) {
      p.furniture("Get the full story. Subscribe for \u00A3" + between(r, 1, 3) + " a week", "Already a subscriber? Log in");
    }
    p.furniture("Comments are subject to our community guidelines, which can be viewed here.",
        "View " + between(r, 2, 400) + " comments");
    p.furniture("Related articles");
    p.furniture(headlines(r, others, 3).toArray(String[]::new));
    p.furniture("Back to top");
    p.furniture("\u00A9 Saltings Times Media Limited " + t.getYear()
        + ". Registered in England No. 894646. Registered office: 1 Ropewalk, Saltings SA1 9XX.");
    p.furniture("Privacy & cookie policy | Licensing | Site map | Editorial complaints | Terms and conditions");
    return p;
  }

  // ------------------------------------------------------------ a British regional broadcaster

  private static WebPage fellside(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).lineBreak(chance(r, 0.3) ? "\r\n" : "\n");
    LocalDateTime t = moment(r);
    boolean live = chance(r, 0.4);
    p.furniture("Jump to content");
    p.furniture("Fellside Radio", "Listen live", "News", "Travel", "Weather", "Shows", "Podcasts", "Win");
    if (live) {
      p.furniture("Live updates");
    }
    p.article(a.headline());
    if (live) {
      p.furniture("Posted " + ago(r), "Show key events only", "Refresh");
    } else {
      p.furniture("Posted: " + format(t, "d MMMM yyyy, h:mm a").replace("AM", "am").replace("PM", "pm"));
      p.furniture("Listen to this story", clip(r));
    }
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (live) {
        p.furniture(pick(r, "", "Posted at ") + format(t.plusMinutes(11L * i), "HH:mm"),
            pick(r, "Pinned", "Key event", "Breaking"));
      } else if (i == 1) {
        p.furniture("Picture: " + pick(r, "Fellside Radio", "Submitted", "Drone Northwest"));
      }
      if (i == 2 && !live) {
        p.furniture("You might be interested in", cut(pick(r, others), r), cut(pick(r, others), r));
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    if (live) {
      p.furniture("Load more updates");
    }
    p.furniture("Got a story? Email newsdesk@fellsideradio.example or message us on WhatsApp.");
    p.furniture("Share this", "Copy link", "Facebook", "WhatsApp");
    p.furniture("More from Fellside");
    p.furniture(numbered(headlines(r, others, 4), "dot").toArray(String[]::new));
    p.furniture("Fellside Radio is part of Tarnbeck Audio Ltd. Registered in England and Wales.");
    p.furniture("Contact | Complaints | Privacy | Cookies | Careers | Advertise");
    return p;
  }

  // ------------------------------------------------------------ a US financial wire

  private static WebPage keystone(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(chance(r, 0.5));
    LocalDateTime t = moment(r);
    p.furniture("Keystone", "World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "More");
    p.furniture("My News", "Sign In", "Register");
    p.furniture(pick(r, "Markets", "Business", "Commodities") + pick(r, "", "Energy", "Deals"));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.5)) {
      p.article("By " + person(r) + pick(r, "", " and " + person(r)));
    }
    p.furniture(chance(r, 0.5)
        ? formatUs(t, "MMMM d, yyyy") + pick(r, "", " " + formatUs(t, "h:mm a") + " UTC") + "Updated " + ago(r)
        : formatUs(t, "MMMM d, yyyy h:mm a") + " UTC");
    p.furniture("ShareXFacebookLinkedinEmailLink");
    p.furniture("Purchase Licensing Rights, opens new tab");
    int lookalike = chance(r, 0.35) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 1) {
        p.furniture("Sign up here.");
      }
      if (i == 3) {
        p.furniture("Get a quick look at the day's top business stories with our free newsletter. Sign up here.");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    if (SiteKit.wire(a) && chance(r, 0.5)) {
      p.article("    Reporting by " + person(r) + " in " + pick(r, "New York", "Chicago", "Houston") + "; Editing by " + person(r));
    }
    p.furniture("Our Standards: The Keystone Trust Principles., opens new tab");
    p.furniture("Suggested Topics:");
    p.furniture(String.join("", subjects(r, 3)));
    p.furniture("Acquire Licensing Rights, opens new tab");
    p.furniture("Read Next");
    p.furniture(headlines(r, others, 3).stream().map(h -> h + ", " + pick(r, "category", "article with gallery")).toArray(String[]::new));
    p.furniture("All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.");
    p.furniture("\u00A9 " + t.getYear() + " Keystone. All rights reserved");
    return p;
  }

  // ------------------------------------------------------------ a British local weekly

  private static WebPage millbrook(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(chance(r, 0.6));
    LocalDateTime t = moment(r);
    if (chance(r, 0.6)) {
      p.furniture("We use cookies on this site to enhance your user experience.",
          "By clicking any link on this page you are giving your consent for us to set cookies.", "I agree", "More info");
    }
    p.furniture("Millbrook Advertiser", "Our sites");
    p.furniture("News | Sport | Announcements | Jobs | Motors | Homes | Public Notices | Directory");
    p.furniture("Home / News / " + pick(r, "Local", "Business", "Council"));
    p.article(a.headline());
    if (!SiteKit.bylined(a)) {
      p.article(pick(r, "", "By ") + "Newsdesk");
    }
    if (chance(r, 0.5)) {
      p.furniture(format(t, "d MMM") + " at " + format(t, "HH:mm"), "Updated " + ago(r));
    } else {
      p.furniture(format(t, "d MMM") + " at " + format(t, "HH:mm"));
    }
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 1) {
        p.furniture("Read next:", pick(r, others));
      }
      if (i == 3) {
        p.furniture("Follow us on Facebook for the latest news and sport from across the district.");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Have you got a story? Contact our newsdesk at news@millbrookadvertiser.example");
    p.furniture("Most popular");
    p.furniture(numbered(headlines(r, others, 5), "glued").toArray(String[]::new));
    p.furniture("Recommended for you", "Promoted by Tallwood Finance");
    p.furniture(cut(pick(r, others), r), cut(pick(r, others), r));
    p.furniture("Local Business Directory", "Find your local paper");
    p.furniture("This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.");
    p.furniture("\u00A9 Copyright " + t.getYear() + " Heron Local Media Ltd. All rights reserved. Registered in England and Wales no. 02473381.");
    return p;
  }

  // ------------------------------------------------------------ a US magazine

  private static WebPage lantern(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    LocalDateTime t = moment(r);
    p.furniture("The Lantern Review", "Sign in", "Subscribe", "Newsletters", "Search");
    p.furniture(pick(r, "Books", "Business", "Dispatch", "Annals of Commerce"));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.7)) {
      p.article("By " + person(r));
    }
    p.furniture(formatUs(t, "MMMM d, yyyy"));
    p.furniture("Save this story");
    p.furniture("Photograph by " + person(r) + " for The Lantern Review");
    if (chance(r, 0.5)) {
      p.furniture("Listen to this story", "Read in app");
    }
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 2) {
        p.furniture("Sign up for the Lantern Daily: the best of the magazine, every weekday.", "E-mail address", "Sign up",
            "By signing up, you agree to our User Agreement and Privacy Policy.");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Published in the print edition of the " + formatUs(t, "MMMM d, yyyy") + ", issue, with the headline \u201C"
        + cut(a.headline(), r) + "\u201D");
    p.furniture("Read More");
    for (String h : headlines(r, others, 3)) {
      p.furniture(pick(r, "Business", "Letter from London", "The Economy"), h, "By " + person(r));
    }
    p.furniture("Cookies Settings", "\u00A9 " + t.getYear() + " Lantern Press LLC. All rights reserved.");
    return p;
  }

  // ------------------------------------------------------------ a members' newsletter

  private static WebPage marginalia(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).lineBreak(chance(r, 0.5) ? "\r\n" : "\n").finalBreak(chance(r, 0.6));
    LocalDateTime t = moment(r);
    p.furniture("Marginalia", "Home", "Archive", "About", "Sign in", "Subscribe");
    p.article(a.headline());
    p.furniture(formatUs(t, "MMM d, yyyy") + " \u2014 " + between(r, 2, 15) + " min read");
    p.furniture("Share this post", "Copy link", "Facebook", "Email", "Notes", "More");
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 2) {
        p.furniture("Marginalia is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
            "Upgrade to paid");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Like", "Comment", "Restack");
    p.furniture("You're currently a free subscriber to Marginalia. Upgrade your subscription to get the whole archive.", "Upgrade");
    p.furniture(between(r, 1, 60) + " Comments", "Top", "Latest");
    p.furniture("Previous issue", "Next issue");
    p.furniture("Marginalia \u00A9 " + t.getYear(), "Powered by Inkwell");
    return p;
  }

  // ------------------------------------------------------------ a US regional TV station

  private static WebPage ktrv(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(chance(r, 0.5));
    LocalDateTime t = moment(r);
    p.furniture("KTRV NEWS 12", "Watch Now");
    p.furniture("News | Weather | Sports | Traffic | Contests | Community");
    p.furniture("Weather Alerts " + between(r, 1, 4), "Latest Forecast", between(r, 10, 99) + "\u00B0", pick(r, "Sunny", "Cloudy", "Light Rain"));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.5)) {
      p.article("by: " + person(r));
    }
    p.furniture("Posted: " + formatUs(t, "MMM d, yyyy / hh:mm a") + " CST");
    p.furniture("Updated: " + formatUs(t.plusHours(2), "MMM d, yyyy / hh:mm a") + " CST");
    p.furniture("SHARE");
    p.furniture("Now Playing", "Up Next", cut(pick(r, others), r), clip(r));
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 1) {
        p.furniture("Video Now Playing");
      }
      if (i == 3) {
        p.furniture("Sign up for the KTRV 12 newsletter to get the day's top stories in your inbox.");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Copyright " + t.getYear() + " Cedar Broadcast Holdings, Inc. All rights reserved. This material may not be republished, broadcast or redistributed.");
    p.furniture("Trending Stories");
    p.furnitureLines(headlines(r, others, 3));
    p.furniture("Don't Miss");
    p.furnitureLines(headlines(r, others, 2));
    p.furniture("Send us your news tips", "Download our app", "Public File Assistance", "EEO Report", "Terms of Use", "Privacy Policy");
    return p;
  }

  // ------------------------------------------------------------ a news aggregator

  private static WebPage brightgate(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(false);
    p.furniture("Brightgate Start", "Top stories", "For you", "Following", "Local", "Search");
    p.furniture("Oakridge " + between(r, 20, 95) + "\u00B0F " + pick(r, "Partly cloudy", "Clear", "Showers"));
    p.furniture("FTSE 100 8,1" + between(r, 10, 99) + ".2" + r.nextInt(10) + " \u25B2 0." + between(r, 1, 9) + "%",
        "GBP/USD 1.2" + between(r, 10, 99) + "0 \u25BC 0.1%", "Brent 7" + between(r, 0, 9) + ".1" + r.nextInt(10) + " \u25B2");
    p.furniture(pick(r, "Lakeshore Tribune", "Keystone", "The Saltings Times") + " \u00B7 " + ago(r));
    p.article(a.headline());
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 1) {
        p.furniture("Sponsored links");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Full coverage", "See more headlines and perspectives");
    p.furniture("Trending searches");
    p.furnitureLines(subjects(r, 3));
    p.furniture("Top stories");
    p.furniture(numbered(headlines(r, others, 4), "own-line").toArray(String[]::new));
    p.furniture("Help \u00B7 Privacy \u00B7 Terms \u00B7 About Brightgate");
    return p;
  }

  // ------------------------------------------------------------ a classic WordPress blog

  private static WebPage harbourlight(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    LocalDateTime t = moment(r);
    String author = person(r);
    p.furniture("Harbourlight Local", "Community news from the Harbourlight coast");
    p.furniture("Home", "About", "Contact", "Advertise");
    p.furniture(pick(r, "Home \u2192 ", "You are here: Home / ") + pick(r, "Business", "Community") + pick(r, " \u2192 ", " / ")
        + cut(a.headline(), r));
    p.article(a.headline());
    p.furniture("Posted on " + formatUs(t, "MMMM d, yyyy") + pick(r, "", " at " + formatUs(t, "h:mm a")));
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 2 && chance(r, 0.6)) {
        p.furniture("Sponsored", "Ads by Lumen");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    if (chance(r, 0.4)) {
      p.article("\u2014 " + author);
    }
    p.furniture("Posted in " + pick(r, "Business", "Community") + " | Tagged " + String.join(", ", subjects(r, 2)).toLowerCase()
        + " | " + between(r, 0, 20) + " Comments");
    p.furniture("\u00AB " + cut(pick(r, others), r), cut(pick(r, others), r) + " \u00BB");
    p.furniture("Leave a Reply", "Your email address will never be shown. Fields marked * are needed.",
        "Comment *", "Name *", "Email *", "Website", "Post Comment");
    p.furniture("Search for:", "Search");
    p.furniture("Recent Posts");
    p.furnitureLines(headlines(r, others, 4));
    p.furniture("Archives", formatUs(t, "MMMM yyyy"), formatUs(t.minusMonths(1), "MMMM yyyy"), formatUs(t.minusMonths(2), "MMMM yyyy"));
    p.furniture("Categories", "Business", "Community", "Uncategorized");
    p.furniture("Meta", "Log in", "Entries feed", "Comments feed");
    p.furniture("Built with the Tallow theme");
    return p;
  }

  // ------------------------------------------------------------ a US metro paper

  private static WebPage lakeshore(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(chance(r, 0.6));
    LocalDateTime t = moment(r);
    String reporter = person(r);
    p.furniture("Lakeshore Tribune", "Today's e-Edition", "Subscribe for 99\u00A2", "Log In");
    p.furniture(pick(r, "Sections", "Menu"));
    p.furniture("Latest Headlines", pick(r, others));
    p.article(a.headline());
    if (!SiteKit.bylined(a) && chance(r, 0.6)) {
      p.article("By " + reporter + " | " + reporter.replace(" ", ".").toLowerCase() + "@lakeshoretribune.example | Lakeshore Tribune");
    }
    p.furniture("PUBLISHED: " + formatUs(t, "MMMM d, yyyy") + " at " + formatUs(t, "h:mm a") + " CST | UPDATED: "
        + formatUs(t.plusHours(3), "MMMM d, yyyy") + " at " + formatUs(t.plusHours(3), "h:mm a") + " CST");
    p.furniture("Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)",
        "Click to email a link to a friend (Opens in new window)");
    int lookalike = chance(r, 0.3) ? between(r, 1, 4) : -1;
    SiteKit.body(p, a, i -> {
      if (i == 1) {
        p.furniture("Related Articles");
        p.furnitureLines(headlines(r, others, 2));
      }
      if (i == 3) {
        p.furniture("Get Morning Report and other email newsletters");
      }
      if (i == lookalike) {
        p.article(LookalikeLines.line(r, a));
      }
    });
    p.furniture("Originally Published: " + formatUs(t, "MMMM d, yyyy") + " at " + formatUs(t, "h:mm a") + " CST");
    p.furniture("Report an Error", "Submit a news tip");
    p.furniture("Trending Nationally");
    p.furniture(headlines(r, others, 4).toArray(String[]::new));
    p.furniture("Newsletter Signup", "Copyright \u00A9 " + t.getYear() + " Lakeshore Tribune");
    if (chance(r, 0.3)) {
      p.furniture("Updated " + apDate(t) + " " + apTime(t));
    }
    return p;
  }
}
