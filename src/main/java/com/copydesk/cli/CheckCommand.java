package com.copydesk.cli;

import com.copydesk.engine.CheckResult;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.DraftChecker;
import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code copydesk check}: reports the issues in one or more files. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Check files and report every issue. Exit status: 0 no issues, 1 issues found, 2 error.")
final class CheckCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @ParentCommand
  CopydeskCommand parent;

  @Mixin
  EngineOptions engine;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Report format: text (default) or json.")
  Format format;

  @Option(names = "--names",
      description = "List the names (and repeated terms) the dictionary does not know, to verify, instead of the issues.")
  boolean names;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    CheckSettings settings = engine.settings();
    PrintWriter err = spec.commandLine().getErr();
    List<FileReport> reports = new ArrayList<>();
    List<NameReport.FileNames> nameLists = new ArrayList<>();
    boolean failed = false;
    try (DraftChecker checker = engine.checker()) {
      for (Path file : files) {
        try {
          Document doc = Documents.open(file);
          doc.warnings().forEach(w -> err.println("copydesk: warning: " + w));
          ChosenVariant variant = engine.variantFor(file, doc.draft(), settings);
          if (format == Format.text && engine.namedVariant().isEmpty()) {
            err.println("copydesk: " + file + ": checked as " + variant.describe());
          }
          CheckResult result = checker.check(doc.draft(), settings.withVariant(variant.variant()));
          reports.add(new FileReport(file.toString(), variant.variant().code(), variant.reason(), doc.text(),
              result.issues()));
          nameLists.add(new NameReport.FileNames(file.toString(), settings.variant().code(), doc.text(),
              result.names()));
        } catch (DocumentException e) {
          err.println("copydesk: " + Cli.oneLine(e.getMessage()));
          failed = true;
        }
      }
    }
    if (names) {
      if (format == Format.json) {
        NameReport.writeJson(nameLists, parent.out());
      } else if (!nameLists.isEmpty()) {
        NameReport.writeText(nameLists, spec.commandLine().getOut());
      }
    } else if (format == Format.json) {
      JsonReport.write(reports, parent.out());
    } else if (!reports.isEmpty()) {
      TextReport.write(reports, spec.commandLine().getOut());
    }
    if (failed) {
      return Cli.ERROR;
    }
    boolean found = names ? nameLists.stream().anyMatch(n -> !n.names().isEmpty())
        : reports.stream().anyMatch(r -> !r.issues().isEmpty());
    return found ? Cli.ISSUES_FOUND : Cli.OK;
  }
}
