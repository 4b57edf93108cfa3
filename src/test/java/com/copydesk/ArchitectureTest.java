package com.copydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, held by tests: arrows point one way. The product's classes
 * only (no tests, no src/measure); {@code ArchitectureRulesCatchTest} shows the rules below fail on
 * deliberately bad classes.
 */
class ArchitectureTest {
  static JavaClasses classes;

  /** Every package is a slice; no two packages reach each other, directly or round about. */
  static final ArchRule PACKAGES_FREE_OF_CYCLES =
      slices().matching("com.copydesk.(**)").namingSlices("$1").should().beFreeOfCycles();

  /**
   * Standard output and error belong to the command line (its report and its one-line errors)
   * and to the desk's launcher (its one line when there is no display); everything else logs.
   */
  static final ArchRule STANDARD_STREAMS_ONLY_FROM_THE_COMMAND_LINE = noClasses()
      .that().resideOutsideOfPackages("com.copydesk.cli..", "com.copydesk.launch..")
      .and().doNotHaveFullyQualifiedName("com.copydesk.ui.DeskLauncher")
      .should(ACCESS_STANDARD_STREAMS)
      .because("output goes through the command line's writers or the log (the java -jar launcher, which"
          + " runs before either exists, may say in one line why it stayed in its first process)");

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.copydesk");
  }

  @Test
  void onlyTheDeskUsesJavaFx() {
    noClasses().that().resideOutsideOfPackages("com.copydesk.ui..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..")
        .check(classes);
  }

  @Test
  void theCoreDependsOnNothingOfOurs() {
    noClasses().that().resideInAPackage("com.copydesk.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.copydesk.engine..", "com.copydesk.rules..", "com.copydesk.formats..",
            "com.copydesk.report..", "com.copydesk.settings..", "com.copydesk.cli..",
            "com.copydesk.ui..", "com.copydesk.server..", "org.languagetool..")
        .check(classes);
  }

  @Test
  void engineRulesAndFormatsStayBelowTheCommandLineAndTheDesk() {
    noClasses().that().resideInAnyPackage("com.copydesk.engine..", "com.copydesk.rules..",
            "com.copydesk.formats..", "com.copydesk.report..", "com.copydesk.settings..")
        .should().dependOnClassesThat().resideInAnyPackage("com.copydesk.cli..", "com.copydesk.ui..",
            "com.copydesk.server..")
        .check(classes);
  }

  @Test
  void theServerStandsBesideTheCommandLineAndTheDesk() {
    noClasses().that().resideInAPackage("com.copydesk.server..")
        .should().dependOnClassesThat().resideInAnyPackage("com.copydesk.cli..", "com.copydesk.ui..",
            "com.copydesk.rules..", "org.languagetool..")
        .check(classes);
    noClasses().that().resideInAPackage("com.copydesk.ui..")
        .should().dependOnClassesThat().resideInAPackage("com.copydesk.server..")
        .allowEmptyShould(true).check(classes);
  }

  @Test
  void theRulesDoNotKnowTheEngine() {
    noClasses().that().resideInAPackage("com.copydesk.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("com.copydesk.engine..", "com.copydesk.formats..")
        .check(classes);
  }

  @Test
  void theCommandLineAndTheDeskNeverImportEachOther() {
    noClasses().that().resideInAPackage("com.copydesk.cli..")
        .should().dependOnClassesThat().resideInAPackage("com.copydesk.ui..").check(classes);
    noClasses().that().resideInAPackage("com.copydesk.ui..")
        .should().dependOnClassesThat().resideInAPackage("com.copydesk.cli..")
        .allowEmptyShould(true).check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    PACKAGES_FREE_OF_CYCLES.check(classes);
  }

  @Test
  void onlyTheCommandLineWritesToStandardStreams() {
    STANDARD_STREAMS_ONLY_FROM_THE_COMMAND_LINE.check(classes);
  }
}
