package com.copydesk.rules.eval;

import com.copydesk.rules.CopydeskRules;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * Checks paragraphs the way the product does: LanguageTool with Copydesk's rules added, LanguageTool
 * matches overlapping a Copydesk match dropped, offsets in code points, at most five replacements.
 *
 * <p>With a cache file, plain LanguageTool's matches are computed once and reused, and later runs only
 * run Copydesk's rules (they are the only ones that change while tuning).
 */
final class EvalChecker {
  private final JLanguageTool lt;
  private final Path cacheFile;
  private final Map<String, List<Issue>> plainCache;
  private boolean auxOnly;

  EvalChecker(String langCode, Path cacheFile) {
    Language language = Languages.getLanguageForShortCode(langCode);
    this.lt = new JLanguageTool(language);
    for (Rule r : CopydeskRules.forLanguage(language)) {
      lt.addRule(r);
    }
    this.cacheFile = cacheFile;
    this.plainCache = cacheFile == null ? new HashMap<>() : readCache(cacheFile);
  }

  /** Checks all paragraphs, returning issues per paragraph (same order). */
  List<List<Issue>> checkAll(List<String> paragraphs) throws IOException {
    auxOnly = cacheFile != null && plainCache.keySet().containsAll(paragraphs);
    if (auxOnly) {
      for (Rule r : lt.getAllActiveRules()) {
        if (!CopydeskRules.isCopydeskRule(r.getId())) {
          lt.disableRule(r.getId());
        }
      }
    }
    List<List<Issue>> out = new ArrayList<>();
    for (String p : paragraphs) {
      out.add(check(p));
    }
    if (cacheFile != null && !auxOnly) {
      writeCache(cacheFile, plainCache);
    }
    return out;
  }

  private List<Issue> check(String paragraph) throws IOException {
    List<Issue> aux = new ArrayList<>();
    List<Issue> plain = new ArrayList<>();
    for (RuleMatch m : lt.check(paragraph)) {
      Issue issue = toIssue(paragraph, m);
      (CopydeskRules.isCopydeskRule(issue.ruleId()) ? aux : plain).add(issue);
    }
    if (auxOnly) {
      plain = plainCache.get(paragraph);
    } else {
      plainCache.put(paragraph, List.copyOf(plain));
    }
    List<Issue> all = new ArrayList<>(aux);
    for (Issue p : plain) {
      if (!overlapsAny(p, aux)) {
        all.add(p);
      }
    }
    return all;
  }

  private static boolean overlapsAny(Issue p, Collection<Issue> aux) {
    for (Issue a : aux) {
      if (p.offset() < a.end() && a.offset() < p.end()) {
        return true;
      }
    }
    return false;
  }

  private static Issue toIssue(String text, RuleMatch m) {
    int from = text.codePointCount(0, m.getFromPos());
    int len = text.codePointCount(m.getFromPos(), m.getToPos());
    List<String> reps = m.getSuggestedReplacements();
    return new Issue(m.getRule().getId(), from, len, List.copyOf(reps.subList(0, Math.min(5, reps.size()))));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<Issue>> readCache(Path file) {
    if (!Files.exists(file)) {
      return new HashMap<>();
    }
    try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
      return (Map<String, List<Issue>>) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      return new HashMap<>();
    }
  }

  private static void writeCache(Path file, Map<String, List<Issue>> cache) {
    try {
      Files.createDirectories(file.getParent());
      try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
        out.writeObject(new HashMap<>(cache));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
