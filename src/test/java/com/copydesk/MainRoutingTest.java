package com.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainRoutingTest {
  @Test
  void noArgumentsOrOneFileOpenTheDesk() {
    assertThat(Main.opensDesk(new String[0])).isTrue();
    assertThat(Main.opensDesk(new String[] {"draft.txt"})).isTrue();
  }

  @Test
  void commandsOptionsAndSeveralArgumentsStayWithTheCommandLine() {
    assertThat(Main.opensDesk(new String[] {"check"})).isFalse();
    assertThat(Main.opensDesk(new String[] {"fix"})).isFalse();
    assertThat(Main.opensDesk(new String[] {"help"})).isFalse();
    assertThat(Main.opensDesk(new String[] {"--version"})).isFalse();
    assertThat(Main.opensDesk(new String[] {"-h"})).isFalse();
    assertThat(Main.opensDesk(new String[] {"check", "draft.txt"})).isFalse();
    assertThat(Main.opensDesk(new String[] {"a.txt", "b.txt"})).isFalse();
  }
}
