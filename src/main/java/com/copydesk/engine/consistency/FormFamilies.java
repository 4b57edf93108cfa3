package com.copydesk.engine.consistency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.languagetool.JLanguageTool;

/**
 * The families Copydesk knows: its own ({@code families.txt}) and "-ise/-ize", read from LanguageTool's
 * list of American and British spellings (the pairs whose British form only changes "iz" to "is").
 * Loaded once; immutable.
 */
public final class FormFamilies {
  public static final String ISE_IZE = "ise-ize";
  private static final String OWN = "families.txt";
  private static final String US_GB = "/en/en-US-GB.txt";
  private static volatile List<FormFamily> standard;

  private FormFamilies() {}

  /**
   * Copydesk's families, in the order of {@code families.txt}, then "-ise/-ize", then the other spelling
   * differences between English variants ({@link VariantSpellings}).
   */
  public static List<FormFamily> standard() {
    List<FormFamily> s = standard;
    if (s == null) {
      synchronized (FormFamilies.class) {
        s = standard;
        if (s == null) {
          List<FormFamily> all = new ArrayList<>(parse(readResource()));
          all.add(iseIze());
          all.addAll(VariantSpellings.families());
          standard = s = List.copyOf(all);
        }
      }
    }
    return s;
  }

  /** The standard family with this id. */
  public static Optional<FormFamily> byId(String id) {
    return standard().stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The standard family one of whose choices is written {@code choice} ("per cent", "-ise", "Kim Jong Un"). */
  public static Optional<FormFamily> withChoice(String choice) {
    return standard().stream().filter(f -> f.choice(choice).isPresent()).findFirst();
  }

  /**
   * Parses the families format: a block per family, a header line {@code [id] choice | choice | …}, then
   * one line per row with the forms in the same order ({@code |} between them, an empty cell where a
   * word has no such form); {@code #} starts a comment line.
   */
  static List<FormFamily> parse(List<String> lines) {
    List<FormFamily> out = new ArrayList<>();
    String id = null;
    List<String> choices = null;
    List<List<String>> rows = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[")) {
        if (id != null) {
          out.add(new FormFamily(id, null, choices, rows));
        }
        int close = line.indexOf(']');
        id = line.substring(1, close).strip();
        choices = cells(line.substring(close + 1));
        rows = new ArrayList<>();
      } else if (id != null) {
        rows.add(cells(line));
      }
    }
    if (id != null) {
      out.add(new FormFamily(id, null, choices, rows));
    }
    return out;
  }

  static List<String> cells(String line) {
    return Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
  }

  private static List<String> readResource() {
    try (InputStream in = FormFamilies.class.getResourceAsStream(OWN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + OWN);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "-ise" and "-ize" spellings of the same words, from LanguageTool's American/British list. */
  static FormFamily iseIze() {
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = JLanguageTool.getDataBroker().getFromResourceDirAsStream(US_GB);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] pair = line.strip().split(";");
        if (line.startsWith("#") || pair.length != 2) {
          continue;
        }
        String us = pair[0].strip();
        String gb = pair[1].strip();
        if (us.contains("iz") && us.replace("iz", "is").equals(gb)) {
          rows.add(List.of(gb, us));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FormFamily(ISE_IZE, "-ise or -ize spellings", List.of("-ise", "-ize"), rows);
  }
}
