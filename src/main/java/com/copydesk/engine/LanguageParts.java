package com.copydesk.engine;

import com.copydesk.engine.speller.SpellerAutomata;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

/**
 * The parts of a LanguageTool language that every check needs besides its rules, and that take long to
 * load: the speller's automata ({@link SpellerAutomata}), the disambiguator with its multi-word tables, the
 * OpenNLP chunker and its models, the tagger, the synthesizer and the tokenizers, each loaded by taking one
 * sentence through them. They load once per
 * language and process, on a thread of their own, while the caller builds its {@code JLanguageTool} (whose
 * pattern rules take about as long to read): on two cores the two halves of LanguageTool's start run side
 * by side. Each part is kept by the language itself, so whoever needs one first simply waits for it; a part
 * that fails to load here is left for LanguageTool to load (and report) as usual.
 */
final class LanguageParts {
  private static final Map<Language, CompletableFuture<Void>> LOADING = new ConcurrentHashMap<>();
  private static final String SENTENCE = "The harbour board will meet again on Tuesday, as it said in a statement.";

  private LanguageParts() {}

  /** Starts loading {@code language}'s parts unless that has begun; the future completes when they are in. */
  static CompletableFuture<Void> load(Language language) {
    return LOADING.computeIfAbsent(language, l -> {
      CompletableFuture<Void> done = new CompletableFuture<>();
      Thread t = new Thread(() -> {
        try {
          loadParts(l);
        } finally {
          done.complete(null);
        }
      }, "copydesk-languagetool-parts");
      t.setDaemon(true);
      t.start();
      return done;
    });
  }

  private static void loadParts(Language language) {
    // the speller first: LanguageTool must find its automata before any speller looks at a word
    quietly(() -> SpellerAutomata.prepare(language));
    quietly(() -> language.getSentenceTokenizer().tokenize(SENTENCE));
    quietly(() -> analyse(language));
    quietly(language::getSynthesizer);
  }

  /**
   * One sentence through LanguageTool's analysis, as a check does it (words, tags, chunks, the
   * disambiguator): some parts, like the multi-word tables, fill themselves only at their first sentence.
   */
  private static void analyse(Language language) throws java.io.IOException {
    List<String> words = language.getWordTokenizer().tokenize(SENTENCE);
    List<AnalyzedTokenReadings> tagged = language.getTagger().tag(words);
    if (language.getChunker() != null) {
      language.getChunker().addChunkTags(tagged);
    }
    AnalyzedTokenReadings[] tokens = new AnalyzedTokenReadings[tagged.size() + 1];
    tokens[0] = new AnalyzedTokenReadings(
        new AnalyzedToken[] {new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null)}, 0);
    int at = 0;
    for (int i = 0; i < tagged.size(); i++) {
      tagged.get(i).setStartPos(at);
      at += tagged.get(i).getToken().length();
      tokens[i + 1] = tagged.get(i);
    }
    AnalyzedSentence sentence = language.getDisambiguator().disambiguate(new AnalyzedSentence(tokens));
    if (language.getPostDisambiguationChunker() != null) {
      language.getPostDisambiguationChunker().addChunkTags(Arrays.asList(sentence.getTokens()));
    }
  }

  private static void quietly(Runnable part) {
    try {
      part.run();
    } catch (RuntimeException | java.io.IOException e) {
      // LanguageTool loads the part itself when a check needs it, and reports what goes wrong then
    }
  }

  @FunctionalInterface
  private interface Runnable {
    void run() throws java.io.IOException;
  }
}
