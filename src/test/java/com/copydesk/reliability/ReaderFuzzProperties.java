package com.copydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.DocumentFormat;
import com.copydesk.formats.Documents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random bytes into every reader: each either reads a document or refuses with a
 * {@link DocumentException}; nothing else escapes (no runtime exception, no error).
 */
class ReaderFuzzProperties {
  static final byte[] DOCX;

  static {
    try {
      DOCX = HostileFiles.docx("The lifeboat was launched at dawn, and the crew returned by noon.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<byte[]> anyBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    Arbitrary<byte[]> textLike = Arbitraries.strings().ofMaxLength(400)
        .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Arbitrary<byte[]> markupLike = Arbitraries.strings().withChars("<>/&;#!-`*_[]()\"' =abcpdivhtml\n")
        .ofMaxLength(400).map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Arbitrary<byte[]> damagedWord = Arbitraries.integers().between(0, DOCX.length - 1).list().ofMinSize(1).ofMaxSize(8)
        .map(positions -> {
          byte[] b = DOCX.clone();
          for (int p : positions) {
            b[p] = (byte) (b[p] ^ 0x5A);
          }
          return b;
        });
    Arbitrary<byte[]> cutWord = Arbitraries.integers().between(0, DOCX.length)
        .map(n -> java.util.Arrays.copyOf(DOCX, n));
    return Arbitraries.oneOf(random, textLike, markupLike, damagedWord, cutWord);
  }

  @Property(tries = 400)
  void everyReaderReadsOrRefusesCleanly(@ForAll("anyBytes") byte[] bytes) {
    List<DocumentFormat> formats = Documents.formats();
    assertThat(formats).hasSizeGreaterThanOrEqualTo(4);
    for (DocumentFormat format : formats) {
      Path path = Path.of("fuzz." + format.extensions().get(0));
      try {
        Document doc = format.read(path, bytes);
        assertThat(doc.text()).isNotNull();
        doc.draft().paragraphs();
      } catch (DocumentException refused) {
        assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
      }
    }
  }
}
