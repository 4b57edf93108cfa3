package com.copydesk.engine.variant;

import com.copydesk.core.Variant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words English variants spell differently, read from the resource {@code spellings.tsv} (derived
 * from LanguageTool's speller dictionaries; see its header) and the words one variant uses and the
 * other does not, from {@code vocabulary.tsv}. Immutable and shared; loaded once, on first use.
 */
public final class SpellingLexicon {
  private static final String VARIANT_LETTERS = "UGCANZ";

  /** A lower-case word of the lexicon: the pair it belongs to and which side of it it is. */
  record Form(SpellingPair pair, boolean british) {
    Set<Variant> acceptedBy() {
      return pair.acceptedBy(british);
    }
  }

  private final List<SpellingPair> pairs;
  private final Map<SpellingPair, double[]> usage;
  private final Map<String, Form> forms;
  private final Map<String, Form> vocabulary;
  private final WordTable<Form> formTable;
  private final WordTable<Form> vocabularyTable;
  private final WordTable<Boolean> phraseStartTable;

  private SpellingLexicon(List<SpellingPair> pairs, Map<SpellingPair, double[]> usage, Map<String, Form> vocabulary) {
    this.pairs = List.copyOf(pairs);
    this.usage = Map.copyOf(usage);
    Map<String, Form> f = new HashMap<>(pairs.size() * 3);
    for (SpellingPair p : pairs) {
      f.put(p.british(), new Form(p, true));
      f.put(p.american(), new Form(p, false));
    }
    // a usage pair replaces the spelling pair of its words ("programme" is read by usage, not by dictionary)
    for (SpellingPair p : usage.keySet()) {
      f.put(p.british(), new Form(p, true));
      f.put(p.american(), new Form(p, false));
    }
    this.forms = f;
    this.vocabulary = Map.copyOf(vocabulary);
    this.formTable = new WordTable<>(forms);
    this.vocabularyTable = new WordTable<>(this.vocabulary);
    Map<String, Boolean> starts = new HashMap<>(); // the first words of two-word phrases ("parking lot")
    for (String phrase : vocabulary.keySet()) {
      int space = phrase.indexOf(' ');
      if (space > 0) {
        starts.put(phrase.substring(0, space), true);
      }
    }
    this.phraseStartTable = new WordTable<>(starts);
  }

  private static final class Holder {
    static final SpellingLexicon STANDARD = load();
  }

  /** The lexicon shipped with Copydesk. */
  public static SpellingLexicon standard() {
    return Holder.STANDARD;
  }

  /**
   * For a pair of the usage list ({@code usage.tsv}: "programme"/"program", "towards"/"toward"), the
   * share of each variant's writers who choose its British form, by variant ordinal; null for others.
   */
  double[] usageShares(SpellingPair pair) {
    return usage.get(pair);
  }

  /** Every spelling pair, in the resource's order. */
  public List<SpellingPair> pairs() {
    return pairs;
  }

  /** The pair a lower-case word belongs to, if it is spelt differently in some variant. */
  public Optional<SpellingPair> pairOf(String word) {
    Form f = forms.get(word);
    return f == null ? Optional.empty() : Optional.of(f.pair());
  }

  /** The form of the lower-case word at {@code text[from, to)} with hash {@link WordTable#hash}, or null. */
  Form form(String text, int from, int to, int hash) {
    return formTable.get(text, from, to, hash);
  }

  Form vocabulary(String text, int from, int to, int hash) {
    return vocabularyTable.get(text, from, to, hash);
  }

  boolean startsPhrase(String text, int from, int to, int hash) {
    return phraseStartTable.get(text, from, to, hash) != null;
  }

  /** A word or two-word phrase (words joined by one space) one variant uses and the other does not. */
  Form vocabulary(String phrase) {
    return vocabulary.get(phrase);
  }

  static char letter(Variant v) {
    return VARIANT_LETTERS.charAt(v.ordinal());
  }

  static Set<Variant> variants(String letters) {
    Set<Variant> out = EnumSet.noneOf(Variant.class);
    for (char c : letters.toCharArray()) {
      int i = VARIANT_LETTERS.indexOf(c);
      if (i >= 0) {
        out.add(Variant.values()[i]);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  private static SpellingLexicon load() {
    List<SpellingPair> pairs = new ArrayList<>();
    Map<String, Set<Variant>> sets = new HashMap<>(); // a few dozen distinct sets among 16,000 forms
    Map<String, String> kinds = new HashMap<>();
    for (String[] f : rows("spellings.tsv", 5)) {
      pairs.add(new SpellingPair(kinds.computeIfAbsent(f[0], k -> k), f[1], f[2],
          sets.computeIfAbsent(f[3], k -> Set.copyOf(variants(k))),
          sets.computeIfAbsent(f[4], k -> Set.copyOf(variants(k)))));
    }
    // a British word is the word of the variants that write British spelling; an American one of en-US and en-CA
    Set<Variant> britishUsers = variants("GANZ");
    Set<Variant> americanUsers = variants("UC");
    Map<String, Form> vocabulary = new HashMap<>();
    for (String[] f : rows("vocabulary.tsv", 2)) {
      boolean british = f[0].equals("british");
      String phrase = f[1].replace('-', ' ');
      SpellingPair p = new SpellingPair("vocabulary", british ? phrase : "", british ? "" : phrase,
          british ? britishUsers : Set.of(), british ? Set.of() : americanUsers);
      vocabulary.put(phrase, new Form(p, british));
    }
    Map<SpellingPair, double[]> usage = new java.util.LinkedHashMap<>();
    Set<Variant> all = EnumSet.allOf(Variant.class);
    for (String[] f : rows("usage.tsv", 2 + Variant.values().length)) {
      double[] shares = new double[Variant.values().length];
      for (int i = 0; i < shares.length; i++) {
        shares[i] = Double.parseDouble(f[2 + i]);
        if (shares[i] <= 0 || shares[i] >= 1) {
          throw new IllegalStateException("usage.tsv: a share must be above 0 and below 1: " + String.join(" ", f));
        }
      }
      usage.put(new SpellingPair("usage", f[0], f[1], all, all), shares);
    }
    return new SpellingLexicon(pairs, usage, vocabulary);
  }

  static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] f = line.split("\t");
      if (f.length != columns) {
        throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
      }
      out.add(f);
    }
    return out;
  }

  /** The lines of a resource beside this class, without blank lines and # comments. */
  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = SpellingLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
