package com.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.server.TestServer;
import com.copydesk.ui.check.PreferencesDialog;
import com.copydesk.ui.check.ServerPreference;
import java.net.ServerSocket;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Preferences ▸ "Check with a Copydesk server at …", and the fallback when it cannot be reached. */
class DeskServerTest extends DeskFixture {
  static final String TEXT = "The ferry could reluctant to sail. Our comittee met on Monday.\n";

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  @Test
  void checksOnTheChosenServer(FxRobot robot) throws Exception {
    fx(() -> {
      desk.useServerPreference(new ServerPreference(true, TestServer.uri().toString()));
      return null;
    });
    openDraft(robot, TEXT);

    assertThat(issues()).anyMatch(i -> i.ruleId().equals("AUX_MODAL_BE"))
        .anyMatch(i -> i.ruleId().equals(SPELLING_RULE));
    assertThat(TestServer.log()).anyMatch(l -> l.startsWith("POST /v2/check 200"));
    assertThat(settings.get("check.server.use")).contains("true");
  }

  @Test
  void fallsBackToThisComputerWithAVisibleNoticeWhenTheServerIsGone(FxRobot robot) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String gone = "http://127.0.0.1:" + port;
    fx(() -> {
      desk.useServerPreference(new ServerPreference(true, gone));
      return null;
    });
    openDraft(robot, TEXT);

    assertThat(issues()).anyMatch(i -> i.ruleId().equals("AUX_MODAL_BE"));
    waitUntil(() -> desk.status().message().startsWith("Checking on this computer: cannot reach the Copydesk server at " + gone));
  }

  @Test
  void preferencesRefuseAnAddressThatIsNotOneAndSayWhy(FxRobot robot) throws Exception {
    String problem = fx(() -> {
      PreferencesDialog d = new PreferencesDialog(desk.stage(), new ServerPreference(false, ""));
      d.useServerBox().setSelected(true);
      d.addressField().setText("localhost:8081");
      Button ok = (Button) d.dialog().getDialogPane().lookupButton(ButtonType.OK);
      ActionEvent press = new ActionEvent(ok, ok);
      ok.fireEvent(press);
      return d.problemLabel().getText();
    });
    assertThat(problem).contains("is not a server address").contains("http://127.0.0.1:8081");
  }
}
