package com.copydesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.TestEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.languagetool.remote.CheckConfigurationBuilder;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;

/** `copydesk serve` as LanguageTool's own HTTP client and plain HTTP see it. */
class ServerApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String sample() throws IOException {
    try (InputStream in = ServerApiTest.class.getResourceAsStream("/com/copydesk/samples/coastal-rail-reopening.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RemoteLanguageTool client() throws IOException {
    return new RemoteLanguageTool(new URL(TestServer.uri().toString()));
  }

  private static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static Optional<RemoteRuleMatch> matchOn(RemoteResult result, String text, String covered) {
    return result.getMatches().stream()
        .filter(m -> text.substring(m.getErrorOffset(), m.getErrorOffset() + m.getErrorLength()).equals(covered))
        .findFirst();
  }

  @Test
  void languageToolsOwnClientGetsTheDroppedVerbsWithTheRightFirstSuggestion() throws IOException {
    String sample = sample();
    RemoteResult result = client().check(sample, "en-US");

    assertThat(result.getLanguageCode()).isEqualTo("en-US");
    Map<String, String> expected = Map.of(
        "not raised", "not be raised",
        "to crowded", "to be crowded",
        "There also", "There are also",
        "announced", "was announced");
    expected.forEach((covered, first) -> {
      RemoteRuleMatch m = matchOn(result, sample, covered).orElseThrow(
          () -> new AssertionError("no match on '" + covered + "' in " + result.getMatches()));
      assertThat(m.getRuleId()).startsWith("AUX_");
      assertThat(m.getReplacements().orElseThrow().get(0)).isEqualTo(first);
      assertThat(m.getCategoryId()).contains("GRAMMAR");
      assertThat(m.getLocQualityIssueType()).contains("grammar");
      assertThat(m.getRuleDescription()).isNotBlank();
    });
  }

  @Test
  void answersTheSameIssuesAsCheckingOnThisMachine() throws IOException {
    String sample = sample();
    RemoteResult remote = client().check(sample, "en-US");
    var local = TestEngine.proofreader().check(new com.copydesk.core.Draft(sample), CheckSettings.defaults()).issues();

    assertThat(remote.getMatches().stream()
            .map(m -> m.getRuleId() + "@" + m.getErrorOffset() + "+" + m.getErrorLength() + "->"
                + m.getReplacements().orElse(List.of()).stream().findFirst().orElse(""))
            .collect(Collectors.toList()))
        .containsExactlyElementsOf(local.stream()
            .map(i -> i.ruleId() + "@" + i.start() + "+" + (i.end() - i.start()) + "->" + i.firstReplacement().orElse(""))
            .collect(Collectors.toList()));
  }

  @Test
  void offsetsCountUtf16CodeUnitsAsLanguageToolsApiDoes() throws IOException {
    String text = "\uD83D\uDE00\uD83D\uDE00 Fares will not raised this year.";
    RemoteRuleMatch m = matchOn(client().check(text, "en-US"), text, "not raised").orElseThrow();
    // two emoji are four UTF-16 units (two code points) before "Fares"
    assertThat(m.getErrorOffset()).isEqualTo(text.indexOf("not raised")).isEqualTo(16);
  }

  @Test
  void annotatedTextSkipsMarkupButCountsItInOffsets() throws IOException {
    String data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"Fares will \"},{\"markup\":\"<b>\"},"
        + "{\"text\":\"not raised\"},{\"markup\":\"</b>\"},{\"text\":\" this year.\"},"
        + "{\"markup\":\"</p>\",\"interpretAs\":\"\\n\\n\"},{\"text\":\"The goverment agreed.\"}]}";
    HttpResponse<String> r = TestServer.post("/v2/check", form(Map.of("language", "en-GB", "data", data)));

    assertThat(r.statusCode()).isEqualTo(200);
    String all = "<p>Fares will <b>not raised</b> this year.</p>The goverment agreed.";
    List<String> covered = new ArrayList<>();
    for (JsonNode m : JSON.readTree(r.body()).get("matches")) {
      int offset = m.get("offset").asInt();
      covered.add(all.substring(offset, offset + m.get("length").asInt()));
    }
    assertThat(covered).contains("goverment");
    assertThat(covered).noneMatch(c -> c.contains("<"));
  }

  @Test
  void rulesAndCategoriesCanBeChosenPerRequest() throws IOException {
    String text = "Fares will not raised this year, the goverment said.";
    RemoteResult all = client().check(text, "en-US");
    assertThat(all.getMatches()).extracting(RemoteRuleMatch::getRuleId).contains("AUX_MODAL_BE", "MORFOLOGIK_RULE_EN_US");

    RemoteResult only = client().check(text, new CheckConfigurationBuilder("en-US")
        .enabledRuleIds("AUX_MODAL_BE").enabledOnly().build());
    assertThat(only.getMatches()).extracting(RemoteRuleMatch::getRuleId).containsExactly("AUX_MODAL_BE");

    RemoteResult without = client().check(text, new CheckConfigurationBuilder("en-US")
        .disabledRuleIds("AUX_MODAL_BE").build());
    assertThat(without.getMatches()).extracting(RemoteRuleMatch::getRuleId).doesNotContain("AUX_MODAL_BE");

    HttpResponse<String> noSpelling = TestServer.post("/v2/check",
        form(Map.of("language", "en-US", "text", text, "disabledCategories", "SPELLING")));
    assertThat(noSpelling.body()).contains("AUX_MODAL_BE").doesNotContain("MORFOLOGIK");
  }

  @Test
  void autoAndEnReadTheVariantFromTheTextUnlessAPreferredOneIsNamed() throws IOException {
    String british = "The council's organisation of the harbour programme was criticised; the colour of "
        + "the new signs, the neighbours said, was favoured by nobody and the travellers were fed up.";
    HttpResponse<String> auto = TestServer.post("/v2/check", form(Map.of("language", "auto", "text", british)));
    assertThat(JSON.readTree(auto.body()).at("/language/code").asText()).isEqualTo("en-GB");
    HttpResponse<String> en = TestServer.send(HttpRequest.newBuilder(
        TestServer.uri().resolve("/v2/check?language=en&text=Hello+there.")).GET().build());
    assertThat(JSON.readTree(en.body()).at("/language/code").asText()).as("no clue: the server's --lang")
        .isEqualTo("en-US");
    HttpResponse<String> preferred = TestServer.post("/v2/check",
        form(Map.of("language", "auto", "preferredVariants", "de-DE,en-AU", "text", british)));
    assertThat(JSON.readTree(preferred.body()).at("/language/code").asText()).isEqualTo("en-AU");
  }

  @Test
  void listsTheSixEnglishVariants() throws IOException {
    HttpResponse<String> r = TestServer.send(HttpRequest.newBuilder(TestServer.uri().resolve("/v2/languages")).GET().build());
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    JSON.readTree(r.body()).forEach(l -> codes.add(l.get("longCode").asText()));
    assertThat(codes).contains("en-US", "en-GB", "en-CA", "en-AU", "en-NZ", "en-ZA");
  }

  @Test
  void badRequestsGetLanguageToolLikeOneLineAnswers() {
    assertError(TestServer.post("/v2/check", "language=en-US"), 400, "Error: Missing 'text' or 'data' parameter");
    assertError(TestServer.post("/v2/check", "text=Hello"), 400, "Error: Missing 'language' parameter");
    assertError(TestServer.post("/v2/check", "language=xx-YY&text=Hello"), 400,
        "Error: 'xx-YY' is not a language code known to Copydesk");
    assertError(TestServer.post("/v2/check", "language=en-US&text=" + "a".repeat(TestServer.MAX_TEXT + 1)), 413,
        "Error: Your text exceeds the limit of 2000 characters");
    assertError(TestServer.post("/v2/check", "language=en-US&text=abc%zzdef"), 400, "Error: Could not decode");
    assertError(TestServer.post("/v2/check", "language=en-US&data=" + URLEncoder.encode("{\"annotation\":[{\"text\":", StandardCharsets.UTF_8)),
        400, "Error: Could not parse JSON from 'data' parameter");
    assertError(TestServer.post("/v2/check", "language=en-US&text=Hi&enabledOnly=true"), 400,
        "Error: You must specify enabled rules or categories when using enabledOnly=true");
    HttpResponse<String> put = TestServer.send(HttpRequest.newBuilder(TestServer.uri().resolve("/v2/check"))
        .PUT(HttpRequest.BodyPublishers.ofString("language=en-US&text=Hi")).build());
    assertError(put, 405, "Error: PUT is not allowed here");
    assertThat(put.headers().firstValue("Allow")).contains("GET, POST");
    assertError(TestServer.send(HttpRequest.newBuilder(TestServer.uri().resolve("/v2/languages"))
        .DELETE().build()), 405, "Error: DELETE is not allowed here");
    assertError(TestServer.send(HttpRequest.newBuilder(TestServer.uri().resolve("/v2/nothing")).GET().build()), 404,
        "Error: Unsupported action: '/v2/nothing'");
    assertError(TestServer.send(HttpRequest.newBuilder(TestServer.uri().resolve("/")).GET().build()), 404,
        "Error: Unsupported action");

    assertError(TestServer.post("/v2/check", "language=en-US&text=Hi&level=fussy"), 400, "Error: Unknown level 'fussy'");
    assertError(TestServer.post("/v2/check", "language=en-US&text=Hi&mode=textLevelOnly"), 400, "Error: Unsupported mode");

    assertThat(TestServer.post("/v2/check", "language=en-US&text=Hello+there.").statusCode()).isEqualTo(200);
    assertThat(TestServer.post("/v2/check", "language=en-US&level=picky&text=Hello+there.").statusCode()).isEqualTo(200);
  }

  private static void assertError(HttpResponse<String> r, int status, String start) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).startsWith(start).doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void fortyEightChecksAtOnceAreAllAnsweredAndTheServerStaysUp() throws IOException {
    String sample = sample();
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      // a different first line each, so no answer comes from the paragraph cache
      String text = "Dispatch number " + i + " from the coast.\n" + sample;
      all.add(TestServer.http().sendAsync(HttpRequest.newBuilder(TestServer.uri().resolve("/v2/check"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("language", "en-US", "text", text))))
              .build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    List<Integer> statuses = all.stream().map(f -> f.join().statusCode()).collect(Collectors.toList());

    assertThat(statuses).hasSize(48).allMatch(s -> s == 200 || s == 503);
    assertThat(statuses).contains(200, 503);
    all.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 503).forEach(r -> {
      assertThat(r.body()).isEqualTo("Error: There are currently too many parallel requests. Please try again later.");
      assertThat(r.headers().firstValue("Retry-After")).isPresent();
    });
    RemoteResult after = client().check("Fares will not raised this year.", "en-US");
    assertThat(after.getMatches()).extracting(RemoteRuleMatch::getRuleId).contains("AUX_MODAL_BE");
  }

  @Test
  void oneRequestNeverSeesAnothersTextAndTheLogNeverShowsText() throws IOException {
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    int n = 3;
    for (int i = 0; i < n; i++) {
      String text = "The report by Zorvak" + (char) ('a' + i) + "ster could reluctant to wait.";
      all.add(TestServer.http().sendAsync(HttpRequest.newBuilder(TestServer.uri().resolve("/v2/check"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("language", "en-US", "text", text))))
              .build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < n; i++) {
      String body = all.get(i).join().body();
      for (int j = 0; j < n; j++) {
        String name = "Zorvak" + (char) ('a' + j) + "ster";
        if (i == j) {
          assertThat(body).contains(name);
        } else {
          assertThat(body).doesNotContain(name);
        }
      }
    }
    assertThat(TestServer.log()).isNotEmpty().noneMatch(line -> line.contains("Zorvak") || line.contains("reluctant"));
  }
}
