package com.copydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import com.copydesk.testing.NetworkWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is sent anywhere: the command line checks and fixes a draft with networking unavailable
 * (a network namespace of its own, as root) while strace records every connect() it makes; not
 * one may be an internet (IPv4/IPv6) connection. A second test shows the watch does catch one.
 */
class PrivacyTest {
  @TempDir
  Path dir;

  @Test
  void checkingAndFixingMakeNoNetworkConnection() throws Exception {
    Path draft = dir.resolve("draft.txt");
    Files.writeString(draft, "The harbour master said the ferrys would recieve new radios.\n");
    NetworkWatch watch = new NetworkWatch(dir.resolve("connect.log"));
    ChildJava.Result check = ChildJava.run(ChildJava.command(watch.wrapper(), "com.copydesk.Main",
        "check", "--format", "json", draft.toString()), 600);
    assertThat(check.exit()).as(check.err()).isEqualTo(1);
    assertThat(check.out()).contains("recieve");
    assertThat(watch.internetConnections()).as("connections made while checking").isEmpty();

    Path fixed = dir.resolve("fixed.txt");
    ChildJava.Result fix = ChildJava.run(ChildJava.command(watch.wrapper(), "com.copydesk.Main",
        "fix", "--all", "-o", fixed.toString(), draft.toString()), 600);
    assertThat(fix.exit()).as(fix.err()).isZero();
    assertThat(watch.internetConnections()).as("connections made while fixing").isEmpty();
  }

  @Test
  void theWatchCatchesAConnectionAttempt() throws Exception {
    NetworkWatch watch = new NetworkWatch(dir.resolve("connect.log"));
    ChildJava.Result r = ChildJava.run(ChildJava.command(watch.wrapper(), TriesToConnect.class.getName()), 120);
    assertThat(r.exit()).isZero();
    assertThat(watch.internetConnections()).isNotEmpty();
  }
}
