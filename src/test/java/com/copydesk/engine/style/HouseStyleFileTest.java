package com.copydesk.engine.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.core.Variant;
import com.copydesk.engine.consistency.FormFamilies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseStyleFileTest {
  @TempDir
  Path dir;

  Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void aHandWrittenStyleIsReadWhateverTheEditorsHabits() throws Exception {
    Path f = write("gazette.style", """
        \uFEFF# The Gazette's style
        Name: The Gazette
        description = Our paper's way

        Rules off:
          COMMA_COMPOUND_SENTENCE, EN_QUOTES   # two on one line
        [ Preferred forms ]
        per cent
        -ise
        towards = toward
        [BANNED]
        utilise -> use
        very unique
        [accepted terms]
        Copydesk; Gazetteer
        """);
    HouseStyle s = HouseStyles.read(f);
    assertThat(s.name()).isEqualTo("The Gazette");
    assertThat(s.description()).isEqualTo("Our paper's way");
    assertThat(s.rulesOff()).containsExactlyInAnyOrder("COMMA_COMPOUND_SENTENCE", "EN_QUOTES");
    assertThat(s.preferred()).containsEntry("per-cent", 0).containsEntry(FormFamilies.ISE_IZE, 0)
        .containsEntry("style-towards", 0);
    assertThat(s.ownFamilies()).singleElement().satisfies(fam -> assertThat(fam.choices()).containsExactly("towards", "toward"));
    assertThat(s.banned()).containsExactly(new HouseStyle.BannedWord("utilise", "use"),
        new HouseStyle.BannedWord("very unique", ""));
    assertThat(s.accepted()).containsExactlyInAnyOrder("Copydesk", "Gazetteer");
    assertThat(s.id()).isEqualTo(f.toAbsolutePath().toString());
  }

  @Test
  void everyMistakeIsReportedWithItsLineNumber() throws Exception {
    Path f = write("bad.style", """
        name: Bad
        colour: blue
        stray line
        [rules off]
        Oxford spelling
        [prefer]
        towards
        realise
        [rules of]
        """);
    assertThatThrownBy(() -> HouseStyles.read(f))
        .isInstanceOf(HouseStyleException.class)
        .hasMessageStartingWith("house style bad.style: ")
        .hasMessageContaining("line 2: unknown setting “colour”")
        .hasMessageContaining("line 3: “stray line” is not in a section")
        .hasMessageContaining("line 5: “Oxford spelling” is not a rule id")
        .hasMessageContaining("line 7: Copydesk knows no other way of writing “towards”; write “towards = other form")
        .hasMessageContaining("line 8: “realise” is one word of the family")
        .hasMessageContaining("line 9: unknown section “[rules of]”")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aStyleCanStartFromAShippedOneAndChangeIt() throws Exception {
    Path f = write("ours.style", """
        based on: newsroom-gb
        [rules on]
        COMMA_COMPOUND_SENTENCE
        [prefer]
        per cent
        """);
    HouseStyle s = HouseStyles.read(f);
    HouseStyle base = HouseStyles.shipped("newsroom-gb").orElseThrow();
    assertThat(s.rulesOff()).contains("JONG_UN").doesNotContain("COMMA_COMPOUND_SENTENCE");
    assertThat(s.rulesOn()).contains("COMMA_COMPOUND_SENTENCE");
    assertThat(s.preferred()).containsAllEntriesOf(base.preferred()).containsEntry("per-cent", 0);
    assertThat(s.addsAccents()).isFalse();
  }

  @Test
  void aStyleBasedOnItselfOrOnNothingKnownIsRefused() throws Exception {
    Path loop = write("loop.style", "based on: loop.style\n");
    assertThatThrownBy(() -> HouseStyles.read(loop)).hasMessageContaining("based on itself");
    Path unknown = write("unknown.style", "based on: gazette-2\n");
    assertThatThrownBy(() -> HouseStyles.read(unknown)).hasMessageContaining("line 1: no house style “gazette-2”");
  }

  @Test
  void styleFilesMustBeText() throws Exception {
    Path f = dir.resolve("binary.style");
    Files.write(f, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0x41, (byte) 0xc3});
    assertThatThrownBy(() -> HouseStyles.read(f)).hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void shippedStylesAndTheDefaultForEachVariant() throws Exception {
    assertThat(HouseStyles.shipped()).extracting(HouseStyle::id).containsExactly("us-wire", "newsroom-gb", "book");
    HouseStyle gb = HouseStyles.defaultFor(Variant.EN_GB.code());
    assertThat(gb.id()).isEqualTo("newsroom-gb");
    assertThat(gb.preferred()).containsEntry(FormFamilies.ISE_IZE, 0);
    assertThat(HouseStyles.defaultFor(Variant.EN_US.code()).id()).isEqualTo("us-wire");
    for (Variant v : Variant.values()) {
      assertThat(HouseStyles.defaultFor(v.code())).as(v.code()).isNotNull();
    }
    assertThat(HouseStyles.resolve("Book").preferred()).containsKey("per-cent");
    assertThatThrownBy(() -> HouseStyles.resolve("chicago"))
        .hasMessage("no house style “chicago”: use us-wire, newsroom-gb or book, or the path of a .style file");
  }
}
