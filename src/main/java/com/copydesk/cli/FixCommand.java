package com.copydesk.cli;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.DraftChecker;
import com.copydesk.formats.AtomicFiles;
import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import com.copydesk.report.ChangeReport;
import com.copydesk.report.ChangeReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code copydesk fix}: applies the first suggestion of every chosen issue and writes the corrected
 * copy to a file, over the input (atomically), or to standard output.
 */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Apply the first suggestion of every chosen issue and write the corrected copy.")
final class FixCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ParentCommand
  CopydeskCommand parent;

  @Mixin
  EngineOptions engine;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Selection selection;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Output output;

  @Option(names = "--track-changes",
      description = "Record every fix as a Word tracked change by \"Copydesk\" that the writer can accept or "
          + "reject (.docx only; needs -o OUT.docx or --in-place).")
  boolean trackChanges;

  @Option(names = "--report", paramLabel = "REPORT",
      description = "Also write a change report: REPORT.html (a page with each change in context), "
          + "REPORT.csv or REPORT.md (lists).")
  Path report;

  @Parameters(arity = "1", paramLabel = "FILE", description = "The file to correct (.txt, .md, .html, .docx).")
  Path file;

  static final class Selection {
    @Option(names = "--all", required = true, description = "Fix every issue that has a suggestion.")
    boolean all;

    @Option(names = "--rule", paramLabel = "RULE", required = true, split = ",",
        description = "Fix only issues of these rules (repeatable).")
    List<String> rules;

    @Option(names = "--category", paramLabel = "CAT", required = true, split = ",",
        description = "Fix only issues of these categories: SPELLING, GRAMMAR, PUNCTUATION, TYPOGRAPHY, CASING, STYLE, OTHER, "
            + "CLUTTER (removes the lines of a pasted web page that are not the article), CONSISTENCY.")
    List<String> categories;
  }

  static final class Output {
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
        description = "Write the corrected copy to OUT.")
    Path out;

    @Option(names = "--in-place", required = true,
        description = "Replace FILE with the corrected copy (atomically).")
    boolean inPlace;
  }

  @Override
  public Integer call() throws Exception {
    Predicate<Issue> chosen = chosen();
    ChangeReportFormat reportFormat = reportFormat();
    CheckSettings settings = engine.settings();
    PrintWriter err = spec.commandLine().getErr();
    Document doc = Documents.open(file);
    Path target = output == null ? null : output.inPlace ? file : output.out;
    CorrectedCopy copy = CorrectedCopy.plan(doc, target, trackChanges);
    checkReportPath(target);
    doc.warnings().forEach(w -> err.println("copydesk: warning: " + w));
    ChosenVariant variant = engine.variantFor(file, doc.draft(), settings);
    if (engine.namedVariant().isEmpty()) {
      err.println("copydesk: " + file + ": checked as " + variant.describe());
    }
    Corrector.Outcome outcome;
    try (DraftChecker checker = engine.checker()) {
      outcome = new Corrector(checker, settings.withVariant(variant.variant())).fixAll(doc.draft(), chosen);
    }
    String corrected = outcome.draft().text();
    byte[] bytes = copy.bytes(corrected);
    if (target == null) {
      parent.out().write(bytes);
      parent.out().flush();
    } else {
      AtomicFiles.write(target, bytes);
    }
    if (reportFormat != null) {
      ChangeReport changes = ChangeReport.of(Documents.displayName(file), outcome.log(), corrected);
      AtomicFiles.write(report, reportFormat.bytes(changes));
    }
    int n = outcome.applied().size();
    err.println("copydesk: applied " + n + (n == 1 ? " fix" : " fixes") + " to " + file
        + (target == null ? "" : "; wrote " + target + copy.describe())
        + (reportFormat == null ? "" : "; change report in " + report));
    return Cli.OK;
  }

  private ChangeReportFormat reportFormat() {
    if (report == null) {
      return null;
    }
    return ChangeReportFormat.forFileName(report.toString()).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "cannot tell the report type of '" + report + "'; name it .html, .csv or .md"));
  }

  private void checkReportPath(Path target) throws DocumentException {
    if (report == null) {
      return;
    }
    Path r = report.toAbsolutePath().normalize();
    if (r.equals(file.toAbsolutePath().normalize()) || target != null && r.equals(target.toAbsolutePath().normalize())) {
      throw new DocumentException("The change report '" + report + "' would overwrite the document; choose another name.");
    }
  }

  private Predicate<Issue> chosen() {
    if (selection.all) {
      return issue -> true;
    }
    if (selection.rules != null) {
      Set<String> rules = new TreeSet<>(selection.rules);
      return issue -> rules.contains(issue.ruleId());
    }
    Set<Category> cats = EnumSet.noneOf(Category.class);
    List<String> unknown = new ArrayList<>();
    for (String c : selection.categories) {
      Category.fromId(c).ifPresentOrElse(cats::add, () -> unknown.add(c));
    }
    if (!unknown.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "unknown category " + unknown
          + "; use SPELLING, GRAMMAR, PUNCTUATION, TYPOGRAPHY, CASING, STYLE, OTHER, CLUTTER or CONSISTENCY");
    }
    return issue -> cats.contains(issue.category());
  }
}
