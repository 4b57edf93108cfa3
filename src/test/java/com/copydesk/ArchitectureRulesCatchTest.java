package com.copydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules fail where they should: each is checked against small, deliberately bad
 * classes in {@code com.copydesk.archfixture} (test code, so {@link ArchitectureTest}'s import of
 * the product leaves them out), as ArchUnit's own documentation shows its rules.
 */
class ArchitectureRulesCatchTest {
  private static JavaClasses fixture(String pkg) {
    JavaClasses classes = new ClassFileImporter().importPackages("com.copydesk.archfixture." + pkg);
    assertThat(classes).isNotEmpty();
    return classes;
  }

  @Test
  void aCycleBetweenTwoPackagesFailsTheCycleRule() {
    assertThatThrownBy(() -> ArchitectureTest.PACKAGES_FREE_OF_CYCLES.check(fixture("cycle")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("archfixture.cycle.left")
        .hasMessageContaining("archfixture.cycle.right");
  }

  @Test
  void aStrayStandardStreamWriteFailsTheStreamsRuleAndNamesTheClass() {
    assertThatThrownBy(() -> ArchitectureTest.STANDARD_STREAMS_ONLY_FROM_THE_COMMAND_LINE.check(fixture("streams")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Chatty")
        .hasMessageNotContaining("Quiet");
  }

  @Test
  void theWellBehavedClassAloneWouldPass() {
    JavaClasses quiet = new ClassFileImporter()
        .importClasses(com.copydesk.archfixture.streams.Quiet.class);
    ArchitectureTest.STANDARD_STREAMS_ONLY_FROM_THE_COMMAND_LINE.check(quiet);
    ArchitectureTest.PACKAGES_FREE_OF_CYCLES.allowEmptyShould(true).check(quiet);
  }
}
