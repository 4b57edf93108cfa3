package com.copydesk.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.copydesk.core.Draft;
import com.copydesk.core.Variant;
import com.copydesk.engine.variant.VariantGuess;
import com.copydesk.engine.variant.VariantGuesser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** The desk's variant reading never runs on the caller's (FX) thread, and stale readings are dropped. */
class VariantReadingTest {
  static final String BRITISH = "Council leaders have criticised the plan, Mr Hughes said on 14 March. "
      + "The centre of town and its neighbourhoods would suffer, and the programme would cost £4m.";

  private final Queue<Runnable> background = new ArrayDeque<>();
  private final Queue<Runnable> fx = new ArrayDeque<>();
  private final VariantReading reading = new VariantReading(VariantGuesser.standard(), background::add, fx::add);
  private final List<VariantGuess> delivered = new ArrayList<>();

  @Test
  void readingHappensInTheBackgroundAndTheGuessComesBackThroughTheFxQueue() {
    reading.read(new Draft(BRITISH), Variant.EN_US, delivered::add);
    assertThat(delivered).as("nothing is read on the calling thread").isEmpty();
    assertThat(fx).isEmpty();
    background.remove().run();
    assertThat(delivered).as("the guess waits for the FX thread").isEmpty();
    fx.remove().run();
    assertThat(delivered).singleElement().extracting(VariantGuess::variant).isEqualTo(Variant.EN_GB);
  }

  @Test
  void aNewerReadingOrACancelDropsTheOlderOne() {
    reading.read(new Draft(BRITISH), Variant.EN_US, delivered::add);
    reading.read(new Draft("The meeting starts at noon."), Variant.EN_US, delivered::add);
    background.remove().run();
    assertThat(fx).as("the stale reading is not even done").isEmpty();
    background.remove().run();
    fx.remove().run();
    assertThat(delivered).singleElement().extracting(VariantGuess::fromText).isEqualTo(false);

    reading.read(new Draft(BRITISH), Variant.EN_US, delivered::add);
    background.remove().run();
    reading.cancel();
    fx.remove().run();
    assertThat(delivered).hasSize(1);
  }
}
