package com.copydesk.engine.speller;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpeller;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

class SpellerAutomataTest {
  private static Language english;
  private static SpellerWordLists lists;
  private static byte[] automaton;
  private static byte[] info;

  @TempDir
  Path folder;

  @BeforeAll
  static void build() throws IOException {
    english = Languages.getLanguageForShortCode("en-US");
    lists = SpellerWordLists.of((MorfologikSpellerRule) english.getDefaultSpellingRule(), english);
    automaton = lists.buildAutomaton();
    info = lists.info();
  }

  @Test
  void readsTheListsLanguageToolReads() {
    assertThat(lists.binaryDict()).isEqualTo("/en/hunspell/en_US.dict");
    assertThat(lists.plainLists()).contains("spelling_global.txt", "/en/multiwords.txt");
    assertThat(lists.variantList()).isEqualTo("en/hunspell/spelling_en-US.txt");
    assertThat(lists.baseName()).isEqualTo("en_US");
  }

  /**
   * The automaton accepts what LanguageTool's own, built by LanguageTool from the same text, accepts:
   * every word of ours, and every word of the lists that the binary dictionary alone does not know.
   */
  @Test
  void acceptsWhatLanguageToolsOwnAutomatonAccepts() throws IOException {
    MorfologikMultiSpeller theirs = languageToolsOwn();
    Files.write(folder.resolve("ours.dict"), automaton);
    Files.write(folder.resolve("ours.info"), info);
    MorfologikSpeller oursAlone = new MorfologikSpeller(folder.resolve("ours.dict").toString(), 1);
    MorfologikSpeller binaryOnly = new MorfologikSpeller(lists.binaryDict(), 1);
    Set<String> ours = sequences(Dictionary.read(new ByteArrayInputStream(automaton), new ByteArrayInputStream(info)));
    assertThat(ours).hasSizeGreaterThan(20_000).contains("LanguageTool");
    for (String word : ours) {
      assertThat(theirs.isMisspelled(word)).as(word).isFalse();
    }
    int onlyInLists = 0;
    for (String candidate : rawCandidates()) {
      if (binaryOnly.isMisspelled(candidate) && !theirs.isMisspelled(candidate)) {
        onlyInLists++;
        assertThat(oursAlone.isMisspelled(candidate)).as(candidate).isFalse();
      }
    }
    assertThat(onlyInLists).isGreaterThan(1000);
  }

  @Test
  void keepsAndReadsBackASoundCopy() throws IOException {
    SpellerCache cache = new SpellerCache(folder);
    String fingerprint = lists.fingerprint();
    cache.write("en_US", fingerprint, new SpellerCache.Entry(info, automaton));
    SpellerCache.Entry read = cache.read("en_US", fingerprint).orElseThrow();
    assertThat(read.automaton()).isEqualTo(automaton);
    assertThat(read.info()).isEqualTo(info);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(cache.file("en_US", fingerprint).getFileName().toString());
    }
  }

  @Test
  void neverTrustsADamagedCopy() throws IOException {
    SpellerCache cache = new SpellerCache(folder);
    String fingerprint = lists.fingerprint();
    byte[] sound = SpellerCache.serialise(fingerprint, new SpellerCache.Entry(info, automaton));
    Path file = cache.file("en_US", fingerprint);
    Files.createDirectories(folder);

    byte[] flipped = sound.clone();
    flipped[flipped.length / 2] ^= 0x10;
    Files.write(file, flipped);
    assertThat(cache.read("en_US", fingerprint)).isEmpty();

    Files.write(file, java.util.Arrays.copyOf(sound, sound.length - 1000));
    assertThat(cache.read("en_US", fingerprint)).isEmpty();

    Files.write(file, "not a speller cache at all".getBytes(UTF_8));
    assertThat(cache.read("en_US", fingerprint)).isEmpty();

    Files.write(file, new byte[0]);
    assertThat(cache.read("en_US", fingerprint)).isEmpty();

    Files.write(file, sound);
    assertThat(cache.read("en_US", "0".repeat(64))).as("another fingerprint").isEmpty();
    assertThat(cache.read("en_US", fingerprint)).isPresent();
  }

  @Test
  void aDamagedCopyIsRebuiltAndRewritten() throws IOException {
    SpellerCache cache = new SpellerCache(folder);
    String fingerprint = lists.fingerprint();
    Path file = cache.file("en_US", fingerprint);
    byte[] sound = SpellerCache.serialise(fingerprint, new SpellerCache.Entry(info, automaton));
    byte[] damaged = sound.clone();
    damaged[damaged.length - 10] ^= 0x01;
    Files.write(file, damaged);

    Dictionary d = SpellerAutomata.readOrBuild(cache, lists);

    assertThat(sequences(d)).contains("LanguageTool");
    assertThat(Files.readAllBytes(file)).isEqualTo(sound);
  }

  @Test
  void aStaleCopyGivesWayToTheNewOne() throws IOException {
    SpellerCache cache = new SpellerCache(folder);
    cache.write("en_US", "f".repeat(64), new SpellerCache.Entry(info, new byte[] {1, 2, 3}));
    SpellerAutomata.readOrBuild(cache, lists);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly(cache.file("en_US", lists.fingerprint()).getFileName().toString());
    }
  }

  @Test
  void aFolderThatCannotBeWrittenStillGivesTheAutomaton() throws IOException {
    Path notAFolder = folder.resolve("file");
    Files.writeString(notAFolder, "in the way");
    Dictionary d = SpellerAutomata.readOrBuild(new SpellerCache(notAFolder.resolve("speller")), lists);
    assertThat(sequences(d)).contains("LanguageTool");
  }

  /** LanguageTool's own automaton of the same text, under a key of its own so that nothing seeded is reused. */
  private static MorfologikMultiSpeller languageToolsOwn() throws IOException {
    List<java.io.InputStream> streams = new ArrayList<>();
    for (String name : lists.plainLists()) {
      streams.add(JLanguageTool.getDataBroker().getFromResourceDirAsStream(name));
    }
    BufferedReader plain = new BufferedReader(new InputStreamReader(new SequenceInputStream(Collections.enumeration(streams)), UTF_8));
    BufferedReader variant = new BufferedReader(new InputStreamReader(
        JLanguageTool.getDataBroker().getFromResourceDirAsStream(lists.variantList()), UTF_8));
    return new MorfologikMultiSpeller(lists.binaryDict(), plain, List.of("copydesk-test-lists"), variant,
        "copydesk-test-variant", null, 1, english);
  }

  private static Set<String> rawCandidates() throws IOException {
    Set<String> out = new HashSet<>();
    List<String> names = new ArrayList<>(lists.plainLists());
    names.add(lists.variantList());
    for (String name : names) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(JLanguageTool.getDataBroker().getFromResourceDirAsStream(name), UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          String word = line.split("#", -1)[0].split("\t")[0].trim();
          if (!word.isEmpty()) {
            out.add(word);
          }
        }
      }
    }
    return out;
  }

  private static Set<String> sequences(Dictionary d) {
    Set<String> out = new HashSet<>();
    for (ByteBuffer b : d.fsa) {
      out.add(new String(b.array(), b.position(), b.remaining(), UTF_8));
    }
    return out;
  }
}
