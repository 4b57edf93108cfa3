package com.copydesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditTest {

  @Test
  void replacesTheTextItWasMadeFor() {
    Edit e = new Edit(4, "quick", "slow");
    assertThat(e.applyTo("The quick fox")).isEqualTo("The slow fox");
    assertThat(e.delta()).isEqualTo(-1);
  }

  @Test
  void refusesWhenTheTextUnderItChanged() {
    Edit e = new Edit(4, "quick", "slow");
    assertThatThrownBy(() -> e.applyTo("The quack fox")).isInstanceOf(StaleTextException.class);
    assertThatThrownBy(() -> e.applyTo("The qu")).isInstanceOf(StaleTextException.class);
  }

  @Test
  void inverseRestoresTheExactPreviousText() {
    String before = "Fares will not raised this year.";
    Edit e = new Edit(15, "", "be ");
    String after = e.applyTo(before);
    assertThat(after).isEqualTo("Fares will not be raised this year.");
    assertThat(e.inverse().applyTo(after)).isEqualTo(before);
  }

  @Test
  void mapsPositionsAroundTheEdit() {
    Edit e = new Edit(10, "abc", "wxyz");
    assertThat(e.mapPosition(5)).isEqualTo(5);
    assertThat(e.mapPosition(10)).isEqualTo(10);
    assertThat(e.mapPosition(11)).isEqualTo(-1);
    assertThat(e.mapPosition(13)).isEqualTo(14);
    assertThat(e.mapPosition(20)).isEqualTo(21);
  }
}
