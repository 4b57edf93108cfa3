package com.copydesk.cli;

import com.copydesk.core.Category;
import com.copydesk.core.Issue;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.Proofreader;
import com.copydesk.formats.AtomicFiles;
import com.copydesk.formats.Document;
import com.copydesk.formats.Documents;
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

  @Parameters(arity = "1", paramLabel = "FILE", description = "The file to correct.")
  Path file;

  static final class Selection {
    @Option(names = "--all", required = true, description = "Fix every issue that has a suggestion.")
    boolean all;

    @Option(names = "--rule", paramLabel = "RULE", required = true, split = ",",
        description = "Fix only issues of these rules (repeatable).")
    List<String> rules;

    @Option(names = "--category", paramLabel = "CAT", required = true, split = ",",
        description = "Fix only issues of these categories: SPELLING, GRAMMAR, PUNCTUATION, TYPOGRAPHY, CASING, STYLE, OTHER.")
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
    CheckSettings settings = engine.settings();
    PrintWriter err = spec.commandLine().getErr();
    Document doc = Documents.open(file);
    doc.warnings().forEach(w -> err.println("copydesk: warning: " + w));
    Corrector.Outcome outcome;
    try (Proofreader proofreader = new Proofreader()) {
      outcome = new Corrector(proofreader, settings).fixAll(doc.draft(), chosen);
    }
    byte[] bytes = doc.encode(outcome.draft().text());
    Path target = output == null ? null : output.inPlace ? file : output.out;
    if (target == null) {
      parent.out().write(bytes);
      parent.out().flush();
    } else {
      AtomicFiles.write(target, bytes);
    }
    int n = outcome.applied().size();
    err.println("copydesk: applied " + n + (n == 1 ? " fix" : " fixes") + " to " + file
        + (target == null ? "" : "; wrote " + target));
    return Cli.OK;
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
          + "; use SPELLING, GRAMMAR, PUNCTUATION, TYPOGRAPHY, CASING, STYLE or OTHER");
    }
    return issue -> cats.contains(issue.category());
  }
}
