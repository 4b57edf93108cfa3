package com.copydesk.ui;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Measures opening large files in the real desk (headless). Not part of the build: run with
 * {@code mvn -o -q test -Dtest=LargeFileMeasurement -Dcopydesk.measure=true}; the numbers go to
 * stdout and into docs/reliability.md by hand.
 */
@EnabledIfSystemProperty(named = "copydesk.measure", matches = "true")
class LargeFileMeasurement extends DeskFixture {

  @Start
  void start(Stage stage) {
    startDesk(stage);
  }

  static String prose(long bytes, boolean lineBreaks) {
    String sentence = "The council said the new timetable would start in spring, after the works on the quay. ";
    StringBuilder sb = new StringBuilder((int) bytes + 100);
    int n = 0;
    while (sb.length() < bytes) {
      sb.append(sentence);
      n++;
      if (lineBreaks && n % 5 == 0) {
        sb.append("\n\n");
      }
    }
    return sb.toString();
  }

  @Test
  void measure(FxRobot robot) throws Exception {
    for (String mb : System.getProperty("copydesk.measure.sizes", "1,1,2,5,10,20").split(",")) {
      long bytes = (long) (Double.parseDouble(mb) * 1024 * 1024);
      measureOne("text-" + mb + "MB.txt", prose(bytes, true));
    }
    for (String mb : System.getProperty("copydesk.measure.lines", "0.01,0.02,0.05,0.1,0.25,1").split(",")) {
      long bytes = (long) (Double.parseDouble(mb) * 1024 * 1024);
      measureOne("line-" + mb + "MB.txt", prose(bytes, false));
    }
  }

  private void measureOne(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("small.txt"), "Small.");
    fx(() -> desk.openFile(dir.resolve("small.txt")));
    Thread.sleep(1000);
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    com.copydesk.formats.Document doc = com.copydesk.formats.Documents.open(file);
    long read = System.nanoTime();
    fx(() -> {
      desk.show(doc, null);
      return null;
    });
    long shownOnDesk = System.nanoTime();
    afterPulse(() -> {
      desk.area().moveTo(desk.area().getLength());
      desk.area().requestFollowCaret();
    });
    long scrolled = System.nanoTime();
    long[] keys = new long[5];
    for (int k = 0; k < keys.length; k++) {
      long k0 = System.nanoTime();
      afterPulse(() -> desk.area().insertText(desk.area().getLength(), "x"));
      keys[k] = System.nanoTime() - k0;
    }
    java.util.Arrays.sort(keys);
    fx(() -> {
      desk.liveCheck().outdate();
      return null;
    });
    long after = usedAfterGc();
    System.out.printf("MEASURE %s: %d chars; read+decode %.2f s; desk.show %.2f s; first layout + scroll to end %.2f s;"
        + " keystroke to next layout: median %.3f s, max %.3f s; heap +%d MB (before %d MB)%n",
        name, text.length(), (read - t0) / 1e9, (shownOnDesk - read) / 1e9, (scrolled - shownOnDesk) / 1e9,
        keys[2] / 1e9, keys[4] / 1e9, (after - before) / (1024 * 1024), before / (1024 * 1024));
    fx(() -> {
      desk.session().textChanged(desk.session().editorText());
      return null;
    });
  }

  /** Runs {@code action} on the FX thread and waits for the layout pulse after it. */
  private void afterPulse(Runnable action) throws Exception {
    java.util.concurrent.CompletableFuture<Void> pulsed = new java.util.concurrent.CompletableFuture<>();
    fx(() -> {
      Runnable[] listener = new Runnable[1];
      listener[0] = () -> {
        desk.stage().getScene().removePostLayoutPulseListener(listener[0]);
        pulsed.complete(null);
      };
      action.run();
      desk.stage().getScene().addPostLayoutPulseListener(listener[0]);
      return null;
    });
    pulsed.get(300, java.util.concurrent.TimeUnit.SECONDS);
  }

  private static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
