package com.copydesk.engine;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.core.Markup;
import com.copydesk.core.MarkupGuard;
import com.copydesk.core.SentenceContext;
import com.copydesk.core.Span;
import com.copydesk.engine.names.NameGuard;
import com.copydesk.engine.names.NameJudge;
import com.copydesk.engine.names.UnfamiliarNames;
import com.copydesk.engine.names.WordForms;
import com.copydesk.rules.CopydeskRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.languagetool.CheckResults;
import org.languagetool.JLanguageTool;
import org.languagetool.SentenceRange;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;

/**
 * Checks one paragraph with one LanguageTool instance. Not thread-safe, like LanguageTool itself:
 * each worker thread owns its own checker.
 */
final class ParagraphChecker {
  static final int MAX_REPLACEMENTS = 5;
  private static final int MAX_CONTEXT = 400;

  private final CheckSettings settings;
  private final JLanguageTool lt;
  private final RuleCatalog rules;
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("(?<![\\p{L}'’])\\p{Lu}\\p{L}*(?![\\p{L}'’])");

  private final NameJudge names;
  private final NameGuard guard;
  private final SpellerLexicon lexicon;

  ParagraphChecker(CheckSettings settings) {
    this(settings, new RuleCatalog());
  }

  ParagraphChecker(CheckSettings settings, RuleCatalog rules) {
    this(settings, LanguageToolFactory.create(settings), rules);
  }

  private ParagraphChecker(CheckSettings settings, JLanguageTool lt, RuleCatalog rules) {
    this.settings = settings;
    this.lt = lt;
    this.rules = rules;
    this.lexicon = SpellerLexicon.of(lt, LanguageToolFactory.acceptedWords(settings));
    this.names = lexicon == null ? null : new NameJudge(lexicon);
    this.guard = lexicon == null ? null : new NameGuard(lexicon, settings.houseStyle().addsAccents());
  }

  private ParagraphChecker(CheckSettings settings, ParagraphChecker same) {
    this.settings = settings;
    this.lt = same.lt;
    this.rules = same.rules;
    this.names = same.names;
    this.guard = same.guard;
    this.lexicon = same.lexicon;
  }

  /** The same LanguageTool instance under settings that differ only in what is filtered afterwards. */
  ParagraphChecker withSettings(CheckSettings other) {
    return new ParagraphChecker(other, this);
  }

  CheckSettings settings() {
    return settings;
  }

