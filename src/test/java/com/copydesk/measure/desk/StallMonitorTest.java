package com.copydesk.measure.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The monitor sees the FX thread blocked (a lower bound only: a busy machine can only add to it). */
@ExtendWith(ApplicationExtension.class)
class StallMonitorTest {

  @Start
  void start(Stage stage) {
    stage.show();
  }

  @Test
  void aBlockedFxThreadShowsAsAStallOfAtLeastThatLong() throws Exception {
    try (StallMonitor monitor = StallMonitor.start()) {
      Thread.sleep(200);
      WaitForAsyncUtils.asyncFx(monitor::take).get(10, TimeUnit.SECONDS);
      WaitForAsyncUtils.asyncFx(() -> {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(150);
        while (System.nanoTime() < until) {
          Thread.onSpinWait();
        }
      }).get(10, TimeUnit.SECONDS);
      Thread.sleep(100);
      StallMonitor.Stalls s = WaitForAsyncUtils.asyncFx(monitor::take).get(10, TimeUnit.SECONDS);
      assertThat(s.longestMillis()).isGreaterThanOrEqualTo(140);
      assertThat(s.over50()).isGreaterThanOrEqualTo(1);
      assertThat(s.mostFxCpuMillis()).as("the FX thread worked through it").isGreaterThan(5);
      assertThat(s.beats()).isGreaterThan(1);
    }
  }
}
