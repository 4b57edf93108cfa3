package com.copydesk.engine.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Forms that say the same thing written different ways — "per cent", "percent", "%"; "realise",
 * "realize" — of which a draft should use one. Each way of writing is a choice ("-ise", "-ize"), and
 * each row pairs one word's forms across the choices ("realise | realize", "organised | organized"); a
 * row may lack a form for a choice. In a form, {@code <n>} stands for a number.
 *
 * <p>Families are data: Copydesk's own are in {@code families.txt} beside this class, the "-ise/-ize"
 * family is read from LanguageTool's list of American and British spellings, and a house style may add
 * its own. The consistency check ({@link FormConsistency}) treats them all alike.
 */
public record FormFamily(String id, String label, List<String> choices, List<List<String>> rows) {

  public FormFamily {
    Objects.requireNonNull(id, "id");
    choices = List.copyOf(choices);
    if (choices.size() < 2) {
      throw new IllegalArgumentException("a family needs two ways of writing at least: " + id);
    }
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != choices.size()) {
        throw new IllegalArgumentException("family " + id + ": a row has " + row.size() + " forms, not "
            + choices.size() + ": " + row);
      }
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
    label = label == null || label.isBlank() ? describe(choices) : label;
  }

  /** "per cent, percent or %". */
  static String describe(List<String> choices) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < choices.size(); i++) {
      sb.append(i == 0 ? "" : i == choices.size() - 1 ? " or " : ", ").append(choices.get(i));
    }
    return sb.toString();
  }

  /** The choice written {@code name} (case aside), if this family has one. */
  public Optional<Integer> choice(String name) {
    for (int i = 0; i < choices.size(); i++) {
      if (choices.get(i).equalsIgnoreCase(name.strip())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** True when some row has {@code form} (case aside) under any choice. */
  public boolean hasForm(String form) {
    String f = form.strip().toLowerCase(Locale.ROOT);
    return rows.stream().flatMap(List::stream).anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(f));
  }

  /** The stable part of rule ids for this family: "per-cent" → "PER_CENT". */
  public String ruleSuffix() {
    return id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }
}
