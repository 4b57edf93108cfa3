package com.copydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, held by tests: arrows point one way. */
class ArchitectureTest {
  static JavaClasses classes;

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
}
