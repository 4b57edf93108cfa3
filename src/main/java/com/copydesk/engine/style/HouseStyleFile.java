package com.copydesk.engine.style;

import com.copydesk.engine.consistency.FormFamilies;
import com.copydesk.engine.consistency.FormFamily;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the house-style format: a forgiving text file a copy editor can write by hand (described in
 * docs/house-style.md). Settings ({@code name:}, {@code description:}, {@code based on:},
 * {@code accents:}), then
 * sections — {@code [rules off]}, {@code [rules on]}, {@code [prefer]}, {@code [banned]},
 * {@code [accept]} — with one entry a line. Case, spacing, brackets and a few other names for each
 * section do not matter; {@code #} starts a comment. Every mistake is reported with its line number.
 */
public final class HouseStyleFile {
  private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]*[A-Z0-9]");
  private static final Pattern ARROW = Pattern.compile("\\s*(?:->|=>|→|=)\\s*");

  enum Section { RULES_OFF, RULES_ON, PREFER, BANNED, ACCEPT }

  private static final Map<String, Section> SECTIONS = new HashMap<>();

  static {
    for (String s : List.of("rules off", "off", "disable", "disabled", "disabled rules", "rules disabled",
        "switch off", "turn off", "rules to switch off")) {
      SECTIONS.put(s, Section.RULES_OFF);
    }
    for (String s : List.of("rules on", "on", "enable", "enabled", "enabled rules", "rules enabled", "switch on",
        "turn on", "rules to switch on")) {
      SECTIONS.put(s, Section.RULES_ON);
    }
    for (String s : List.of("prefer", "preferred", "preferred forms", "preferences", "forms", "write", "spellings",
        "preferred spellings")) {
      SECTIONS.put(s, Section.PREFER);
    }
    for (String s : List.of("banned", "ban", "banned words", "banned phrases", "avoid", "never", "do not use",
        "don't use", "dont use")) {
      SECTIONS.put(s, Section.BANNED);
    }
    for (String s : List.of("accept", "accepted", "accepted terms", "accepted words", "terms", "words", "dictionary",
        "allow", "allowed", "vocabulary")) {
      SECTIONS.put(s, Section.ACCEPT);
    }
  }

  /** Finds the style a {@code based on:} line names (a shipped style, or a file relative to this one). */
  @FunctionalInterface
  public interface BaseResolver {
    HouseStyle resolve(String name) throws HouseStyleException;
  }

  private HouseStyleFile() {}

  /**
   * Parses {@code text}; {@code id} is how to find the style again, {@code where} names it in errors (a
   * file name). Throws with every mistake, one per line of the message, each with its line number.
   */
  public static HouseStyle parse(String id, String where, String text, BaseResolver bases) throws HouseStyleException {
    Parser p = new Parser(where, bases);
    String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\\R", -1) : text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      p.line(i + 1, lines[i]);
    }
    if (!p.errors.isEmpty()) {
      StringBuilder sb = new StringBuilder("house style ").append(where).append(": ");
      sb.append(String.join("; ", p.errors));
      throw new HouseStyleException(sb.toString());
    }
    return p.build(id);
  }

  private static final class Parser {
    private final String where;
    private final BaseResolver bases;
    private final List<String> errors = new ArrayList<>();
    private Section section;
    private String name;
    private String description;
    private HouseStyle base;
    private Boolean accents;
    private final Set<String> off = new TreeSet<>();
    private final Set<String> on = new TreeSet<>();
    private final Map<String, Integer> preferred = new HashMap<>();
    private final Map<String, Integer> preferredAt = new HashMap<>();
    private final List<FormFamily> own = new ArrayList<>();
    private final List<HouseStyle.BannedWord> banned = new ArrayList<>();
    private final Set<String> accepted = new LinkedHashSet<>();

    Parser(String where, BaseResolver bases) {
      this.where = where;
      this.bases = bases;
    }

    void line(int n, String raw) {
      String line = stripComment(raw).strip();
      if (line.isEmpty()) {
        return;
      }
      Optional<Section> header = header(line);
      if (header.isPresent()) {
        section = header.get();
        return;
      }
      if (line.startsWith("[")) {
        error(n, "unknown section “" + line + "”; the sections are [rules off], [rules on], [prefer], [banned] and [accept]");
        return;
      }
      int colon = setting(line);
      if (colon > 0) {
        set(n, line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        return;
      }
      if (section == null) {
        error(n, "“" + line + "” is not in a section; start one with [rules off], [rules on], [prefer], [banned] or [accept]");
        return;
      }
      switch (section) {
        case RULES_OFF -> rules(n, line, off, on);
        case RULES_ON -> rules(n, line, on, off);
        case PREFER -> prefer(n, line);
        case BANNED -> ban(n, line);
        case ACCEPT -> accept(line);
        default -> throw new IllegalStateException();
      }
    }

    private static String stripComment(String raw) {
      String s = raw.strip();
      if (s.startsWith("#")) {
        return "";
      }
      int hash = raw.indexOf(" #");
      int tab = raw.indexOf("\t#");
      int at = hash < 0 ? tab : tab < 0 ? hash : Math.min(hash, tab);
      return at < 0 ? raw : raw.substring(0, at);
    }

    private static Optional<Section> header(String line) {
      String s = line;
      boolean bracketed = s.startsWith("[") && s.endsWith("]");
      if (bracketed) {
        s = s.substring(1, s.length() - 1);
      } else if (s.endsWith(":")) {
        s = s.substring(0, s.length() - 1);
      } else {
        return Optional.empty();
      }
      return Optional.ofNullable(SECTIONS.get(s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ")));
    }

    /** The colon or equals sign of a {@code key: value} setting line, or -1. */
    private int setting(String line) {
      if (section != null) {
        return -1;
      }
      int colon = line.indexOf(':');
      int eq = line.indexOf('=');
      int at = colon < 0 ? eq : eq < 0 ? colon : Math.min(colon, eq);
      return at;
    }

    private void set(int n, String key, String value) {
      switch (key.replaceAll("[\\s_-]+", " ")) {
        case "name", "title" -> name = value;
        case "description", "about" -> description = value;
        case "based on", "base", "extends", "start from", "inherit", "inherits" -> {
          try {
            base = bases.resolve(value);
          } catch (HouseStyleException e) {
            error(n, e.getMessage());
          }
        }
        case "accents", "accents on names" -> {
          switch (value.toLowerCase(Locale.ROOT)) {
            case "add", "on", "yes", "true", "restore" -> accents = true;
            case "leave", "keep", "off", "no", "false", "as written" -> accents = false;
            default -> error(n, "accents: “" + value + "”? write accents: add (suggest accents on names) "
                + "or accents: leave (names as the copy prints them)");
          }
        }
        default -> error(n, "unknown setting “" + key + "”; the settings are name, description, based on and accents");
      }
    }

    private void rules(int n, String line, Set<String> into, Set<String> notInto) {
      for (String part : line.split("[,;\\s]+")) {
        if (part.isEmpty()) {
          continue;
        }
        if (!RULE_ID.matcher(part).matches()) {
          error(n, "“" + line + "” is not a rule id (rule ids look like OXFORD_SPELLING_Z_NOT_S)");
          return;
        }
        into.add(part);
        notInto.remove(part);
      }
    }

    private void prefer(int n, String line) {
      String[] sides = ARROW.split(line, 2);
      String form = sides[0].strip();
      List<String> others = new ArrayList<>();
      if (sides.length > 1) {
        for (String o : sides[1].split("\\s*[,;]\\s*|\\s+or\\s+")) {
          if (!o.isBlank()) {
            others.add(o.strip());
          }
        }
      }
      Optional<FormFamily> family = FormFamilies.withChoice(form);
      if (family.isPresent() && family.get().choices().stream().anyMatch(c -> others.stream().anyMatch(c::equalsIgnoreCase))
          || family.isPresent() && others.isEmpty()) {
        FormFamily f = family.get();
        for (String o : others) {
          if (f.choice(o).isEmpty()) {
            error(n, "“" + o + "” is not another way of writing “" + form + "”; Copydesk knows " + f.label());
            return;
          }
        }
        preferFamily(n, f.id(), f.choice(form).orElseThrow());
        return;
      }
      if (others.isEmpty()) {
        Optional<FormFamily> member = FormFamilies.standard().stream().filter(f -> f.hasForm(form)).findFirst();
        error(n, member.map(f -> "“" + form + "” is one word of the family " + f.label() + "; write one of "
            + String.join(", ", f.choices()) + " to prefer the whole family")
            .orElse("Copydesk knows no other way of writing “" + form + "”; write “" + form
                + " = other form, other form” to name the forms it replaces"));
        return;
      }
      List<String> choices = new ArrayList<>();
      choices.add(form);
      choices.addAll(others);
      String id = "style-" + form.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
      own.add(new FormFamily(id, null, choices, List.of(choices)));
      preferFamily(n, id, 0);
    }

    private void preferFamily(int n, String familyId, int choice) {
      Integer before = preferredAt.put(familyId, n);
      if (before != null) {
        error(n, "line " + before + " already prefers a way of writing this (" + familyId + ")");
        return;
      }
      preferred.put(familyId, choice);
    }

    private void ban(int n, String line) {
      String[] sides = ARROW.split(line, 2);
      String phrase = sides[0].strip();
      if (phrase.isEmpty()) {
        error(n, "nothing to ban before “" + line + "”");
        return;
      }
      banned.add(new HouseStyle.BannedWord(phrase, sides.length > 1 ? sides[1].strip() : ""));
    }

    private void accept(String line) {
      for (String term : line.split("\\s*[,;]\\s*")) {
        if (!term.isBlank()) {
          accepted.add(term.strip());
        }
      }
    }

    private void error(int n, String message) {
      errors.add("line " + n + ": " + message);
    }

    HouseStyle build(String id) {
      Set<String> rulesOff = new TreeSet<>();
      Set<String> rulesOn = new TreeSet<>();
      Map<String, Integer> prefs = new HashMap<>();
      List<FormFamily> families = new ArrayList<>();
      List<HouseStyle.BannedWord> bans = new ArrayList<>();
      Set<String> terms = new TreeSet<>();
      if (base != null) {
        rulesOff.addAll(base.rulesOff());
        rulesOn.addAll(base.rulesOn());
        prefs.putAll(base.preferred());
        families.addAll(base.ownFamilies());
        bans.addAll(base.banned());
        terms.addAll(base.accepted());
      }
      rulesOff.removeAll(on);
      rulesOn.removeAll(off);
      rulesOff.addAll(off);
      rulesOn.addAll(on);
      prefs.putAll(preferred);
      families.addAll(own);
      bans.addAll(banned);
      terms.addAll(accepted);
      String desc = description != null ? description : base != null && name == null ? base.description() : "";
      boolean addsAccents = accents != null ? accents : base == null || base.addsAccents();
      return new HouseStyle(id, name != null ? name : base != null ? base.name() + " (" + where + ")" : where, desc,
          rulesOff, rulesOn, prefs, families, bans, terms, addsAccents);
    }
  }
}
