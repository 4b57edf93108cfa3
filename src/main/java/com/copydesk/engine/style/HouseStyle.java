package com.copydesk.engine.style;

import com.copydesk.engine.consistency.FormFamilies;
import com.copydesk.engine.consistency.FormFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A newsroom's or publisher's way of writing: LanguageTool rules it switches off or on, the forms it
 * prefers ("per cent", "-ise", "Kim Jong Un"), words it bans (with what to write instead), and terms
 * its copy uses that no dictionary has. Written as a text file ({@link HouseStyleFile}); Copydesk ships
 * a few ({@link HouseStyles}). Immutable; equal styles check alike.
 *
 * @param id          how to ask for it again: a shipped style's name ("newsroom-gb") or a file's path
 * @param name        what the copy editor sees ("Newsroom (British, -ise)")
 * @param preferred   family id → the choice this style writes (an index into the family's choices)
 * @param ownFamilies families the style file defines itself (preferred forms Copydesk has no family for)
 * @param addsAccents whether suggestions may put accents on names the copy prints without ("Arsène")
 */
public record HouseStyle(
    String id,
    String name,
    String description,
    Set<String> rulesOff,
    Set<String> rulesOn,
    Map<String, Integer> preferred,
    List<FormFamily> ownFamilies,
    List<BannedWord> banned,
    Set<String> accepted,
    boolean addsAccents) {

  /** A word or phrase the style never prints, and what to write instead (empty: rephrase). */
  public record BannedWord(String phrase, String instead) {
    public BannedWord {
      Objects.requireNonNull(phrase, "phrase");
      instead = instead == null ? "" : instead;
    }
  }

  public HouseStyle {
    Objects.requireNonNull(id, "id");
    name = name == null || name.isBlank() ? id : name;
    description = description == null ? "" : description;
    rulesOff = Set.copyOf(new TreeSet<>(rulesOff));
    rulesOn = Set.copyOf(new TreeSet<>(rulesOn));
    preferred = Map.copyOf(new TreeMap<>(preferred));
    ownFamilies = List.copyOf(ownFamilies);
    banned = List.copyOf(banned);
    accepted = Set.copyOf(new TreeSet<>(accepted));
  }

  /** A style that changes nothing. */
  public static HouseStyle none() {
    return new HouseStyle("none", "No house style", "", Set.of(), Set.of(), Map.of(), List.of(), List.of(), Set.of(),
        true);
  }

  /** Every family the consistency check looks at under this style: Copydesk's, then the style's own. */
  public List<FormFamily> families() {
    if (ownFamilies.isEmpty()) {
      return FormFamilies.standard();
    }
    List<FormFamily> all = new ArrayList<>(FormFamilies.standard());
    all.addAll(ownFamilies);
    return all;
  }

  /** The settings LanguageTool itself sees: rules off and on, and accepted terms. */
  public boolean sameEngineAs(HouseStyle other) {
    return rulesOff.equals(other.rulesOff) && rulesOn.equals(other.rulesOn) && accepted.equals(other.accepted)
        && addsAccents == other.addsAccents;
  }

  @Override
  public String toString() {
    return name;
  }
}
