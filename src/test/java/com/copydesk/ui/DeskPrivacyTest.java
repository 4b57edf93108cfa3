package com.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.copydesk.testing.NetworkWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk starts, checks a draft and shows its issues with networking unavailable (a network
 * namespace of its own where one can be made), and strace sees no internet connection attempt.
 */
class DeskPrivacyTest {
  @TempDir
  Path dir;

  @Test
  void theDeskStartsAndChecksWithoutTouchingTheNetwork() throws Exception {
    Path draft = dir.resolve("draft.txt");
    Files.writeString(draft, "The lifeboat crew would recieve new radios, the harbour master said.\n");
    Path script = dir.resolve("script.txt");
    Files.writeString(script, "cards\nquit\n");
    NetworkWatch watch = new NetworkWatch(dir.resolve("connect.log"));
    List<String> cmd = new ArrayList<>(watch.wrapper());
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
        "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
        "-Djava.awt.headless=true", "-Dtestfx.headless=true", "-Dfile.encoding=UTF-8",
        "-Djavafx.cachedir=" + dir.resolve("fx-cache"),
        "-Dcopydesk.config.dir=" + dir.resolve("config"), "-Dcopydesk.data.dir=" + dir.resolve("data"),
        "-D" + ScriptedDesk.SCRIPT_PROPERTY + "=" + script,
        "-cp", System.getProperty("java.class.path"), ScriptedDesk.class.getName(), draft.toString()));
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the desk did not finish: " + Files.readString(out));
    }
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(printed).contains("SCRIPT CARDS").contains("SCRIPT DONE");
    assertThat(p.exitValue()).as(printed).isZero();
    assertThat(watch.internetConnections()).as("connections made by the desk").isEmpty();
  }
}
