package com.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  static final String DRAFT = "Harbour news 😀\n\nThe ferry operator said passengers would recieve refunds.\n";

  @TempDir
  Path dir;

  Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void jsonReportHasTheContractedShapeWithCodePointOffsets() throws Exception {
    Path f = write("draft.txt", DRAFT);
    CliRun run = CliRun.of("check", "--format", "json", "--lang", "en-GB", f.toString());
    assertThat(run.exit()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(run.stdout());
    assertThat(root.get("version").asInt()).isEqualTo(1);
    assertThat(root.fieldNames()).toIterable().containsExactly("version", "files");
    JsonNode file = root.get("files").get(0);
    assertThat(file.get("path").asText()).isEqualTo(f.toString());
    assertThat(file.get("language").asText()).isEqualTo("en-GB");
    JsonNode issue = null;
    for (JsonNode i : file.get("issues")) {
      if (i.get("replacements").size() > 0 && i.get("replacements").get(0).asText().equals("receive")) {
        issue = i;
      }
    }
    assertThat(issue).as("the misspelling is reported").isNotNull();
    List<String> fields = List.of("offset", "length", "line", "column", "ruleId", "category", "message",
        "shortMessage", "replacements", "context");
    Iterator<String> names = issue.fieldNames();
    assertThat(names).toIterable().containsExactlyElementsOf(fields);
    int cpOffset = DRAFT.codePointCount(0, DRAFT.indexOf("recieve"));
    assertThat(issue.get("offset").asInt()).isEqualTo(cpOffset).isEqualTo(DRAFT.indexOf("recieve") - 1);
    assertThat(issue.get("length").asInt()).isEqualTo(7);
    assertThat(issue.get("line").asInt()).isEqualTo(3);
    assertThat(issue.get("column").asInt()).isEqualTo(42);
    assertThat(issue.get("category").asText()).isEqualTo("SPELLING");
    JsonNode context = issue.get("context");
    String ctx = context.get("text").asText();
    assertThat(ctx.substring(context.get("offset").asInt(), context.get("offset").asInt() + 7)).isEqualTo("recieve");
  }

  @Test
  void issuesInsideAPageFurnitureLineAreMarkedInClutter() throws Exception {
    String page = "Monday, June 2, 2025\n\nHarbour ferry timetable changes\n\n"
        + "The ferry will leave half an hour earlier from next week, the operator said.\n\n"
        + "Read more: Ferry operator recieve new boat\n";
    Path f = write("page.txt", page);
    CliRun run = CliRun.of("check", "--format", "json", "--lang", "en-GB", f.toString());
    JsonNode issues = new ObjectMapper().readTree(run.stdout()).get("files").get(0).get("issues");
    boolean sawClutter = false;
    for (JsonNode i : issues) {
      String covered = page.substring(i.get("offset").asInt(), i.get("offset").asInt() + i.get("length").asInt());
      if (i.get("category").asText().equals("CLUTTER")) {
        sawClutter = true;
        assertThat(i.get("replacements").get(0).asText()).isEmpty();
        assertThat(i.has("inClutter")).isFalse();
      } else if (covered.equals("recieve")) {
        assertThat(i.get("inClutter").asBoolean()).isTrue();
      } else {
        assertThat(i.has("inClutter")).as(covered).isFalse();
      }
    }
    assertThat(sawClutter).isTrue();
  }

  @Test
  void textReportHasOneLinePerIssueAndASummary() throws Exception {
    Path f = write("draft.txt", DRAFT);
    CliRun run = CliRun.of("check", "--lang", "en-GB", f.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains(f + ":3:42: SPELLING: ")
        .contains("[MORFOLOGIK_RULE_EN_GB] -> receive");
    assertThat(run.out().strip().lines().reduce((a, b) -> b).orElseThrow())
        .matches("\\d+ issues? in 1 file \\(.*\\)\\.");
  }

  @Test
  void aCleanFileExitsZero() throws Exception {
    Path f = write("clean.txt", "The ferry left on time.\n");
    CliRun run = CliRun.of("check", f.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("No issues in 1 file.");
  }

  @Test
  void disabledRulesAreNotReported() throws Exception {
    Path f = write("draft.txt", DRAFT);
    CliRun run = CliRun.of("check", "--lang", "en-GB", "--disable", "MORFOLOGIK_RULE_EN_GB", f.toString());
    assertThat(run.out()).doesNotContain("MORFOLOGIK_RULE_EN_GB");
  }

  @Test
  void everyErrorIsOneLineWithExitTwo() throws Exception {
    Path binary = dir.resolve("photo.txt");
    Files.write(binary, new byte[] {1, 2, 0, 3, 4});
    Path folder = Files.createDirectory(dir.resolve("folder"));
    Path good = write("draft.txt", DRAFT);
    String[][] cases = {
        {"check", dir.resolve("missing.txt").toString()},
        {"check", folder.toString()},
        {"check", binary.toString()},
        {"check", "--lang", "xx-YY", good.toString()},
        {"check", "--format", "yaml", good.toString()},
        {"check"},
        {"frobnicate"},
    };
    for (String[] args : cases) {
      CliRun run = CliRun.of(args);
      assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.stderr().strip()).as(String.join(" ", args)).doesNotContain("\n")
          .startsWith("copydesk: ").doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void oneBadFileAmongGoodOnesStillReportsTheGoodOnes() throws Exception {
    Path good = write("draft.txt", DRAFT);
    CliRun run = CliRun.of("check", "--format", "json", good.toString(), dir.resolve("gone.txt").toString());
    assertThat(run.exit()).isEqualTo(2);
    JsonNode root = new ObjectMapper().readTree(run.stdout());
    assertThat(root.get("files")).hasSize(1);
    assertThat(run.stderr()).contains("gone.txt");
  }

  @Test
  void versionAndHelp() {
    CliRun version = CliRun.of("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("Copydesk ").contains("LanguageTool 6.8");
    CliRun help = CliRun.of("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("check").contains("fix");
  }
}
