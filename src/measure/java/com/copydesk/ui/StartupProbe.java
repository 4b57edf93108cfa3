package com.copydesk.ui;

import com.copydesk.launch.JarLauncher;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement (scripts/startup-bench.sh --desk, docs/performance.md): with
 * {@code COPYDESK_STARTUP_PROBE=1} in the environment, the desk prints
 * {@code copydesk.startup: first underlines after N ms (M issues)} on standard output once the
 * first check's underlines are laid out in the window (N counted from the process's start; under
 * {@code java -jar}, from the first process's), then quits. Without that variable it does nothing.
 * Measurement code, not shipped: the desk reaches it through {@link DeskProbe} when the measurement
 * jar is on the class path, e.g. {@code JAVA_TOOL_OPTIONS=-javaagent:target/copydesk-measure.jar}
 * (docs/development.md).
 */
final class StartupProbe {
  private static final boolean ON = System.getenv("COPYDESK_STARTUP_PROBE") != null;
  private static boolean reported;

  private StartupProbe() {}

  /** When {@code java -jar} started the first of its two processes (launch.JarLauncher), if it did. */
  private static Optional<Instant> launched() {
    try {
      return Optional.ofNullable(System.getProperty(JarLauncher.STARTED)).map(Long::parseLong).map(Instant::ofEpochMilli);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Called on the FX thread after a check's underlines were handed to the editor. */
  static void underlinesShown(Scene scene, int issues) {
    if (!ON || reported) {
      return;
    }
    reported = true;
    NextPulse.atEndOfLayout(scene, () -> {
      long ms = launched().or(() -> ProcessHandle.current().info().startInstant())
          .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
      System.out.println("copydesk.startup: first underlines after " + ms + " ms (" + issues + " issues)");
      System.out.flush();
      Platform.exit();
    });
  }
}
