package com.copydesk.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts true errors into clean sentences with a seeded random source, one error per sentence: letters
 * transposed in a common word or in a capitalised known word, a doubled word, a wrong a/an, and a name
 * misspelt once in a three-sentence document that spells it right twice.
 */
final class Injector {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern ARTICLE = Pattern.compile("\\b([Aa]n?) (\\p{Ll}+)");

  /** A sentence with one error put in: where the error is in the new text, and the text it replaced. */
  record Case(int sentence, String text, int start, int end, String original, String kind) {
    /** The sentence before the error was put in. */
    String correct() {
      return text.substring(0, start) + original + text.substring(end);
    }

    /** True when {@code f}'s first suggestion gives the correct sentence back. */
    boolean fixedBy(Flag f) {
      return f.first() != null && f.start() <= f.end() && f.end() <= text.length()
          && (text.substring(0, f.start()) + f.first() + text.substring(f.end())).equals(correct());
    }
  }

  /** A document of sentences, one of them with a misspelt use of {@code name}. */
  record NameDoc(List<String> sentences, int misspeltSentence, int start, int end, String name, String misspelt) {
    /** True when {@code f}'s first suggestion (in the misspelt sentence) gives the name back. */
    boolean fixedBy(Flag f) {
      String text = sentences.get(misspeltSentence);
      String correct = text.substring(0, start) + name + text.substring(end);
      return f.first() != null && f.end() <= text.length()
          && (text.substring(0, f.start()) + f.first() + text.substring(f.end())).equals(correct);
    }
  }

  private final Predicate<String> known;
  private final long seed;

  Injector(Predicate<String> known, long seed) {
    this.known = known;
    this.seed = seed;
  }

  List<Case> commonTypos(List<String> sentences, int max) {
    return transpositions(sentences, max, "typo", w -> Character.isLowerCase(w.charAt(0)) && w.length() >= 4);
  }

