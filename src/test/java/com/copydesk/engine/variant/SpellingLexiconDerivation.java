package com.copydesk.engine.variant;

import com.copydesk.core.Variant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;

/**
 * Derives the resource files the variant guess reads, from LanguageTool's own data; not part of the
 * product. Spelling pairs: every lower-case word of the six speller dictionaries that LanguageTool
 * ships (english-pos-dict, {@code en_US.dict} … {@code en_ZA.dict}) is rewritten by the orthographic
 * correspondences between British and American spelling (-our/-or, -ise/-ize, -re/-er, doubled l,
 * -ence/-ense, -amme/-am, …, and pairs of two of them, e.g. manoeuvre/maneuver), and LanguageTool's
 * own US/GB mapping ({@code en-US-GB.txt}) is added; a pair is kept when both forms are in some
 * dictionary and the six dictionaries do not all accept the same of the two. Vocabulary: the words
 * LanguageTool's en-GB and en-US replace lists flag as the other variant's.
 *
 * <pre>
 * mvn -o -q test-compile &amp;&amp; mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     com.copydesk.engine.variant.SpellingLexiconDerivation src/main/resources/com/copydesk/engine/variant
 * </pre>
 */
public final class SpellingLexiconDerivation {
  private static final String DICT = "/org/languagetool/resource/en/hunspell/%s.dict";
  private static final String US_GB = "/org/languagetool/resource/en/en-US-GB.txt";
  private static final String REPLACE = "/org/languagetool/rules/en/%s/replace.txt";
  private static final Pattern WORD = Pattern.compile("[a-z]+");

  /** British fragment (with look-arounds) → American replacement, by kind. Order: the kind a pair is named by. */
  private record Rule(String kind, Pattern british, String american) {}

  private static final List<Rule> RULES = List.of(
      new Rule("our", Pattern.compile("our"), "or"),
      new Rule("ise", Pattern.compile("is(?=[aei])"), "iz"),
      new Rule("yse", Pattern.compile("ys(?=[aei])"), "yz"),
      new Rule("re", Pattern.compile("(?<=[^aeiouy])re(?=(s|d)?$)"), "er"),
      new Rule("re", Pattern.compile("(?<=[^aeiouy])r(?=(ed|ing)$)"), "er"),
      new Rule("ence", Pattern.compile("enc(?=e)"), "ens"),
      new Rule("amme", Pattern.compile("amme(?=s?$)"), "am"),
      new Rule("ogue", Pattern.compile("ogue(?=s?$)"), "og"),
      new Rule("yre", Pattern.compile("yre"), "ire"),
      new Rule("ium", Pattern.compile("inium"), "inum"),
      new Rule("que", Pattern.compile("que"), "ck"),
      new Rule("ey", Pattern.compile("grey"), "gray"),
      new Rule("ough", Pattern.compile("ough"), "ow"),
      new Rule("ough", Pattern.compile("augh"), "af"),
      new Rule("oul", Pattern.compile("oul"), "ol"),
      new Rule("sc", Pattern.compile("^sc(?=e)"), "sk"),
      new Rule("ement", Pattern.compile("(?<=[dg])ement"), "ment"),
      new Rule("eing", Pattern.compile("(?<=g)eing"), "ing"),
      new Rule("ae", Pattern.compile("ae"), "e"),
      new Rule("oe", Pattern.compile("oe"), "e"),
      new Rule("ll", Pattern.compile("ll"), "l"),
      new Rule("ll", Pattern.compile("(?<!l)l(?!l)"), "ll"));

  /** A pair found by {@code steps} correspondences, the first being rule number {@code rule}. */
  private record Candidate(String a, String b, String kind, int steps, int rule) {}

  private static final Set<String> USED = new HashSet<>();

