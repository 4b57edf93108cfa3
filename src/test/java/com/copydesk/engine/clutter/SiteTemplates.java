package com.copydesk.engine.clutter;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented news sites, each with its own page furniture, that wrap an article into a web page the
 * way a copy editor would paste it. Every site, name and phrase here is made up for Copydesk's
 * measurements; none is copied from a real site. The first group is the one the furniture
 * lexicon was written alongside; the "unseen" group was written afterwards with other wording, to
 * see how the check does on templates it was not shaped by.
 */
final class SiteTemplates {

  /** A site: wraps an article, given a random source and other stories' headlines for its lists. */
  interface Site {
    String name();

    boolean unseen();

    WebPage wrap(Article a, Random r, List<String> others);
  }

  private SiteTemplates() {}

  static List<Site> all() {
    List<Site> sites = new ArrayList<>();
    sites.add(site("bare-article", false, SiteTemplates::bareArticle));
    sites.add(site("harbour-courier", false, SiteTemplates::harbourCourier));
    sites.add(site("riverside-gazette", false, SiteTemplates::riversideGazette));
    sites.add(site("lowland-ledger", false, SiteTemplates::lowlandLedger));
    sites.add(site("meridian-markets", false, SiteTemplates::meridianMarkets));
    sites.add(site("capital-signal", false, SiteTemplates::capitalSignal));
    sites.add(site("fenwick-times", false, SiteTemplates::fenwickTimes));
    sites.add(site("quayside-observer", true, SiteTemplates::quaysideObserver));
    sites.add(site("pennant-network", true, SiteTemplates::pennantNetwork));
    sites.add(site("atlas-business", true, SiteTemplates::atlasBusiness));
    sites.add(site("northgate-post", true, SiteTemplates::northgatePost));
    sites.add(site("ashgrove-herald", true, SiteTemplates::ashgroveHerald));
    sites.add(site("tidewater-wire", true, SiteTemplates::tidewaterWire));
    sites.add(site("bramble-news", true, SiteTemplates::brambleNews));
    sites.add(site("eastmoor-gazette", true, SiteTemplates::eastmoorGazette));
    sites.add(site("kelpie-chronicle", true, SiteTemplates::kelpieChronicle));
    sites.add(site("prairie-dispatch", true, SiteTemplates::prairieDispatch));
    sites.add(site("loch-observer", true, SiteTemplates::lochObserver));
    sites.add(site("saltmarsh-times", true, SiteTemplates::saltmarshTimes));
    sites.add(site("union-ledger", true, SiteTemplates::unionLedger));
    sites.add(site("glen-press", true, SiteTemplates::glenPress));
    sites.add(site("rookery-review", true, SiteTemplates::rookeryReview));
    sites.add(site("tannery-times", true, SiteTemplates::tanneryTimes));
    sites.add(site("cobalt-wire", true, SiteTemplates::cobaltWire));
    return sites;
  }

  private interface Wrapper {
    WebPage wrap(String name, Article a, Random r, List<String> others);
  }

