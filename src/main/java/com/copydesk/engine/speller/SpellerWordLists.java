package com.copydesk.engine.speller;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import morfologik.fsa.FSA;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.fsa.builders.FSABuilder;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.broker.ResourceDataBroker;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikSpellerRule;

/**
 * The plain-text word lists a LanguageTool dictionary speller adds to its binary dictionary
 * ({@code spelling.txt}, {@code spelling_global.txt}, {@code multiwords.txt}, the variant's own list), named
 * as the speller names them, and the automaton LanguageTool 6.8 builds from them at every start
 * ({@code MorfologikMultiSpeller}): the same lines, read the same way, sorted the same way, written in the
 * same compact form.
 */
record SpellerWordLists(Language language, String binaryDict, List<String> plainLists, String variantList) {
  private static final String FORMAT = "copydesk speller automaton 1";

  SpellerWordLists {
    plainLists = List.copyOf(plainLists);
  }

  /** The lists {@code rule} reads, or null when it adds none (then LanguageTool builds nothing either). */
  static SpellerWordLists of(MorfologikSpellerRule rule, Language language) {
    ResourceDataBroker broker = JLanguageTool.getDataBroker();
    List<String> plain = new ArrayList<>();
    String spelling = rule.getSpellingFileName();
    if (spelling != null && broker.resourceExists(spelling)) {
      plain.add(spelling);
    }
    for (String name : rule.getAdditionalSpellingFileNames()) {
      if (broker.resourceExists(name)) {
        plain.add(name);
      }
    }
    String variant = rule.getLanguageVariantSpellingFileName();
    if (variant != null && !broker.resourceExists(variant)) {
      variant = null;
    }
    if (plain.isEmpty() || !rule.getFileName().endsWith(JLanguageTool.DICTIONARY_FILENAME_EXTENSION)) {
      return null;
    }
    return new SpellerWordLists(language, rule.getFileName(), plain, variant);
  }

  /** The dictionary's metadata, which the plain lists' automaton shares. */
  String infoPath() {
    return binaryDict.replace(JLanguageTool.DICTIONARY_FILENAME_EXTENSION, ".info");
  }

  /** The key under which LanguageTool keeps the automaton it builds from these lists. */
  String languageToolKey() {
    return plainLists + "|" + infoPath();
  }

  /** A short name for files: the binary dictionary's ("en_US"). */
  String baseName() {
    String name = binaryDict.substring(binaryDict.lastIndexOf('/') + 1);
    return name.substring(0, name.length() - JLanguageTool.DICTIONARY_FILENAME_EXTENSION.length());
  }

  /**
   * What the automaton depends on: LanguageTool's version, the lists' names and every byte of the lists
   * and of the metadata. A cached automaton is used only under the fingerprint it was built with.
   */
  String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String head = String.join("\n", FORMAT, JLanguageTool.VERSION, String.valueOf(JLanguageTool.BUILD_DATE),
          language.getClass().getName(), languageToolKey(), String.valueOf(variantList));
      sha.update(head.getBytes(UTF_8));
      List<String> inputs = new ArrayList<>(plainLists);
      if (variantList != null) {
        inputs.add(variantList);
      }
      inputs.add(infoPath());
      byte[] buffer = new byte[64 * 1024];
      for (String name : inputs) {
        try (InputStream in = open(name)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
          }
        }
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The metadata file's bytes. */
  byte[] info() throws IOException {
    try (InputStream in = open(infoPath())) {
      return in.readAllBytes();
    }
  }

  /** The automaton of every word in the lists, in Morfologik's compact (CFSA2) form. */
  byte[] buildAutomaton() throws IOException {
    List<byte[]> words = words();
    words.sort(FSABuilder.LEXICAL_ORDERING);
    FSA fsa = FSABuilder.build(words);
    return new CFSA2Serializer().serialize(fsa, new java.io.ByteArrayOutputStream()).toByteArray();
  }

  /**
   * The lines LanguageTool takes from the lists: the plain lists read as one stream (so a list that does
   * not end in a line break runs into the next, as there), then the variant's list and the word
   * "LanguageTool"; each line through the language's {@code prepareLineForSpeller}, comments and blanks
   * left out.
   */
  List<byte[]> words() throws IOException {
    List<byte[]> words = new ArrayList<>();
    List<InputStream> streams = new ArrayList<>();
    for (String name : plainLists) {
      streams.add(open(name));
    }
    try (BufferedReader all = new BufferedReader(
        new InputStreamReader(new SequenceInputStream(Collections.enumeration(streams)), UTF_8))) {
      addLines(all, words);
    }
    if (variantList != null) {
      try (BufferedReader variant = new BufferedReader(new InputStreamReader(open(variantList), UTF_8))) {
        addLines(variant, words);
      }
      words.add(SpellingCheckRule.LANGUAGETOOL.getBytes(UTF_8));
    }
    return words;
  }

  private void addLines(BufferedReader reader, List<byte[]> words) throws IOException {
    for (String original = reader.readLine(); original != null; original = reader.readLine()) {
      for (String line : language.prepareLineForSpeller(original)) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String word = line.split("#")[0].trim();
        if (!word.isEmpty()) {
          words.add(word.getBytes(UTF_8));
        }
      }
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = JLanguageTool.getDataBroker().getFromResourceDirAsStream(name);
    if (in == null) {
      throw new IOException("LanguageTool resource missing: " + name);
    }
    return in;
  }
}
