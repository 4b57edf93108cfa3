package com.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --names, check/fix --style, and names never rewritten by fix --all. */
class StyleAndNamesCliTest {
  static final String STORY = "Harbour talks\n\n"
      + "The harbour master, Ingrid Solvang-Reid, met Tobiah Quarrington on Tuesday.\n\n"
      + "Quarrington said the Pellworth quay would reopen, and Solvang-Reid agreed.\n\n"
      + "Both said they would recieve the report on Wendesday.\n";

  @TempDir
  Path dir;

  Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void namesAreListedToVerifyAndAreNotIssues() throws Exception {
    Path f = write("story.txt", STORY);
    CliRun names = CliRun.of("check", "--names", "--lang", "en-GB", f.toString());
    assertThat(names.exit()).isEqualTo(1);
    assertThat(names.out()).contains(f + ":3:53: NAME: Quarrington (2 uses)")
        .contains("NAME: Pellworth (1 use)").doesNotContain("recieve").doesNotContain("Wendesday");
    assertThat(names.out().strip().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ names to verify in 1 file\\.");

    CliRun json = CliRun.of("check", "--format", "json", "--lang", "en-GB", f.toString());
    JsonNode issues = new ObjectMapper().readTree(json.stdout()).get("files").get(0).get("issues");
    for (JsonNode i : issues) {
      int offset = i.get("offset").asInt();
      String covered = STORY.substring(offset, offset + i.get("length").asInt());
      assertThat(covered).doesNotContain("Quarrington").doesNotContain("Pellworth").doesNotContain("Solvang");
    }
    assertThat(issues.findValuesAsText("ruleId")).doesNotContain("UNFAMILIAR_NAME");

    CliRun namesJson = CliRun.of("check", "--names", "--format", "json", "--lang", "en-GB", f.toString());
    JsonNode list = new ObjectMapper().readTree(namesJson.stdout()).get("files").get(0).get("names");
    JsonNode q = null;
    for (JsonNode n : list) {
      if (n.get("name").asText().equals("Quarrington")) {
        q = n;
      }
    }
    assertThat(q).isNotNull();
    assertThat(q.get("count").asInt()).isEqualTo(2);
    assertThat(q.get("uses").get(1).get("offset").asInt()).isEqualTo(STORY.lastIndexOf("Quarrington"));
  }

  @Test
  void fixAllCorrectsTyposAndLeavesNamesAlone() throws Exception {
    Path f = write("story.txt", STORY);
    CliRun run = CliRun.of("fix", "--all", "--lang", "en-GB", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(STORY.replace("recieve", "receive").replace("Wendesday", "Wednesday"));
  }

  @Test
  void aStyleFileChangesWhatIsFlagged() throws Exception {
    Path style = write("gazette.style", "name: The Gazette\n[prefer]\nper cent\n[banned]\nutilise -> use\n");
    Path f = write("prices.txt", "Prices rose 4% as firms utilise spare capacity.\n");
    CliRun run = CliRun.of("check", "--lang", "en-GB", "--style", style.toString(), f.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("STYLE: The house style (The Gazette) writes per cent: “4 per cent”. [HOUSE_STYLE_PER_CENT] -> 4 per cent")
        .contains("[HOUSE_STYLE_BANNED] -> use");
    CliRun plain = CliRun.of("check", "--lang", "en-GB", "--style", "newsroom-gb", f.toString());
    assertThat(plain.out()).doesNotContain("HOUSE_STYLE");
  }

  @Test
  void aStyleWithMistakesIsAOneLineErrorNamingTheLine() throws Exception {
    Path style = write("bad.style", "[prefer]\ntowards\n");
    Path f = write("prices.txt", "Prices rose.\n");
    CliRun run = CliRun.of("check", "--style", style.toString(), f.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.stderr().strip()).startsWith("copydesk: house style bad.style: line 2: ").doesNotContain("\n");
    CliRun unknown = CliRun.of("fix", "--all", "--style", "chicago", f.toString());
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.stderr()).contains("no house style “chicago”");
  }
}
