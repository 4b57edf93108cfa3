package com.copydesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDiffTest {
  @Test
  void characterEditsAreTrimmedToWhatChanged() {
    List<Edit> edits = TextDiff.edits("He recieved a leter.", "He received a letter.", TextDiff.Granularity.CHARACTERS);
    assertThat(edits).containsExactly(new Edit(6, "ie", "ei"), new Edit(17, "", "t"));
  }

  @Test
  void wordEditsKeepWholeWords() {
    List<Edit> edits = TextDiff.edits("He recieved a leter.", "He received a letter.", TextDiff.Granularity.WORDS);
    assertThat(edits).containsExactly(new Edit(3, "recieved", "received"), new Edit(14, "leter", "letter"));
    assertThat(TextDiff.edits("he going home", "he is going home", TextDiff.Granularity.WORDS))
        .containsExactly(new Edit(3, "", "is "));
  }

  @Test
  void editsAlwaysRebuildTheNewText() {
    Random random = new Random(11);
    String alphabet = "ab \u00e9.\ud83d\ude00";
    for (int i = 0; i < 500; i++) {
      String a = randomText(random, alphabet);
      String b = randomText(random, alphabet);
      for (TextDiff.Granularity g : TextDiff.Granularity.values()) {
        List<Edit> edits = TextDiff.edits(a, b, g);
        assertThat(TextDiff.apply(a, edits)).isEqualTo(b);
        for (int k = 1; k < edits.size(); k++) {
          assertThat(edits.get(k).start()).isGreaterThan(edits.get(k - 1).removedSpan().end());
        }
      }
    }
  }

  private static String randomText(Random r, String alphabet) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    int[] cps = alphabet.codePoints().toArray();
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(cps[r.nextInt(cps.length)]);
    }
    return sb.toString();
  }
}
