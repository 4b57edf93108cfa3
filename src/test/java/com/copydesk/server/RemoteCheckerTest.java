package com.copydesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.copydesk.core.Category;
import com.copydesk.core.Draft;
import com.copydesk.core.Issue;
import com.copydesk.engine.CheckResult;
import com.copydesk.engine.CheckRouting;
import com.copydesk.engine.CheckServerException;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.RemoteChecker;
import com.copydesk.engine.ServerAddress;
import com.copydesk.engine.TestEngine;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine's client for a Copydesk server, and the desk's routing between it and this machine. */
class RemoteCheckerTest {
  private static final String DRAFT = "The harbour board said the Quillabee ferry could reluctant to sail.\n"
      + "Quillabee crews hoping for calmer seas, the board said.\n";

  private static ServerAddress server() {
    return ServerAddress.parse(TestServer.uri().toString());
  }

  private static ServerAddress nothingListening() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return ServerAddress.parse("http://127.0.0.1:" + s.getLocalPort());
    }
  }

  private static List<String> summary(List<Issue> issues) {
    return issues.stream().map(i -> i.ruleId() + "@" + i.start() + ":" + i.coveredText() + "->" + i.replacements()
        + " in " + i.context()).collect(Collectors.toList());
  }

  @Test
  void personalWordsAndSwitchedOffCategoriesApplyAsTheyDoHere() {
    CheckSettings settings = CheckSettings.defaults().withPersonalWords(Set.of("Quillabee"))
        .withDisabledCategories(Set.of(Category.STYLE));
    try (RemoteChecker remote = new RemoteChecker(server())) {
      List<Issue> there = remote.check(new Draft(DRAFT), settings).issues();
      List<Issue> here = TestEngine.proofreader().check(new Draft(DRAFT), settings).issues();
      assertThat(summary(there)).isEqualTo(summary(here));
      assertThat(there).noneMatch(i -> i.coveredText().equals("Quillabee"));
      assertThat(there).anyMatch(i -> i.ruleId().equals("AUX_MODAL_BE"));
    }
  }

  @Test
  void aCheckAgainReusesItsCacheAndSendsOnlyTheChangedParagraph() {
    try (RemoteChecker remote = new RemoteChecker(server())) {
      remote.check(new Draft(DRAFT), CheckSettings.defaults());
      CheckResult again = remote.check(new Draft(DRAFT + "A third paragraph which widely expected.\n"),
          CheckSettings.defaults());
      assertThat(again.checkedParagraphs()).isEqualTo(1);
      assertThat(again.reusedParagraphs()).isEqualTo(2);
    }
  }

  @Test
  void aServerThatCannotBeReachedSaysSo() throws Exception {
    ServerAddress nowhere = nothingListening();
    try (RemoteChecker remote = new RemoteChecker(nowhere)) {
      assertThatThrownBy(() -> remote.check(new Draft(DRAFT), CheckSettings.defaults()))
          .isInstanceOfSatisfying(CheckServerException.class, e -> assertThat(e.unreachable()).isTrue())
          .hasMessageStartingWith("cannot reach the Copydesk server at " + nowhere);
    }
  }

  @Test
  void routingFallsBackToThisMachineWithANoticeWhenTheServerIsGone() throws Exception {
    List<String> notices = new CopyOnWriteArrayList<>();
    try (CheckRouting routing = new CheckRouting(TestEngine.proofreader(), notices::add)) {
      routing.useServer(nothingListening());
      CheckResult result = routing.check(new Draft(DRAFT), CheckSettings.defaults());

      assertThat(result.issues()).anyMatch(i -> i.ruleId().equals("AUX_MODAL_BE"));
      assertThat(notices).hasSize(1);
      assertThat(notices.get(0)).startsWith("Checking on this computer: cannot reach the Copydesk server at");

      routing.useServer(server());
      assertThat(routing.check(new Draft(DRAFT), CheckSettings.defaults()).issues())
          .anyMatch(i -> i.ruleId().equals("AUX_MODAL_BE"));
      assertThat(notices).hasSize(1);
    }
  }

  @Test
  void addressesAreReadTheWayCopyEditorsTypeThem() {
    assertThat(ServerAddress.parse(" http://127.0.0.1:8081/v2/ ").endpoint("check").toString())
        .isEqualTo("http://127.0.0.1:8081/v2/check");
    assertThatThrownBy(() -> ServerAddress.parse("localhost:8081")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a server address");
  }
}
