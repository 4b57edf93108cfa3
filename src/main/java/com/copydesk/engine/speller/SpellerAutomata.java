package com.copydesk.engine.speller;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import morfologik.stemming.Dictionary;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spares LanguageTool its dearest start-up step. At every start, the first time its dictionary speller
 * looks at a word, LanguageTool 6.8 builds an automaton from the plain word lists it adds to the binary
 * dictionary (about 70,000 lines; a fifth to a quarter of a cold check's CPU) and keeps it for the rest of
 * the process in {@code MorfologikMultiSpeller}'s table of built dictionaries. Here that automaton is built
 * once, the same way ({@link SpellerWordLists}), kept in a {@link SpellerCache} under the data folder, and
 * on later starts read back (a few milliseconds) and put in that table before LanguageTool looks, so
 * LanguageTool finds it built.
 *
 * <p>The table is private, and is reached by reflection, once per dictionary; that is deliberate. The
 * overridable parts of the speller do not reach it: the English speller rules are final classes whose
 * spellers are set up in a private method, and LanguageTool builds the same automaton through other,
 * hard-wired paths too (the default spelling rule of the registered "en" language, used by the
 * multi-word speller and its pattern filter; the number-in-word filter's own speller rule), which no
 * subclass of a rule or a language replaces. Seeding the table covers every path with the very object
 * LanguageTool would have built. If the table cannot be reached (another LanguageTool version), nothing
 * is seeded and LanguageTool builds as before; a cache that is missing, stale or damaged is rebuilt, and
 * no failure here ever stops a check.
 */
public final class SpellerAutomata {
  private static final Logger LOG = LoggerFactory.getLogger(SpellerAutomata.class);
  private static final Object LOCK = new Object();
  private static final Set<String> DONE = new HashSet<>();
  private static volatile SpellerCache cache;

  private SpellerAutomata() {}

  /** Keeps automata in {@code folder} from now on; without a folder, LanguageTool builds them at every start. */
  public static void keepIn(Path folder) {
    cache = folder == null ? null : new SpellerCache(folder);
  }

  /** Where automata are kept, if anywhere. */
  public static Optional<Path> folder() {
    SpellerCache c = cache;
    return c == null ? Optional.empty() : Optional.of(c.folder());
  }

  /**
   * Makes sure the automata LanguageTool's spellers for {@code language} will ask for are built: its own
   * default speller's and, for English, that of the registered "en" language, which LanguageTool's
   * multi-word speller uses whatever the variant. Call before the first check in {@code language}.
   */
  public static void prepare(Language language) {
    SpellerCache c = cache;
    if (c == null) {
      return;
    }
    prepare(c, language, language);
    if ("en".equals(language.getShortCode())) {
      Language generic = Languages.getLanguageForShortCode("en");
      prepare(c, generic, generic);
    }
  }

  private static void prepare(SpellerCache c, Language language, Language owner) {
    try {
      SpellingCheckRule rule = owner.getDefaultSpellingRule();
      if (rule instanceof MorfologikSpellerRule speller) {
        SpellerWordLists lists = SpellerWordLists.of(speller, language);
        if (lists != null) {
          seed(c, lists);
        }
      }
    } catch (RuntimeException e) {
      LOG.debug("speller automaton not prepared for {}; LanguageTool builds it", language, e);
    }
  }

  private static void seed(SpellerCache c, SpellerWordLists lists) {
    String key = lists.languageToolKey();
    synchronized (LOCK) {
      if (!DONE.add(key)) {
        return;
      }
      Map<String, Dictionary> built = languageToolsTable();
      if (built == null || built.containsKey(key)) {
        return;
      }
      Dictionary dictionary = readOrBuild(c, lists);
      if (dictionary != null) {
        built.putIfAbsent(key, dictionary);
      }
    }
  }

  /** The automaton from the cache, or built and then cached; null if even building fails. */
  static Dictionary readOrBuild(SpellerCache c, SpellerWordLists lists) {
    String fingerprint = lists.fingerprint();
    Optional<SpellerCache.Entry> kept = c.read(lists.baseName(), fingerprint);
    if (kept.isPresent()) {
      Dictionary d = dictionary(kept.get());
      if (d != null) {
        return d;
      }
    }
    SpellerCache.Entry entry;
    try {
      entry = new SpellerCache.Entry(lists.info(), lists.buildAutomaton());
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not build the speller automaton for {}", lists.binaryDict(), e);
      return null;
    }
    try {
      c.write(lists.baseName(), fingerprint, entry);
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not keep the speller automaton in {}", c.folder(), e);
    }
    return dictionary(entry);
  }

  private static Dictionary dictionary(SpellerCache.Entry entry) {
    try {
      return Dictionary.read(new ByteArrayInputStream(entry.automaton()), new ByteArrayInputStream(entry.info()));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Dictionary> languageToolsTable() {
    try {
      Field field = MorfologikMultiSpeller.class.getDeclaredField("dicPathToDict");
      field.setAccessible(true);
      Object table = field.get(null);
      return table instanceof Map ? (Map<String, Dictionary>) table : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("LanguageTool's table of built dictionaries is out of reach", e);
      return null;
    }
  }
}
