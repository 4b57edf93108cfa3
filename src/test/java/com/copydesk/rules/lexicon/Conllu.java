package com.copydesk.rules.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads CoNLL-U treebank files (Universal Dependencies): one sentence at a time, words only (multi-word token
 * ranges and empty nodes are skipped), with each word's dependents at hand. Only the files a SPLITS.tsv
 * table marks as training data are read.
 */
final class Conllu {
  private Conllu() {}

  /** One syntactic word. {@code id} and {@code head} are 1-based; head 0 is the root. */
  record Word(int id, String form, String lemma, String upos, String xpos, String feats, int head, String deprel) {
    String lowerForm() {
      return form.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    String lowerLemma() {
      return lemma.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    boolean feature(String nameValue) {
      for (String f : feats.split("\\|")) {
        if (f.equals(nameValue)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A sentence: its words in order and, for each word, its dependents. */
  record Sentence(List<Word> words, List<List<Word>> dependents) {
    Word word(int id) {
      return id >= 1 && id <= words.size() ? words.get(id - 1) : null;
    }

    List<Word> dependentsOf(Word w) {
      return dependents.get(w.id());
    }

    boolean hasDependent(Word w, String deprel) {
      for (Word d : dependentsOf(w)) {
        if (d.deprel().equals(deprel)) {
          return true;
        }
      }
      return false;
    }

    Word dependent(Word w, String deprel) {
      for (Word d : dependentsOf(w)) {
        if (d.deprel().equals(deprel)) {
          return d;
        }
      }
      return null;
    }
  }

  /** The files SPLITS.tsv (columns treebank, official_split, used_as, path) lists as used for training. */
  static List<Path> trainingFiles(Path root) throws IOException {
    List<Path> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(root.resolve("SPLITS.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t");
      if (c.length >= 4 && c[2].equals("train")) {
        out.add(root.resolve(c[3]));
      }
    }
    return out;
  }

  static void forEachSentence(List<Path> files, Consumer<Sentence> action) {
    for (Path file : files) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        List<Word> words = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) {
            emit(words, action);
            words = new ArrayList<>();
          } else if (!line.startsWith("#")) {
            String[] c = line.split("\t");
            if (c.length == 10 && c[0].matches("\\d+")) {
              words.add(new Word(Integer.parseInt(c[0]), c[1], c[2], c[3], c[4], c[5], Integer.parseInt(c[6]), c[7]));
            }
          }
        }
        emit(words, action);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void emit(List<Word> words, Consumer<Sentence> action) {
    if (words.isEmpty()) {
      return;
    }
    List<List<Word>> deps = new ArrayList<>();
    for (int i = 0; i <= words.size(); i++) {
      deps.add(new ArrayList<>());
    }
    for (Word w : words) {
      if (w.head() >= 0 && w.head() <= words.size()) {
        deps.get(w.head()).add(w);
      }
    }
    action.accept(new Sentence(List.copyOf(words), deps));
  }
}
