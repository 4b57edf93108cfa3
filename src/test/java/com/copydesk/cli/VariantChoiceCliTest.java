package com.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Variant;
import com.copydesk.settings.UserSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without --lang (or with --lang auto) each file is checked in the variant its own English shows. */
class VariantChoiceCliTest {
  static final String BRITISH = "Council leaders have criticised the plan to close the library.\n\n"
      + "Mr Hughes said the centre of town would suffer and that the figures had not been analysed.\n\n"
      + "The programme would save £4.2m by 14 March, the council said. Its colour scheme was also criticised.\n";
  static final String AMERICAN = "The city council approved a $412 million budget on Tuesday.\n\n"
      + "Mr. Delgado said labor costs had risen 6 percent and the recreation centers would close early.\n\n"
      + "The budget takes effect July 1, after the mayor signs it; the task force was organized in the fall.\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static JsonNode files(CliRun run) throws Exception {
    return new ObjectMapper().readTree(run.stdout()).get("files");
  }

  @Test
  void eachFileIsCheckedInItsOwnVariantAndTheReportSaysWhy() throws Exception {
    Path gb = write("london.txt", BRITISH);
    Path us = write("boston.txt", AMERICAN);
    CliRun run = CliRun.of("check", "--format", "json", gb.toString(), us.toString());
    JsonNode files = files(run);
    assertThat(files.get(0).get("language").asText()).isEqualTo("en-GB");
    assertThat(files.get(0).get("languageReason").asText()).startsWith("from the spelling: 6 British forms, 0 American");
    assertThat(files.get(1).get("language").asText()).isEqualTo("en-US");
    // checked as British: "colour", "centre" and "programme" are not misspellings
    for (JsonNode issue : files.get(0).get("issues")) {
      assertThat(issue.get("category").asText() + " " + issue.get("replacements"))
          .doesNotContain("color", "center", "program\"");
    }
    CliRun auto = CliRun.of("check", "--format", "json", "--lang", "auto", gb.toString());
    assertThat(files(auto).get(0).get("language").asText()).isEqualTo("en-GB");
  }

  @Test
  void langAlwaysWins() throws Exception {
    Path gb = write("london.txt", BRITISH);
    CliRun run = CliRun.of("check", "--format", "json", "--lang", "en-US", gb.toString());
    JsonNode file = files(run).get(0);
    assertThat(file.get("language").asText()).isEqualTo("en-US");
    assertThat(file.get("languageReason").asText()).isEqualTo("given with --lang");
    boolean colourFlagged = false;
    for (JsonNode issue : file.get("issues")) {
      colourFlagged |= issue.get("replacements").toString().contains("\"color\"");
    }
    assertThat(colourFlagged).as("checked as American English, 'colour' is flagged").isTrue();
  }

  @Test
  void aDraftThatGivesNoClueKeepsTheDefaultAndTheTextReportSaysSo() throws Exception {
    Path f = write("note.txt", "The meeting starts at noon in the main hall.\n");
    CliRun run = CliRun.of("check", f.toString());
    String fallback = UserSettings.load().variant().label();
    assertThat(run.stderr()).contains("note.txt: checked as " + fallback
        + " — the default: the draft gives no clue to its variant");
    assertThat(run.out()).startsWith("No issues in 1 file.");
  }

  @Test
  void theDesksChoiceForAFileIsHonouredUnlessLangIsGiven() throws Exception {
    Path f = write("sydney.txt", BRITISH);
    UserSettings settings = UserSettings.load();
    settings.setVariantFor(f, Variant.EN_AU);
    settings.save();
    try {
      assertThat(files(CliRun.of("check", "--format", "json", f.toString())).get(0).get("language").asText())
          .isEqualTo("en-AU");
      assertThat(files(CliRun.of("check", "--format", "json", "--lang", "en-NZ", f.toString())).get(0)
          .get("language").asText()).isEqualTo("en-NZ");
    } finally {
      settings = UserSettings.load();
      settings.setVariantFor(f, null);
      settings.save();
    }
  }

  @Test
  void fixReadsTheVariantToo() throws Exception {
    Path gb = write("london.txt", BRITISH + "\nThe the council will meet again.\n");
    CliRun run = CliRun.of("fix", "--all", gb.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.stderr()).contains("checked as English (UK) — from the spelling");
    // British spellings kept; the doubled word fixed
    assertThat(run.out()).contains("colour scheme", "centre of town", "The programme", "\nThe council will meet");
  }

  @Test
  void anUnknownVariantNamesTheChoicesIncludingAuto() throws Exception {
    Path f = write("note.txt", "Noon.\n");
    CliRun run = CliRun.of("check", "--lang", "en-XX", f.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr()).contains("unknown language 'en-XX'", "en-ZA or auto");
  }
}