  private static Site site(String name, boolean unseen, Wrapper w) {
    return new Site() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean unseen() {
        return unseen;
      }

      @Override
      public WebPage wrap(Article a, Random r, List<String> others) {
        return w.wrap(name, a, r, others);
      }
    };
  }

  // ---------------------------------------------------------------- the sites

  /** No furniture at all: the check must leave every line of a clean article alone. */
  private static WebPage bareArticle(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.article(a.headline());
    a.paragraphs().forEach(p::article);
    return p.finalBreak(r.nextBoolean());
  }

  /** Date, breadcrumb run into a cut-off headline, one teaser, and a bare footer of headings. */
  private static WebPage harbourCourier(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture(longDate(r));
    p.furniture("Home" + pick(r, "International", "Business", "World", "Politics") + cut(a.headline(), r));
    p.article(a.headline());
    List<List<String>> paras = a.paragraphs();
    int teaserAt = 1 + r.nextInt(Math.max(1, paras.size() - 1));
    for (int i = 0; i < paras.size(); i++) {
      if (i == teaserAt) {
        p.furniture("Also Read:- " + pick(r, others));
      }
      p.article(paras.get(i));
    }
    p.furniture("RELATED ARTICLES", "- Advertisement -");
    p.furniture("Most Popular");
    p.furniture("Recent Comments");
    return p.finalBreak(r.nextBoolean());
  }

  /** A full header and footer, blank lines between blocks. */
  private static WebPage riversideGazette(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Skip to main content");
    p.furniture("Riverside Gazette");
    p.furniture("News | Sport | Business | Opinion | Culture | Weather");
    p.furniture("Sign in");
    p.furniture("Home \u203A " + pick(r, "Business", "World", "UK") + " \u203A " + pick(r, "Markets", "Companies", "Economy"));
    p.article(a.headline());
    p.furniture("Published " + dayMonthYear(r) + ", " + time(r) + " GMT");
    p.furniture("Share this article");
    p.furniture("Facebook Twitter WhatsApp Email");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("Advertisement");
      }
      if (i == 3 && paras.size() > 5) {
        p.furniture("READ MORE: " + pick(r, others));
      }
    }
    p.furniture("Topics: " + pick(r, "Economy, Banking, Interest rates", "Trade, Exports", "Energy, Oil prices, Markets"));
    p.furniture("More from Business");
    p.furnitureLines(picks(r, others, 4));
    p.furniture("\u00A9 " + year(r) + " Riverside Gazette. All rights reserved.");
    p.furniture("Privacy Policy | Terms of Use | Contact Us");
    return p;
  }

  /** No blank lines at all: one line per paragraph, furniture between. */
  private static WebPage lowlandLedger(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(false);
    p.furniture("The Lowland Ledger", "Menu", "Search");
    p.furniture(weekdayDayMonthYear(r));
    p.article(a.headline());
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 2) {
        p.furniture("ADVERTISEMENT", "Story continues below advertisement");
      }
    }
    p.furniture("Trending Now");
    p.furnitureLines(picks(r, others, 5));
    p.furniture("Sign up to our daily newsletter for the latest headlines straight to your inbox");
    p.furniture("We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.");
    p.furniture("Accept");
    return p.finalBreak(r.nextBoolean());
  }

  /** A business site: trail in capitals, reading time, sponsored slot, tags as hashtags, comment form. */
  private static WebPage meridianMarkets(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("HOME / MARKETS / " + pick(r, "COMMODITIES", "CURRENCIES", "COMPANIES"));
    p.furniture("Updated: " + monthDayYear(r) + " " + clock(r) + " ET");
    p.article(a.headline());
    p.furniture("Listen to this article");
    p.furniture((3 + r.nextInt(6)) + " min read");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 0) {
        p.furniture("Sponsored Content");
      }
      if (i == 2 && paras.size() > 3) {
        p.furniture("Related: " + pick(r, others));
      }
    }
    p.furniture("#" + pick(r, "Oil", "Markets", "Trade") + " #" + pick(r, "Economy", "Energy", "Stocks"));
    p.furniture("Leave a Reply");
    p.furniture("Your email address will not be published. Required fields are marked *");
    p.furniture("You may also like");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Follow us on Twitter and Facebook");
    return p;
  }

  /** Page title, breadcrumb with the headline, picture credit, "read more" teasers, footer links. */
  private static WebPage capitalSignal(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture(a.headline() + " | Capital Signal");
    p.furniture("Home \u00BB " + pick(r, "Politics", "Economy", "World") + " \u00BB " + a.headline());
    p.article(a.headline());
    p.furniture("Image: " + pick(r, "Getty Images", "Capital Signal", "Handout"));
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture(cutWords(pick(r, others), 5) + "... Read more \u00BB");
      }
    }
    p.furniture((1 + r.nextInt(40)) + " Comments");
    p.furniture("Editor's Picks");
    p.furnitureLines(picks(r, others, 4));
    p.furniture("Download our free app for breaking news alerts");
    p.furniture("About Us Contact Us Privacy Policy Terms of Use");
    return p.finalBreak(false);
  }

  /** Navigation run together, breaking banner, share row, video teaser, "Don't Miss", copyright. */
  private static WebPage fenwickTimes(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).lineBreak(r.nextInt(4) == 0 ? "\r\n" : "\n");
    p.furniture("HomeNewsWorldBusinessSport");
    p.furniture("Breaking News");
    p.article(a.headline());
    p.furniture("Last updated " + (2 + r.nextInt(10)) + " hours ago");
    p.furniture("Share on Facebook | Share on Twitter | Email");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("Watch: " + pick(r, others));
      }
      if (i == paras.size() - 2 && paras.size() > 3) {
        p.furniture("See also: " + pick(r, others));
      }
    }
    p.furniture("Don't Miss");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Copyright " + year(r) + " Fenwick Times Ltd");
    p.furniture("Back to top");
    return p;
  }

  // ---------------------------------------------------------------- written later, not shaped by

  private static WebPage quaysideObserver(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Jump to navigation");
    p.furniture("The Quayside Observer");
    p.furniture("UK  World  Business  Money  Lifestyle  Travel");
    p.furniture(dayMonthYear(r));
    p.article(a.headline());
    p.furniture("Sponsored by " + pick(r, "Northwind Mortgages", "Bellweather Insurance", "Kestrel Savings"));
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 2) {
        p.furniture("Promoted links");
      }
      if (i == 4) {
        p.furniture("Related coverage: " + pick(r, others));
      }
    }
    p.furniture("Readers also viewed");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Print article");
    p.furniture("\u00A9 The Quayside Observer " + year(r));
    return p;
  }

  private static WebPage pennantNetwork(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(false);
    p.furniture("You are here: Home > " + pick(r, "World", "Business", "Politics") + " > " + pick(r, "Europe", "Asia", "Markets"));
    p.article(a.headline());
    p.furniture("Posted " + monthDayYear(r));
    p.furniture("Share: Facebook, X, LinkedIn");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 0) {
        p.furniture("Continue reading the main story");
      }
      if (i == 3) {
        p.furniture("Subscribe for unlimited access to Pennant journalism");
      }
    }
    p.furniture("Most viewed this week");
    p.furnitureLines(picks(r, others, 4));
    p.furniture("Cookie preferences");
    return p.finalBreak(r.nextBoolean());
  }

  private static WebPage atlasBusiness(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Atlas Business Journal");
    p.furniture("Markets \u00B7 Companies \u00B7 Economy \u00B7 Technology \u00B7 Opinion");
    p.article(a.headline());
    p.furniture("Photograph: " + pick(r, "Lena Hartwell", "Omar Quist", "Dana Pellow") + "/" + pick(r, "Reuters", "AFP", "Getty Images"));
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("(Click here for more coverage of " + pick(r, "the markets", "company results", "the economy") + ")");
      }
      if (i == 3) {
        p.furniture("Advertisment");
      }
    }
    p.furniture("Company News");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Add your comment");
    p.furniture("Newsletter sign-up");
    p.furniture("Terms & Conditions \u00B7 Cookie Policy \u00B7 Accessibility \u00B7 Careers");
    return p.finalBreak(false);
  }

  private static WebPage northgatePost(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(r.nextBoolean());
    p.furniture("Northgate Evening Post");
    p.furniture("World", "Politics", "Business", "Sport");
    p.furniture(weekdayDayMonthYear(r) + " " + time(r));
    p.article(a.headline());
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("Trending topics: " + pick(r, "Budget | Rail strikes | Housing", "Elections | Energy bills | NHS"));
      }
      if (i == 2) {
        p.furniture("Story continues after the advert");
      }
    }
    p.furniture("Comments (" + r.nextInt(30) + ")");
    p.furniture("Have your say on this story");
    p.furniture("More stories like this");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("All content \u00A9 Northgate Media Group");
    return p;
  }

  // ---------------------------------------------------------------- second batch, written after the first was tuned

  private static WebPage ashgroveHerald(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Home", "News", "Politics", "Business", "Sport", "Opinion");
    p.furniture(longDate(r));
    p.article(a.headline());
    p.furniture("Share this article", "Facebook", "Twitter", "WhatsApp", "Email");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("Read more");
        p.furniture(pick(r, others));
      }
    }
    p.furniture("Tags");
    p.furniture(pick(r, "Economy", "Transport", "Health"), pick(r, "Local government", "Jobs", "Housing"));
    p.furniture((2 + r.nextInt(9)) + " thoughts on \u201C" + a.headline() + "\u201D");
    p.furniture("Recent Comments");
    p.furniture(pick(r, "Mags", "Pete R", "Ella") + " on " + pick(r, others));
    p.furniture(pick(r, "Tom", "Dee", "Sam W") + " on " + pick(r, others));
    return p.finalBreak(r.nextBoolean());
  }

  private static WebPage tidewaterWire(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Home\u203ABusiness\u203A" + a.headline());
    p.article(a.headline());
    p.furniture("Published: " + MONTHS[r.nextInt(12)] + " " + (1 + r.nextInt(28)) + ", " + year(r) + " at "
        + (1 + r.nextInt(12)) + ":" + String.format("%02d", r.nextInt(60)) + " " + pick(r, "a.m.", "p.m.") + " ET");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 0) {
        p.furniture("Advertisement - Scroll to continue");
      }
      if (i == 2) {
        p.furniture("[Read more: " + pick(r, others) + "]");
      }
      if (i == 3) {
        p.furniture("Photo by " + pick(r, "Jane Doe", "Ray Alder", "Kit Moran") + "/Getty Images");
      }
    }
    p.furniture("Most Read");
    List<String> items = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      items.add(k + ". " + pick(r, others));
    }
    p.furnitureLines(items);
    p.furniture("Get the latest headlines delivered to your inbox every morning.");
    p.furniture("Copyright \u00A9 " + year(r) + " Tidewater Wire Media. All rights reserved.");
    return p;
  }

  private static WebPage brambleNews(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(false);
    p.furniture("Skip to content");
    p.furniture(dayMonthYear(r));
    p.furniture("BREAKING");
    p.article(a.headline());
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("ADVERTISEMENT");
      }
      if (i == 2) {
        p.furniture("Must Read: " + pick(r, others));
      }
      if (i == 0) {
        p.furniture("Image credit: " + pick(r, "Bramble News", "Supplied", "Lena Hartwell"));
      }
    }
    p.furniture("You might also like");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Subscribe to our newsletter", "Enter your email address", "Subscribe");
    p.furniture("We use cookies to personalise content and ads. Accept all");
    return p.finalBreak(r.nextBoolean());
  }

  private static WebPage eastmoorGazette(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture(a.headline() + " - Eastmoor Gazette");
    p.furniture(pick(r, "World", "Business", "UK"));
    p.article(a.headline());
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 2) {
        p.furniture("Related:");
        p.furniture(pick(r, others), pick(r, others));
      }
    }
    p.furniture("Trending");
    p.furnitureLines(picks(r, others, 4));
    p.furniture("Follow us", "Facebook", "Instagram", "X");
    p.furniture("Terms | Privacy | Cookies");
    return p;
  }

  // ---------------------------------------------------------------- third batch, written after all tuning

  private static WebPage kelpieChronicle(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Menu \u2630", "Search");
    p.furniture("The Kelpie Chronicle");
    p.furniture("Politics \u00B7 Economy \u00B7 World \u00B7 Science \u00B7 Lifestyle");
    p.furniture(WEEKDAYS[r.nextInt(7)].substring(0, 3) + " " + (1 + r.nextInt(28)) + " "
        + MONTHS[r.nextInt(12)].substring(0, 3) + " " + year(r) + " " + (r.nextInt(24)) + "." + String.format("%02d", r.nextInt(60)) + " GMT");
    p.article(a.headline());
    p.furniture("Share", "Save");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 0) {
        p.furniture("Photograph: " + pick(r, "Ana Ruiz", "Tom Pell") + " for the Kelpie Chronicle");
      }
      if (i == 2) {
        p.furniture("ALSO ON KELPIE: " + pick(r, others));
      }
      if (i == 4) {
        p.furniture("Sponsored message");
      }
    }
    p.furniture("More on this topic");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Explore more on these topics");
    p.furniture(pick(r, "Inflation", "Housing", "Energy"), pick(r, "UK news", "World news"));
    p.furniture("Reuse this content");
    p.furniture("Most viewed");
    List<String> numbered = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      numbered.add(k + " " + pick(r, others));
    }
    p.furnitureLines(numbered);
    p.furniture("Original reporting and incisive analysis, direct from the Kelpie every morning.");
    p.furniture("Sign up");
    p.furniture("\u00A9 " + year(r) + " Kelpie Media Ltd or its affiliated companies.");
    return p.finalBreak(r.nextBoolean());
  }

  private static WebPage prairieDispatch(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("PRAIRIE DISPATCH");
    p.furniture("Subscribe | Log In");
    p.furniture("LOCAL  NATION  WORLD  OPINION  OBITUARIES");
    p.article(a.headline());
    p.furniture("Updated " + (1 + r.nextInt(12)) + ":" + String.format("%02d", r.nextInt(60)) + " PM CST, "
        + MONTHS[r.nextInt(12)] + " " + (1 + r.nextInt(28)) + ", " + year(r));
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("ADVERTISEMENT");
      }
      if (i == 3) {
        p.furniture("RELATED COVERAGE");
        p.furniture(pick(r, others));
        p.furniture(pick(r, others));
      }
    }
    p.furniture("Copyright " + year(r) + " The Prairie Dispatch. All rights reserved. This material may not be "
        + "published, broadcast, rewritten or redistributed.");
    p.furniture("Recommended for you");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Comments");
    p.furniture("This story has been shared " + (100 + r.nextInt(5000)) + " times.");
    return p;
  }

  private static WebPage lochObserver(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(false);
    p.furniture("You are here: Home \u00BB News \u00BB Scotland");
    p.furniture("Listen to this story");
    p.furniture("Published " + (2 + r.nextInt(20)) + " hours ago");
    p.article(a.headline());
    p.furniture("Image source, Getty Images");
    p.furniture("Image caption, " + pick(r, "Crowds gathered outside the hall on Tuesday",
        "The site has been closed since the spring"));
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("Advert");
      }
      if (i == 3) {
        p.furniture("Read more on this story:");
        p.furniture(pick(r, others), pick(r, others));
      }
    }
    p.furniture("Related Internet Links");
    p.furniture("The Loch Observer is not responsible for the content of external sites.");
    p.furniture("Top Stories");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Features");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Back to top");
    return p.finalBreak(r.nextBoolean());
  }

  // ---------------------------------------------------------------- fourth batch, measured once before any change

  private static WebPage saltmarshTimes(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Saltmarsh Times | Independent local journalism since 1887");
    p.furniture("Home / Local / Environment");
    p.furniture("Last Updated: " + String.format("%02d/%02d/%d", 1 + r.nextInt(28), 1 + r.nextInt(12), year(r)));
    p.furniture("HomeLocal" + a.headline());
    p.article(a.headline());
    p.furniture("Share: Facebook Twitter LinkedIn Email");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 0) {
        p.furniture("Photo credit: " + pick(r, "Mel Orchard", "Saltmarsh Times"));
      }
      if (i == 1) {
        p.furniture("\u2014 Advertisement \u2014");
      }
      if (i == 3) {
        p.furniture("READ ALSO: " + pick(r, others));
      }
    }
    p.furniture("Follow Saltmarsh Times on Facebook");
    p.furniture("You May Also Like");
    p.furnitureLines(picks(r, others, 4));
    p.furniture("Trending Now");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Tags: Environment \u00B7 Council \u00B7 Coast");
    p.furniture("Leave a Comment", "Cancel reply");
    p.furniture("Subscribe to the Saltmarsh Times daily digest");
    p.furniture("Copyright \u00A9 " + year(r) + " Saltmarsh Times Media Group. All Rights Reserved.");
    p.furniture("This website uses cookies to ensure you get the best experience.", "Got it!");
    return p.finalBreak(r.nextBoolean());
  }

  private static WebPage unionLedger(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Sections", "Sign In");
    p.furniture("Union Ledger");
    p.furniture("Business > Economy");
    p.furniture("Published " + MONTHS[r.nextInt(12)] + " " + (1 + r.nextInt(28)) + ", " + year(r) + " | Updated "
        + MONTHS[r.nextInt(12)] + " " + (1 + r.nextInt(28)) + ", " + year(r));
    p.article(a.headline());
    p.furniture("Listen (" + (2 + r.nextInt(6)) + " min)");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("Story continues below", "Advertisement");
      }
      if (i == 2) {
        p.furniture("More: " + pick(r, others));
      }
      if (i == 3) {
        p.furniture("(Photo: " + pick(r, "Jane Wirth", "Cal Dorsey") + "/Union Ledger)");
      }
    }
    p.furniture("Share this story");
    p.furniture("Most Popular");
    List<String> numbered = new ArrayList<>();
    for (int k = 1; k <= 4; k++) {
      numbered.add(k + ". " + pick(r, others));
    }
    p.furnitureLines(numbered);
    p.furniture("Newsletter", "Get the morning report", "Enter email");
    p.furniture("\u00A9 Union Ledger " + year(r));
    return p;
  }

  private static WebPage glenPress(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(false).lineBreak("\r\n");
    p.furniture(weekdayDayMonthYear(r).replaceFirst(" ", ", ") + " | " + time(r));
    p.furniture("Glen Press");
    p.furniture("News Sport Business Community Obituaries Contact");
    p.article(a.headline());
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("ADVERTISING");
      }
      if (i == 2) {
        p.furniture("Read more:", pick(r, others));
      }
      if (i == 0) {
        p.furniture("Picture: Submitted");
      }
    }
    p.furniture("Related stories");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Comments are closed.");
    p.furniture("Popular this week");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Powered by Newsroom CMS");
    p.furniture("Terms | Privacy");
    return p.finalBreak(r.nextBoolean());
  }

  // ---------------------------------------------------------------- fifth batch, measured once, after all changes

  private static WebPage rookeryReview(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Open navigation menu");
    p.furniture("THE ROOKERY REVIEW");
    p.furniture("World | UK | Money | Culture | Sport | Podcasts");
    p.furniture("Money \u203A " + cutAt(a.headline(), 3) + "...");
    p.article(a.headline());
    p.furniture("Posted " + dayMonthYear(r) + " by Rookery Newsdesk");
    p.furniture("Share on X", "Share on Facebook", "Copy this link");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("Ad \u00B7 Scroll to keep reading");
      }
      if (i == 2) {
        p.furniture("Further reading: " + pick(r, others));
      }
    }
    p.furniture("Topics", pick(r, "Money", "Economy"), pick(r, "Banks", "Housing"));
    p.furniture("People also read");
    p.furnitureLines(picks(r, others, 3));
    p.furniture("Get the Rookery Review in your inbox");
    p.furniture("\u00A9 " + year(r) + " Rookery Review Ltd. Registered in England.");
    return p.finalBreak(r.nextBoolean());
  }

  private static WebPage tanneryTimes(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a).blankLines(false);
    p.furniture(longDate(r));
    p.furniture("Tannery Times");
    p.furniture("Breaking News \u2022 Local \u2022 Schools \u2022 Courts \u2022 Weather");
    p.article(a.headline()); // a staff byline would be the story's own: bylines stay, so none here
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 0) {
        p.furniture("PHOTO: " + pick(r, "Courtesy of the council", "Tannery Times file"));
      }
      if (i == 2) {
        p.furniture("- ADVERTISEMENT -");
      }
      if (i == 3) {
        p.furniture("RELATED: " + pick(r, others));
      }
    }
    p.furniture("Latest Headlines");
    p.furnitureLines(picks(r, others, 4));
    p.furniture("Have a news tip? Email the newsroom.");
    p.furniture("Comments (" + r.nextInt(40) + ")");
    p.furniture("Terms of Use | Privacy Policy | Cookie Settings");
    return p.finalBreak(r.nextBoolean());
  }

  private static WebPage cobaltWire(String name, Article a, Random r, List<String> others) {
    WebPage p = new WebPage(name, a);
    p.furniture("Cobalt Wire");
    p.furniture("Markets / Companies / " + pick(r, "Energy", "Banking", "Trade"));
    p.article(a.headline());
    p.furniture(MONTHS[r.nextInt(12)].substring(0, 3) + ". " + (1 + r.nextInt(28)) + ", " + year(r) + " "
        + (1 + r.nextInt(12)) + ":" + String.format("%02d", r.nextInt(60)) + " a.m. ET");
    p.furniture("Save article", "Gift this article");
    List<List<String>> paras = a.paragraphs();
    for (int i = 0; i < paras.size(); i++) {
      p.article(paras.get(i));
      if (i == 1) {
        p.furniture("SPONSORED");
      }
      if (i == 3) {
        p.furniture("Read next: " + pick(r, others));
      }
    }
    p.furniture("Most read on Cobalt Wire");
    List<String> numbered = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      numbered.add(k + ". " + pick(r, others));
    }
    p.furnitureLines(numbered);
    p.furniture("Follow Cobalt Wire");
    p.furniture("Cobalt Wire uses cookies to personalise your experience.", "Accept cookies");
    p.furniture("\u00A9 " + year(r) + " Cobalt Wire Inc.");
    return p;
  }

  private static String cutAt(String s, int words) {
    String[] w = s.split(" ");
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(words, w.length)));
  }

  // ---------------------------------------------------------------- helpers

  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  static String pick(Random r, List<String> options) {
    return options.get(r.nextInt(options.size()));
  }

  static List<String> picks(Random r, List<String> options, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(pick(r, options));
    }
    return out;
  }

  private static String cut(String headline, Random r) {
    String[] words = headline.split(" ");
    if (words.length <= 4) {
      return headline;
    }
    int keep = Math.max(3, words.length - 1 - r.nextInt(3));
    return String.join(" ", java.util.Arrays.copyOf(words, keep)) + "...";
  }

  private static String cutWords(String s, int n) {
    String[] words = s.split(" ");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
  }

  private static int year(Random r) {
    return 2019 + r.nextInt(7);
  }

  private static String longDate(Random r) {
    return WEEKDAYS[r.nextInt(7)] + ", " + MONTHS[r.nextInt(12)] + " " + (1 + r.nextInt(28)) + ", " + year(r);
  }

  private static String dayMonthYear(Random r) {
    return (1 + r.nextInt(28)) + " " + MONTHS[r.nextInt(12)] + " " + year(r);
  }

  private static String weekdayDayMonthYear(Random r) {
    return WEEKDAYS[r.nextInt(7)] + " " + dayMonthYear(r);
  }

  private static String monthDayYear(Random r) {
    return MONTHS[r.nextInt(12)].substring(0, 3) + " " + (1 + r.nextInt(28)) + ", " + year(r);
  }

  private static String time(Random r) {
    return String.format("%02d:%02d", r.nextInt(24), r.nextInt(60));
  }

  private static String clock(Random r) {
    return (1 + r.nextInt(12)) + ":" + String.format("%02d", r.nextInt(60)) + " " + pick(r, "AM", "PM");
  }
}