  List<Case> capitalisedTypos(List<String> sentences, int max) {
    return transpositions(sentences, max, "capitalised typo",
        w -> w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase));
  }

  private List<Case> transpositions(List<String> sentences, int max, String kind, Predicate<String> eligible) {
    Random rnd = new Random(seed + kind.hashCode());
    List<Case> out = new ArrayList<>();
    for (int s : order(sentences.size(), rnd)) {
      String text = sentences.get(s);
      List<int[]> words = words(text, w -> eligible.test(w) && known.test(w));
      if (words.isEmpty()) {
        continue;
      }
      int[] w = words.get(rnd.nextInt(words.size()));
      String word = text.substring(w[0], w[1]);
      String typo = transpose(word, rnd);
      if (typo == null || known.test(typo)) {
        continue;
      }
      out.add(new Case(s, text.substring(0, w[0]) + typo + text.substring(w[1]), w[0], w[1], word, kind));
      if (out.size() == max) {
        break;
      }
    }
    return out;
  }

  /** Two neighbouring, different letters swapped; the first letter keeps the word's capital. */
  static String transpose(String word, Random rnd) {
    List<Integer> at = new ArrayList<>();
    String low = word.toLowerCase();
    for (int i = 0; i + 1 < low.length(); i++) {
      if (low.charAt(i) != low.charAt(i + 1)) {
        at.add(i);
      }
    }
    if (at.isEmpty()) {
      return null;
    }
    int i = at.get(rnd.nextInt(at.size()));
    char[] c = low.toCharArray();
    char t = c[i];
    c[i] = c[i + 1];
    c[i + 1] = t;
    String swapped = new String(c);
    return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(swapped.charAt(0)) + swapped.substring(1) : swapped;
  }

  List<Case> doubledWords(List<String> sentences, int max) {
    Random rnd = new Random(seed + 7);
    List<Case> out = new ArrayList<>();
    for (int s : order(sentences.size(), rnd)) {
      String text = sentences.get(s);
      List<int[]> words = words(text, w -> Character.isLowerCase(w.charAt(0)));
      if (words.isEmpty()) {
        continue;
      }
      int[] w = words.get(rnd.nextInt(words.size()));
      String word = text.substring(w[0], w[1]);
      String doubled = text.substring(0, w[1]) + " " + word + text.substring(w[1]);
      out.add(new Case(s, doubled, w[0], w[1] + 1 + word.length(), word, "doubled word"));
      if (out.size() == max) {
        break;
      }
    }
    return out;
  }

  List<Case> articles(List<String> sentences, int max) {
    Random rnd = new Random(seed + 11);
    List<Case> out = new ArrayList<>();
    for (int s : order(sentences.size(), rnd)) {
      String text = sentences.get(s);
      Matcher m = ARTICLE.matcher(text);
      List<int[]> spots = new ArrayList<>();
      while (m.find()) {
        String article = m.group(1);
        char next = m.group(2).charAt(0);
        boolean clearVowel = "aei".indexOf(next) >= 0 || next == 'o' && !m.group(2).startsWith("on");
        boolean clearConsonant = "bcdfgjklmnpqrstvwz".indexOf(next) >= 0;
        if (article.length() == 2 && clearVowel || article.length() == 1 && clearConsonant) {
          spots.add(new int[] {m.start(1), m.end(1)});
        }
      }
      if (spots.isEmpty()) {
        continue;
      }
      int[] a = spots.get(rnd.nextInt(spots.size()));
      String article = text.substring(a[0], a[1]);
      String wrong = article.length() == 2 ? article.substring(0, 1) : article + "n";
      out.add(new Case(s, text.substring(0, a[0]) + wrong + text.substring(a[1]), a[0], a[0] + wrong.length(),
          article, "a/an"));
      if (out.size() == max) {
        break;
      }
    }
    return out;
  }

  /**
   * Names (capitalised words not opening a sentence) that the set uses in at least three sentences: each gives
   * a document of three of those sentences with one use misspelt (transposed, dropped or doubled letter).
   */
  List<NameDoc> nameDocs(List<String> sentences, int max) {
    Random rnd = new Random(seed + 13);
    Map<String, List<Integer>> uses = new LinkedHashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String text = sentences.get(s);
      for (int[] w : words(text, w -> w.length() >= 4 && Character.isUpperCase(w.charAt(0))
          && w.substring(1).chars().allMatch(Character::isLowerCase))) {
        if (w[0] > 0) {
          List<Integer> list = uses.computeIfAbsent(text.substring(w[0], w[1]), k -> new ArrayList<>());
          if (list.isEmpty() || list.get(list.size() - 1) != s) {
            list.add(s);
          }
        }
      }
    }
    List<NameDoc> out = new ArrayList<>();
    List<String> names = new ArrayList<>(uses.keySet());
    java.util.Collections.shuffle(names, rnd);
    for (String name : names) {
      List<Integer> in = uses.get(name);
      if (in.size() < 3) {
        continue;
      }
      List<Integer> three = new ArrayList<>(in);
      java.util.Collections.shuffle(three, rnd);
      three = new ArrayList<>(three.subList(0, 3));
      three.sort(null);
      int which = rnd.nextInt(3);
      String text = sentences.get(three.get(which));
      List<int[]> at = new ArrayList<>();
      for (int[] w : words(text, w -> w.equals(name))) {
        if (w[0] > 0) {
          at.add(w);
        }
      }
      int[] w = at.get(rnd.nextInt(at.size()));
      String misspelt = misspell(name, rnd);
      if (misspelt == null || known.test(misspelt)) {
        continue;
      }
      List<String> doc = new ArrayList<>();
      for (int s : three) {
        doc.add(sentences.get(s));
      }
      doc.set(which, text.substring(0, w[0]) + misspelt + text.substring(w[1]));
      out.add(new NameDoc(doc, which, w[0], w[0] + misspelt.length(), name, misspelt));
      if (out.size() == max) {
        break;
      }
    }
    return out;
  }

  private static String misspell(String name, Random rnd) {
    int kind = rnd.nextInt(3);
    int i = 1 + rnd.nextInt(name.length() - 2);
    switch (kind) {
      case 0:
        String t = transpose(name.substring(1), rnd);
        return t == null ? null : name.charAt(0) + t.toLowerCase();
      case 1:
        return name.substring(0, i) + name.substring(i + 1);
      default:
        return name.substring(0, i + 1) + name.charAt(i) + name.substring(i + 1);
    }
  }

  private static List<int[]> words(String text, Predicate<String> keep) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      boolean attached = m.start() > 0 && "'’-".indexOf(text.charAt(m.start() - 1)) >= 0
          || m.end() < text.length() && "'’-".indexOf(text.charAt(m.end())) >= 0 && !text.startsWith("'s", m.end())
              && !text.startsWith("’s", m.end());
      if (!attached && keep.test(m.group())) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static List<Integer> order(int n, Random rnd) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      idx.add(i);
    }
    java.util.Collections.shuffle(idx, rnd);
    return idx;
  }
}