  private SpellingLexiconDerivation() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/com/copydesk/engine/variant");
    Map<Variant, Set<String>> dicts = new EnumMap<>(Variant.class);
    Set<String> union = new java.util.TreeSet<>();
    for (Variant v : Variant.values()) {
      Set<String> words = dictionaryWords(v.code().replace('-', '_'));
      dicts.put(v, words);
      union.addAll(words);
      System.out.printf("%s: %,d lower-case words%n", v.code(), words.size());
    }
    // every candidate first, then the surest correspondences claim their forms: one step before two,
    // the specific rules before the generic ones (so "tyres" pairs with "tires", not with "tyroes")
    List<Candidate> candidates = new ArrayList<>();
    for (String w : union) {
      for (int i = 0; i < RULES.size(); i++) {
        Rule r = RULES.get(i);
        for (String c : rewrite(w, r)) {
          if (union.contains(c)) {
            candidates.add(new Candidate(w, c, r.kind(), 1, i));
          }
          for (Rule r2 : RULES) {
            for (String c2 : rewrite(c, r2)) {
              if (!c2.equals(w) && union.contains(c2)) {
                candidates.add(new Candidate(w, c2, r.kind(), 2, i));
              }
            }
          }
        }
      }
    }
    candidates.sort(java.util.Comparator.comparingInt(Candidate::steps).thenComparingInt(Candidate::rule)
        .thenComparing(Candidate::a).thenComparing(Candidate::b));
    Map<String, String[]> pairs = new TreeMap<>(); // british → {kind, american}
    for (Candidate c : candidates) {
      consider(c.a(), c.b(), c.kind(), dicts, union, pairs);
    }
    int fromTransforms = pairs.size();
    int fromMapping = 0;
    for (String line : lines(US_GB)) {
      String[] p = line.split(";");
      if (p.length == 2 && WORD.matcher(p[0]).matches() && WORD.matcher(p[1]).matches()
          && !pairs.containsKey(p[1]) && !pairs.containsKey(p[0])) {
        int before = pairs.size();
        consider(p[1], p[0], kindOf(p[1], p[0]), dicts, union, pairs);
        fromMapping += pairs.size() - before;
      }
    }
    writeSpellings(out.resolve("spellings.tsv"), pairs, dicts);
    System.out.printf("spelling pairs: %,d (%,d from the correspondences, %,d more from en-US-GB.txt)%n",
        pairs.size(), fromTransforms, fromMapping);
    writeVocabulary(out.resolve("vocabulary.tsv"));
  }

  private static void consider(String a, String b, String kind, Map<Variant, Set<String>> dicts,
      Set<String> union, Map<String, String[]> pairs) {
    if (!union.contains(b) || a.equals(b)) {
      return;
    }
    Set<Variant> accA = accepting(a, dicts);
    Set<Variant> accB = accepting(b, dicts);
    if (accA.equals(accB) || accA.size() == 6 && accB.size() == 6) {
      return;
    }
    // the British form is the one the American dictionary rejects, else the one the British accepts alone
    String british;
    String american;
    if (!accA.contains(Variant.EN_US) && accB.contains(Variant.EN_US)) {
      british = a;
      american = b;
    } else if (!accB.contains(Variant.EN_US) && accA.contains(Variant.EN_US)) {
      british = b;
      american = a;
    } else if (accA.contains(Variant.EN_GB) && !accB.contains(Variant.EN_GB)) {
      british = a;
      american = b;
    } else if (accB.contains(Variant.EN_GB) && !accA.contains(Variant.EN_GB)) {
      british = b;
      american = a;
    } else {
      return; // US and GB agree on both forms: nothing to tell them apart
    }
    if (USED.contains(british) || USED.contains(american)) {
      return; // each form in one pair only (the first correspondence found names it)
    }
    USED.add(british);
    USED.add(american);
    pairs.put(british, new String[] {kind, american});
  }

  private static String kindOf(String british, String american) {
    for (Rule r : RULES) {
      if (rewrite(british, r).contains(american)) {
        return r.kind();
      }
    }
    return "other";
  }

  private static List<String> rewrite(String w, Rule r) {
    List<String> out = new ArrayList<>(1);
    Matcher m = r.british().matcher(w);
    while (m.find()) {
      out.add(w.substring(0, m.start()) + r.american() + w.substring(m.end()));
    }
    return out;
  }

  private static Set<Variant> accepting(String w, Map<Variant, Set<String>> dicts) {
    Set<Variant> s = EnumSet.noneOf(Variant.class);
    dicts.forEach((v, words) -> {
      if (words.contains(w)) {
        s.add(v);
      }
    });
    return s;
  }

  private static Set<String> dictionaryWords(String name) throws IOException {
    URL url = SpellingLexiconDerivation.class.getResource(String.format(DICT, name));
    Dictionary d = Dictionary.read(url);
    Charset cs = Charset.forName(d.metadata.getEncoding());
    byte sep = d.metadata.getSeparator();
    Set<String> words = new HashSet<>();
    for (ByteBuffer bb : d.fsa) {
      byte[] b = new byte[bb.remaining()];
      bb.get(b);
      int end = b.length;
      for (int i = 0; i < b.length; i++) {
        if (b[i] == sep) {
          end = i;
          break;
        }
      }
      String w = new String(b, 0, end, cs);
      if (WORD.matcher(w).matches()) {
        words.add(w);
      }
    }
    return words;
  }

  private static void writeSpellings(Path file, Map<String, String[]> pairs, Map<Variant, Set<String>> dicts)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("""
        # British and American spellings of the same word, with the English variants whose speller
        # dictionary accepts each form (U = en-US, G = en-GB, C = en-CA, A = en-AU, N = en-NZ, Z = en-ZA).
        # Derived from LanguageTool's own data, not typed: the six speller dictionaries of
        # org.languagetool:english-pos-dict 0.6 (hunspell/en_*.dict, from SCOWL) and
        # resource/en/en-US-GB.txt of org.languagetool:language-en 6.8 (LGPL 2.1). Regenerate with
        # com.copydesk.engine.variant.SpellingLexiconDerivation (test scope; docs/variant.md has the command).
        # kind\tbritish\tamerican\tbritish accepted by\tamerican accepted by
        """);
    pairs.forEach((british, p) -> sb.append(p[0]).append('\t').append(british).append('\t').append(p[1])
        .append('\t').append(letters(accepting(british, dicts))).append('\t')
        .append(letters(accepting(p[1], dicts))).append('\n'));
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  static String letters(Set<Variant> vs) {
    StringBuilder sb = new StringBuilder();
    for (Variant v : vs) {
      sb.append(SpellingLexicon.letter(v));
    }
    return sb.length() == 0 ? "-" : sb.toString();
  }

  private static void writeVocabulary(Path file) throws IOException {
    Map<String, String> words = new LinkedHashMap<>();
    // en-GB's list flags American words (left side); en-US's list flags British ones
    addFlagged(words, "en-GB", "american");
    addFlagged(words, "en-US", "british");
    StringBuilder sb = new StringBuilder();
    sb.append("""
        # Words and phrases one variant uses and the other does not: the left-hand sides of the
        # uncommented lines of LanguageTool's rules/en/en-GB/replace.txt (American words) and
        # rules/en/en-US/replace.txt (British words), org.languagetool:language-en 6.8 (LGPL 2.1).
        # Regenerated with com.copydesk.engine.variant.SpellingLexiconDerivation.
        # side\tphrase
        """);
    words.forEach((w, side) -> sb.append(side).append('\t').append(w).append('\n'));
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    System.out.printf("vocabulary: %,d words and phrases%n", words.size());
  }

  private static void addFlagged(Map<String, String> words, String variant, String side) throws IOException {
    for (String line : lines(String.format(REPLACE, variant))) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String w = line.substring(0, eq).strip();
      if (w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
        words.putIfAbsent(w, side);
      }
    }
  }

  private static List<String> lines(String resource) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = SpellingLexiconDerivation.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    }
    return out;
  }
}
