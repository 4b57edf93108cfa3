package com.copydesk.rules.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The lexicons the missing-auxiliary rules consult (resource files generated offline from WordNet and treebank
 * counts; each file's header says where it comes from and how to regenerate it). Read once, on first use.
 */
public final class Lexicon {
  private static final String FOLDER = "/com/copydesk/rules/lexicon/";

  private final Map<String, VerbEntry> verbs = new HashMap<>();
  private final Map<String, Double> phrasal = new HashMap<>();
  private final Map<String, Double> phrasalInfinitive = new HashMap<>();
  private final Map<String, FormCounts> forms = new HashMap<>();
  private final Set<String> timeNouns = new HashSet<>();
  private final Set<String> agentNouns = new HashSet<>();

  private Lexicon() {
    read("verbs.tsv", true, c -> verbs.put(c[0], VerbEntry.parse(c)));
    read("phrasal-verbs.tsv", true, c -> {
      phrasal.put(c[0] + " " + c[1], Double.parseDouble(c[2]));
      phrasalInfinitive.put(c[0] + " " + c[1], Double.parseDouble(c[3]));
    });
    read("word-forms.tsv", true, c -> forms.put(c[0], FormCounts.parse(c)));
    read("time-nouns.txt", false, c -> timeNouns.add(c[0]));
    read("agent-nouns.txt", false, c -> agentNouns.add(c[0]));
  }

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }

  public static Lexicon get() {
    return Holder.INSTANCE;
  }

  /** What is known of a verb lemma; British -ise spellings fall back to -ize ones. Null if nothing. */
  public VerbEntry verb(String lemma) {
    VerbEntry e = verbs.get(lemma);
    if (e == null && lemma.endsWith("ise")) {
      e = verbs.get(lemma.substring(0, lemma.length() - 3) + "ize");
    }
    return e;
  }

  /** Share of a phrasal verb's senses that need an object ("call off"), or NaN if WordNet does not list it. */
  public double phrasalNeedsObject(String verbLemma, String particle) {
    Double d = phrasal.get(verbLemma + " " + particle);
    return d == null ? Double.NaN : d;
  }

  /** How likely "to" after a phrasal verb starts an infinitive ("turned out to"), or NaN if unknown. */
  public double phrasalInfinitive(String verbLemma, String particle) {
    Double d = phrasalInfinitive.get(verbLemma + " " + particle);
    return d == null ? Double.NaN : d;
  }

  /** The treebank counts of a lower-case word form, or {@link FormCounts#NONE} if it was seen too rarely. */
  public FormCounts form(String lowerForm) {
    return forms.getOrDefault(lowerForm, FormCounts.NONE);
  }

  /** A noun naming a period or unit of time ("week", "season", "Monday"), lower case. */
  public boolean timeNoun(String lower) {
    return timeNouns.contains(lower);
  }

  /** A noun (lemma, lower case) for people, an organisation or a group, which can be an agent. */
  public boolean agentNoun(String lemma) {
    return agentNouns.contains(lemma);
  }

  /** Classes of verbs by what may follow them (see the header of verbs.tsv). */
  public enum VerbClass {
    CLAUSE, CLAUSE_NOT_OBJECT, ADDRESSEE_THEN_CLAUSE, EXISTENTIAL, OBJECT_INFINITIVE, PASSIVE_INFINITIVE,
    OBJECT_PREDICATE, LINKING, ING_COMPLEMENT;

    static VerbClass of(String name) {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  /** What follows a past form of a verb that comes straight after its subject (the columns of verbs.tsv). */
  public enum After { NOTHING, INFINITIVE, COMPLEMENT, AS, BY }

  /**
   * One verb lemma: for each {@link After}, how likely its past form so followed is a passive missing "be";
   * how likely "to" straight after it starts an infinitive; the share of its passives in the present tense (NaN when unknown); its classes.
   */
  public record VerbEntry(double[] passive, double toInfinitive, double passivePresent, Set<VerbClass> classes) {
    static VerbEntry parse(String[] c) {
      double[] passive = new double[After.values().length];
      for (int i = 0; i < passive.length; i++) {
        passive[i] = Double.parseDouble(c[1 + i]);
      }
      int at = 1 + passive.length;
      double toInfinitive = Double.parseDouble(c[at++]);
      double present = !c[at].isEmpty() ? Double.parseDouble(c[at]) : Double.NaN;
      Set<VerbClass> classes = EnumSet.noneOf(VerbClass.class);
      if (c.length > at + 1 && !c[at + 1].isEmpty()) {
        for (String name : c[at + 1].split(",")) {
          classes.add(VerbClass.of(name));
        }
      }
      return new VerbEntry(passive, toInfinitive, present, classes);
    }

    public double passive(After after) {
      return passive[after.ordinal()];
    }

    public boolean is(VerbClass c) {
      return classes.contains(c);
    }
  }

  /** Counts of one word form's uses in the treebanks (column names as in word-forms.tsv). */
  public record FormCounts(int total, Map<String, Integer> counts) {
    public static final FormCounts NONE = new FormCounts(0, Map.of());

    static FormCounts parse(String[] c) {
      Map<String, Integer> counts = new HashMap<>();
      if (c.length > 2 && !c[2].isEmpty()) {
        for (String kv : c[2].split(" ")) {
          int eq = kv.indexOf('=');
          counts.put(kv.substring(0, eq), Integer.parseInt(kv.substring(eq + 1)));
        }
      }
      return new FormCounts(Integer.parseInt(c[1]), Map.copyOf(counts));
    }

    public int count(String key) {
      return counts.getOrDefault(key, 0);
    }

    /** count(key) / total, or 0 for an unseen form. */
    public double share(String key) {
      return total == 0 ? 0 : (double) count(key) / total;
    }

    /** count(key) / (count(key) + count(other)), or NaN if neither was seen. */
    public double ratio(String key, String other) {
      int a = count(key);
      int b = count(other);
      return a + b == 0 ? Double.NaN : (double) a / (a + b);
    }

    public boolean seen() {
      return total > 0;
    }
  }

  private static void read(String name, boolean columnNames, Consumer<String[]> row) {
    try (InputStream in = Lexicon.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + FOLDER + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = columnNames;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false; // the column names
          continue;
        }
        row.accept(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
