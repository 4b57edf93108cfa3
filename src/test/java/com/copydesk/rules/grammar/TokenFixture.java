package com.copydesk.rules.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.chunking.ChunkTag;

/**
 * Builds the {@link Tokens} of one sentence by hand, with exactly the readings a test wants, so the grammar
 * helpers can be tested without LanguageTool's tagger and disambiguator. Each word gets its disambiguated tags
 * and, if they differ, its dictionary tags (all readings before disambiguation).
 *
 * <pre>
 * Tokens t = TokenFixture.sentence()
 *     .w("The", "DT").w("ferry", "NN").v("cancelled", "cancel", "VBD|VBN").w(".", ".").build();
 * </pre>
 */
final class TokenFixture {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", ")", "'s", "n't", "%");

  private final List<AnalyzedTokenReadings> kept = new ArrayList<>();
  private final List<AnalyzedTokenReadings> dictionary = new ArrayList<>();
  private int position;

  static TokenFixture sentence() {
    return new TokenFixture();
  }

  /** A word whose lemma is its lower-case form, with the same tags before and after disambiguation. */
  TokenFixture w(String word, String tags) {
    return add(word, word.toLowerCase(Locale.ROOT), tags, tags);
  }

  /** A word with its lemma (for verbs: "cancelled" has the lemma "cancel"). */
  TokenFixture v(String word, String lemma, String tags) {
    return add(word, lemma, tags, tags);
  }

  /** A word whose dictionary readings ({@code dictionaryTags}) are wider than the disambiguated ones. */
  TokenFixture w(String word, String lemma, String keptTags, String dictionaryTags) {
    return add(word, lemma, keptTags, dictionaryTags);
  }

  /** Chunk tags of the last word ("B-VP", "I-NP-singular" ...). */
  TokenFixture chunk(String... chunks) {
    List<ChunkTag> tags = new ArrayList<>();
    for (String c : chunks) {
      tags.add(new ChunkTag(c));
    }
    kept.get(kept.size() - 1).setChunkTags(tags);
    return this;
  }

  Tokens build() {
    AnalyzedTokenReadings start = new AnalyzedTokenReadings(
        new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null), 0);
    List<AnalyzedTokenReadings> k = new ArrayList<>(List.of(start));
    k.addAll(kept);
    List<AnalyzedTokenReadings> d = new ArrayList<>(List.of(start));
    d.addAll(dictionary);
    return new Tokens(new AnalyzedSentence(k.toArray(new AnalyzedTokenReadings[0]),
        d.toArray(new AnalyzedTokenReadings[0])));
  }

  private TokenFixture add(String word, String lemma, String keptTags, String dictionaryTags) {
    boolean space = !kept.isEmpty() && !NO_SPACE_BEFORE.contains(word);
    position += space ? 1 : 0;
    kept.add(readings(word, lemma, keptTags, space));
    dictionary.add(readings(word, lemma, dictionaryTags, space));
    position += word.length();
    return this;
  }

  private AnalyzedTokenReadings readings(String word, String lemma, String tags, boolean space) {
    List<AnalyzedToken> list = new ArrayList<>();
    for (String tag : tags.split("\\|")) {
      list.add(new AnalyzedToken(word, tag, lemma));
    }
    AnalyzedTokenReadings r = new AnalyzedTokenReadings(list, position);
    r.setWhitespaceBefore(space ? " " : "");
    return r;
  }
}
