package com.copydesk.formats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Document formats and change reports stand on the core only: never the command line, the desk or JavaFX. */
class FormatsArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.copydesk");

  @Test
  void formatsAndReportsDoNotDependOnTheCommandLineTheDeskOrTheEngine() {
    noClasses().that().resideInAnyPackage("com.copydesk.formats..", "com.copydesk.report..")
        .should().dependOnClassesThat().resideInAnyPackage("com.copydesk.cli..", "com.copydesk.ui..",
            "com.copydesk.engine..", "javafx..")
        .check(CLASSES);
  }

  @Test
  void reportsNeedNoFileFormats() {
    noClasses().that().resideInAPackage("com.copydesk.report..")
        .should().dependOnClassesThat().resideInAnyPackage("com.copydesk.formats..", "org.apache.poi..",
            "org.jsoup..", "org.commonmark..")
        .check(CLASSES);
  }

  @Test
  void theCoreUsesNoFormatLibraries() {
    noClasses().that().resideInAPackage("com.copydesk.core..")
        .should().dependOnClassesThat().resideInAnyPackage("com.copydesk.formats..", "com.copydesk.report..",
            "org.apache.poi..", "org.jsoup..", "org.commonmark..", "javafx..")
        .check(CLASSES);
  }

  @Test
  void eachFormatPackageIsIndependentOfTheOthers() {
    noClasses().that().resideInAPackage("com.copydesk.formats.docx..")
        .should().dependOnClassesThat().resideInAnyPackage("com.copydesk.formats.markdown..", "com.copydesk.formats.html..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("com.copydesk.formats.markdown..")
        .should().dependOnClassesThat().resideInAnyPackage("com.copydesk.formats.docx..", "com.copydesk.formats.html..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("com.copydesk.formats.html..")
        .should().dependOnClassesThat().resideInAnyPackage("com.copydesk.formats.docx..", "com.copydesk.formats.markdown..")
        .check(CLASSES);
  }
}
