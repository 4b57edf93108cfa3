package com.copydesk.eval;

import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.Proofreader;
import com.copydesk.core.Variant;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/** The two checkers compared: Copydesk as a new user gets it, and plain LanguageTool. */
final class Checkers {
  private Checkers() {}

  /** Checks a document of sentences (one paragraph each) and returns each sentence's flags. */
  interface Checker {
    List<List<Flag>> check(List<String> sentences);
  }

  /** Copydesk with the default settings for the variant, the sentences checked as one document. */
  static Checker copydesk(Proofreader proofreader, String lang) {
    CheckSettings settings = CheckSettings.of(Variant.fromCode(lang).orElseThrow());
    return sentences -> {
      String text = String.join("\n\n", sentences);
      int[] starts = new int[sentences.size()];
      for (int i = 1; i < starts.length; i++) {
        starts[i] = starts[i - 1] + sentences.get(i - 1).length() + 2;
      }
      List<List<Flag>> out = new ArrayList<>();
      sentences.forEach(s -> out.add(new ArrayList<>()));
      for (Issue issue : proofreader.check(new Draft(text), settings).issues()) {
        int s = sentenceAt(starts, issue.start());
        int base = starts[s];
        out.get(s).add(new Flag(issue.ruleId(), issue.start() - base, issue.end() - base, issue.coveredText(),
            issue.replacements()));
      }
      return out;
    };
  }

  private static int sentenceAt(int[] starts, int offset) {
    int s = 0;
    while (s + 1 < starts.length && starts[s + 1] <= offset) {
      s++;
    }
    return s;
  }

  /** Plain LanguageTool, each sentence checked as a paragraph; results cached on disk by sentence. */
  static final class Plain implements Checker, AutoCloseable {
    private final JLanguageTool lt;
    private final SpellingCheckRule speller;
    private final Path cacheFile;
    private final Map<String, List<Flag>> cache;
    private boolean changed;

    Plain(String lang, Path cacheDir) {
      lt = new JLanguageTool(Languages.getLanguageForShortCode(lang));
      SpellingCheckRule found = null;
      for (Rule r : lt.getAllActiveRules()) {
        if (r instanceof SpellingCheckRule s && r.isDictionaryBasedSpellingRule()) {
          found = s;
        }
      }
      speller = found;
      cacheFile = cacheDir == null ? null : cacheDir.resolve("trust-plain-" + lang + ".bin");
      cache = cacheFile == null ? new HashMap<>() : read(cacheFile);
    }

    /** True when LanguageTool's speller knows the word. */
    boolean knows(String word) {
      try {
        return !speller.isMisspelled(word);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public List<List<Flag>> check(List<String> sentences) {
      List<List<Flag>> out = new ArrayList<>();
      for (String s : sentences) {
        out.add(cache.computeIfAbsent(s, this::checkOne));
      }
      return out;
    }

    private List<Flag> checkOne(String sentence) {
      changed = true;
      List<Flag> flags = new ArrayList<>();
      try {
        for (RuleMatch m : lt.check(sentence)) {
          List<String> reps = m.getSuggestedReplacements();
          flags.add(new Flag(m.getRule().getId(), m.getFromPos(), m.getToPos(),
              sentence.substring(m.getFromPos(), m.getToPos()), reps.subList(0, Math.min(5, reps.size()))));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return List.copyOf(flags);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Flag>> read(Path file) {
      if (!Files.exists(file)) {
        return new HashMap<>();
      }
      try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
        return (Map<String, List<Flag>>) in.readObject();
      } catch (IOException | ClassNotFoundException | ClassCastException e) {
        return new HashMap<>();
      }
    }

    @Override
    public void close() throws IOException {
      if (cacheFile != null && changed) {
        Files.createDirectories(cacheFile.getParent());
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(cacheFile))) {
          out.writeObject(new HashMap<>(cache));
        }
      }
    }
  }
}