  /** Issues in {@code source}, with spans relative to its start. */
  List<Issue> check(String source, List<Markup> markup) {
    AnnotatedText annotated = annotate(source, markup);
    CheckResults results;
    try {
      results = lt.check2(annotated, true, JLanguageTool.ParagraphHandling.NORMAL, null,
          JLanguageTool.Mode.ALL,
          settings.picky() ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SentenceRange> sentences = results.getSentenceRanges();
    List<Issue> issues = new ArrayList<>();
    for (RuleMatch match : results.getRuleMatches()) {
      rules.remember(match.getRule());
      Issue issue = toIssue(match, source, sentences);
      if (issue != null && !settings.disabledCategories().contains(issue.category())) {
        issues.add(issue);
      }
    }
    // fixes must never overwrite markup (a tag, a code span, a link target) that the checker did not see
    return MarkupGuard.apply(preferCopydeskRules(issues), markup);
  }

  static AnnotatedText annotate(String source, List<Markup> markup) {
    AnnotatedTextBuilder b = new AnnotatedTextBuilder();
    int pos = 0;
    for (Markup m : markup) {
      if (m.span().start() > pos) {
        b.addText(source.substring(pos, m.span().start()));
      }
      b.addMarkup(source.substring(m.span().start(), m.span().end()), m.interpretAs());
      pos = m.span().end();
    }
    if (pos < source.length()) {
      b.addText(source.substring(pos));
    }
    return b.build();
  }

  /**
   * The issue for one LanguageTool match, or null when it is not worth a card. A capitalised word the
   * speller does not know is judged by {@link NameJudge} without asking the speller for suggestions
   * (the costliest part of a check): a name becomes an {@link UnfamiliarNames} entry, a slip in a known
   * word gets its correction. Other rules' suggestions that would rewrite a name are dropped by
   * {@link NameGuard}, and a match left with no suggestion that only existed to offer one is dropped.
   */
  private Issue toIssue(RuleMatch match, String source, List<SentenceRange> sentences) {
    int from = Math.max(0, Math.min(match.getFromPos(), source.length()));
    int to = Math.max(from, Math.min(match.getToPos(), source.length()));
    String covered = source.substring(from, to);
    String ruleId = match.getRule().getId();
    String message = MessageText.plain(match.getMessage());
    String shortMessage = MessageText.plain(match.getShortMessage());
    boolean speller = SpellerLexicon.isSpellerRule(ruleId);
    List<String> replacements;
    if (names != null && CopydeskRules.isCopydeskRule(ruleId)) {
      Issue slip = misspeltWordIn(match, source, from, to, sentences);
      if (slip != null) {
        return slip;
      }
    }
    if (names != null && speller && isOneCapitalisedWord(covered)) {
      replacements = names.corrections(covered);
      if (replacements.isEmpty()) {
        ruleId = UnfamiliarNames.RULE_ID;
        message = UnfamiliarNames.MESSAGE;
        shortMessage = UnfamiliarNames.SHORT_MESSAGE;
      }
    } else {
      List<String> suggested = match.getSuggestedReplacements();
      replacements = new ArrayList<>(new LinkedHashSet<>(suggested));
      if (speller && lexicon != null) {
        replacements = slipsFirst(covered, replacements);
      }
      if (guard != null && !replacements.isEmpty()) {
        replacements = guard.keep(covered, replacements, opensSentence(source, from, sentences));
        if (replacements.isEmpty()) {
          return null;
        }
      }
    }
    if (replacements.size() > MAX_REPLACEMENTS) {
      replacements = replacements.subList(0, MAX_REPLACEMENTS);
    }
    return new Issue(
        new Span(from, to),
        ruleId,
        CategoryMapper.of(match.getRule()),
        message,
        shortMessage,
        replacements,
        covered,
        context(source, from, to, sentences));
  }

  private static boolean isOneCapitalisedWord(String covered) {
    return !covered.isEmpty() && Character.isUpperCase(covered.codePointAt(0))
        && covered.codePoints().noneMatch(Character::isWhitespace);
  }

  /**
   * A dropped-verb rule reads the words around the gap; when one of them is a capitalised word with a
   * strong slip correction ("Jsut looking"), LanguageTool has already let the rule's match push the
   * speller's aside, but the spelling comes first: the issue is the misspelling, with its correction.
   */
  private Issue misspeltWordIn(RuleMatch match, String source, int from, int to, List<SentenceRange> sentences) {
    java.util.regex.Matcher m = WORD.matcher(source).region(from, to);
    while (m.find()) {
      String word = m.group();
      if (lexicon.knows(word)) {
        continue;
      }
      List<String> fixes = names.strongCorrections(word);
      if (!fixes.isEmpty()) {
        List<String> top = fixes.subList(0, Math.min(MAX_REPLACEMENTS, fixes.size()));
        return new Issue(new Span(m.start(), m.end()), lexicon.ruleId(), Category.SPELLING,
            "Possible spelling mistake found.", "Spelling mistake", top, word,
            context(source, m.start(), m.end(), sentences));
      }
    }
    return null;
  }

  /**
   * For a word in small letters, the speller's suggestions in the writer's case ("ohter" gets "other",
   * not "Other"), after the known words that undo a swap of two neighbouring letters — the commonest
   * slip — most common first ("itme" → "time" before "item", "baet" → "beat" before "abet").
   */
  private List<String> slipsFirst(String covered, List<String> suggested) {
    if (covered.isEmpty() || !Character.isLowerCase(covered.codePointAt(0))) {
      return suggested;
    }
    List<String> swaps = new ArrayList<>();
    for (String t : WordForms.transpositions(covered)) {
      if (lexicon.knows(t)) {
        swaps.add(t);
      }
    }
    swaps.sort(java.util.Comparator.comparingInt(lexicon::frequency).reversed());
    LinkedHashSet<String> out = new LinkedHashSet<>(swaps);
    for (String r : suggested) {
      String lower = r.toLowerCase(java.util.Locale.ROOT);
      boolean capitalisedWord = !r.isEmpty() && Character.isUpperCase(r.codePointAt(0)) && !r.equals(lower)
          && r.substring(1).equals(lower.substring(1)) && lexicon.knows(lower);
      out.add(capitalisedWord ? lower : r);
    }
    return new ArrayList<>(out);
  }

  /** True when only punctuation and spaces stand between the start of the sentence and {@code from}. */
  private static boolean opensSentence(String source, int from, List<SentenceRange> sentences) {
    int start = 0;
    for (SentenceRange s : sentences) {
      if (s.getFromPos() <= from) {
        start = s.getFromPos();
      }
    }
    for (int i = Math.max(0, Math.min(start, from)); i < from; i++) {
      if (Character.isLetterOrDigit(source.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The sentence around the issue, cut to a readable length around it when very long. */
  static SentenceContext context(String source, int from, int to, List<SentenceRange> sentences) {
    int start = 0;
    int end = source.length();
    for (SentenceRange s : sentences) {
      if (s.getFromPos() <= from && from < Math.max(s.getToPos(), s.getFromPos() + 1)) {
        start = Math.max(0, Math.min(s.getFromPos(), from));
        end = Math.min(source.length(), Math.max(s.getToPos(), to));
        break;
      }
    }
    start = Math.max(start, from - MAX_CONTEXT / 2);
    end = Math.min(end, Math.max(to, from + MAX_CONTEXT / 2));
    while (start < from && Character.isWhitespace(source.charAt(start))) {
      start++;
    }
    while (end > to && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    return new SentenceContext(source.substring(start, end), from - start, to - from);
  }

  /**
   * Where one of Copydesk's own rules found a dropped verb, LanguageTool's matches on the same words
   * (e.g. "won't detained" → "detain") are dropped, so the copy editor sees one issue with the right fix.
   */
  static List<Issue> preferCopydeskRules(List<Issue> issues) {
    List<Issue> ours = new ArrayList<>();
    for (Issue i : issues) {
      if (CopydeskRules.isCopydeskRule(i.ruleId())) {
        ours.add(i);
      }
    }
    if (ours.isEmpty()) {
      return issues;
    }
    List<Issue> out = new ArrayList<>();
    for (Issue i : issues) {
      boolean ourOwn = CopydeskRules.isCopydeskRule(i.ruleId());
      if (ourOwn || ours.stream().noneMatch(o -> o.span().overlaps(i.span()))) {
        out.add(i);
      }
    }
    return out;
  }
}
