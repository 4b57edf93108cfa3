package com.copydesk.rules.grammar;

import java.util.Locale;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.chunking.ChunkTag;

/**
 * A read-only view of one analysed sentence: the non-whitespace tokens (without LanguageTool's
 * SENT_START marker), their disambiguated tags, their lexical tags (all readings before
 * disambiguation), chunks and character positions. Indexes outside the sentence are tolerated and
 * answer "no" / "".
 */
public final class Tokens {
  private final AnalyzedTokenReadings[] tokens;
  private final AnalyzedTokenReadings[] lexical;

  public Tokens(AnalyzedSentence sentence) {
    this.tokens = dropSentenceStart(sentence.getTokensWithoutWhitespace());
    AnalyzedTokenReadings[] pre = dropSentenceStart(sentence.getPreDisambigTokensWithoutWhitespace());
    this.lexical = pre.length == tokens.length ? pre : tokens;
  }

  private static AnalyzedTokenReadings[] dropSentenceStart(AnalyzedTokenReadings[] all) {
    if (all.length > 0 && all[0].isSentenceStart()) {
      AnalyzedTokenReadings[] out = new AnalyzedTokenReadings[all.length - 1];
      System.arraycopy(all, 1, out, 0, out.length);
      return out;
    }
    return all;
  }

  public int size() {
    return tokens.length;
  }

  public boolean valid(int i) {
    return i >= 0 && i < tokens.length;
  }

  /** The token as written (a typographic apostrophe that LanguageTool normalised is put back). */
  public String word(int i) {
    if (!valid(i)) {
      return "";
    }
    String w = tokens[i].getToken();
    return tokens[i].hasTypographicApostrophe() ? w.replace('\'', '\u2019') : w;
  }

  /** The token in lower case with straight apostrophes, for comparisons with word lists. */
  public String lower(int i) {
    return valid(i) ? tokens[i].getToken().toLowerCase(Locale.ROOT).replace('\u2019', '\'') : "";
  }

  public boolean is(int i, String word) {
    return lower(i).equals(word);
  }

  public boolean isAny(int i, Set<String> words) {
    return valid(i) && words.contains(lower(i));
  }

  /** Disambiguated reading with exactly this tag. */
  public boolean tag(int i, String tag) {
    return valid(i) && tokens[i].hasPosTag(tag);
  }

  /** Disambiguated reading whose tag starts with the prefix. */
  public boolean tagStarts(int i, String prefix) {
    return valid(i) && tokens[i].hasPosTagStartingWith(prefix);
  }

  /** Dictionary reading (before disambiguation) with exactly this tag. */
  public boolean lex(int i, String tag) {
    return valid(i) && lexical[i].hasPosTag(tag);
  }

  /** Dictionary reading (before disambiguation) whose tag starts with the prefix. */
  public boolean lexStarts(int i, String prefix) {
    return valid(i) && lexical[i].hasPosTagStartingWith(prefix);
  }

  /** True when the word has no dictionary reading at all (names, codes, numbers LanguageTool doesn't know). */
  public boolean unknown(int i) {
    if (!valid(i)) {
      return false;
    }
    for (AnalyzedToken r : lexical[i]) {
      if (r.getPOSTag() != null && !r.getPOSTag().startsWith("SENT_") && !r.getPOSTag().equals("PARA_END")) {
        return false;
      }
    }
    return true;
  }

  public boolean lemma(int i, String lemma) {
    return valid(i) && (tokens[i].hasLemma(lemma) || lexical[i].hasLemma(lemma));
  }

  /** The lemma of a verb reading (VB*), or the lower-case word if there is none. */
  public String verbLemma(int i) {
    String fallback = null;
    if (valid(i)) {
      for (AnalyzedToken r : lexical[i]) {
        String tag = r.getPOSTag();
        if (tag != null && tag.startsWith("VB") && r.getLemma() != null) {
          if (!tag.equals("VB") && !tag.equals("VBP")) {
            return r.getLemma().toLowerCase(Locale.ROOT);
          }
          fallback = fallback == null ? r.getLemma().toLowerCase(Locale.ROOT) : fallback;
        }
      }
    }
    return fallback != null ? fallback : lower(i);
  }

  /** Does any verb reading (VB*) of the word have one of these lemmas? */
  public boolean hasVerbLemma(int i, Set<String> lemmas) {
    if (valid(i)) {
      for (AnalyzedToken r : lexical[i]) {
        if (r.getPOSTag() != null && r.getPOSTag().startsWith("VB") && r.getLemma() != null
            && lemmas.contains(r.getLemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Does any verb reading (VB*) of the word have a lemma that passes the test? */
  public boolean hasVerbLemma(int i, java.util.function.Predicate<String> test) {
    if (valid(i)) {
      for (AnalyzedToken r : lexical[i]) {
        if (r.getPOSTag() != null && r.getPOSTag().startsWith("VB") && r.getLemma() != null
            && test.test(r.getLemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The dictionary readings of a word (before disambiguation). */
  public Iterable<AnalyzedToken> readings(int i) {
    return valid(i) ? lexical[i] : java.util.List.of();
  }

  public boolean chunk(int i, String chunkPrefix) {
    if (!valid(i)) {
      return false;
    }
    for (ChunkTag c : tokens[i].getChunkTags()) {
      if (c.getChunkTag().startsWith(chunkPrefix)) {
        return true;
      }
    }
    return false;
  }

  public boolean capitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  public boolean punctuation(int i) {
    String w = word(i);
    return !w.isEmpty() && !Character.isLetterOrDigit(w.codePointAt(0));
  }

  /** Start offset of the token in the sentence text. */
  public int start(int i) {
    return tokens[i].getStartPos();
  }

  public int end(int i) {
    return tokens[i].getEndPos();
  }

  /** True if whitespace separates this token from the previous one. */
  public boolean spaceBefore(int i) {
    return valid(i) && tokens[i].isWhitespaceBefore();
  }
}
