package com.copydesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import com.copydesk.testing.NetworkWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the user may not read gets one line and exit 2. Root reads everything, so as root the
 * command line runs without the capabilities that let root ignore file permissions (setpriv),
 * which is what CI does.
 */
class UnreadableFileTest {
  @TempDir
  Path dir;

  @Test
  void anUnreadableFileIsRefusedInOneLine() throws Exception {
    Path f = dir.resolve("private.txt");
    Files.writeString(f, "The harbour master kept the log to herself.\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    List<String> wrapper = List.of();
    if (ChildJava.isRoot()) {
      assumeTrue(NetworkWatch.onPath("setpriv"), "setpriv (util-linux) is needed to drop root's privileges");
      wrapper = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--");
    }
    ChildJava.Result r = ChildJava.run(ChildJava.command(wrapper, "com.copydesk.Main", "check", f.toString()), 300);
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("copydesk: Cannot open 'private.txt': permission denied.");
    assertThat(r.out()).isEmpty();
  }
}
