package com.copydesk.cli;

import com.copydesk.core.Draft;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.DraftChecker;
import com.copydesk.engine.Proofreader;
import com.copydesk.engine.RemoteChecker;
import com.copydesk.engine.ServerAddress;
import com.copydesk.core.Variant;
import com.copydesk.engine.style.HouseStyle;
import com.copydesk.engine.style.HouseStyleException;
import com.copydesk.engine.style.HouseStyles;
import com.copydesk.engine.variant.VariantGuess;
import com.copydesk.engine.variant.VariantGuesser;
import com.copydesk.settings.UserSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Options both subcommands share: language variant, house style, rules switched on or off, where to check. */
final class EngineOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  static final String AUTO = "auto";

  @Option(names = "--lang", paramLabel = "CODE",
      description = "English variant: en-US, en-GB, en-CA, en-AU, en-NZ, en-ZA, or auto (the default): "
          + "read each file's variant from its own spelling, dates and money, falling back to your default "
          + "variant (en-US unless changed in the desk) when it gives too little to go on.")
  String lang;

  @Option(names = "--style", paramLabel = "NAME|FILE",
      description = "House style: us-wire, newsroom-gb, book, or a .style file (default: the style chosen in "
          + "the desk, else the newsroom style for the language).")
  String style;

  private UserSettings user;

  @Option(names = "--disable", paramLabel = "RULE", description = "Switch a rule off (repeatable).")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--enable", paramLabel = "RULE",
      description = "Switch on a rule that is off by default (repeatable).")
  List<String> enabled = new ArrayList<>();

  @Option(names = "--server", paramLabel = "URL",
      description = "Check on a Copydesk server (copydesk serve) at URL, e.g. http://127.0.0.1:8081, "
          + "instead of this machine's LanguageTool; the draft is sent to it.")
  String server;

  /** What checks the drafts: this machine's LanguageTool, or the server named by --server. */
  DraftChecker checker() {
    if (server == null) {
      return new Proofreader();
    }
    try {
      return new RemoteChecker(ServerAddress.parse(server));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The copy editor's saved settings, overridden by these options. The variant in them is the one
   * {@code --lang} names, or the default for drafts that give no clue: see {@link #variantFor}.
   */
  CheckSettings settings() {
    user = UserSettings.load();
    CheckSettings s = user.checkSettings();
    if (style != null) {
      try {
        s = s.withStyle(HouseStyles.resolve(style));
      } catch (HouseStyleException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    } else {
      try {
        HouseStyle chosen = user.chosenStyle();
        s = s.withStyle(chosen);
      } catch (HouseStyleException e) {
        spec.commandLine().getErr().println("copydesk: warning: " + e.getMessage()
            + "; checking with the default style for the language");
      }
    }
    Optional<Variant> named = namedVariant();
    if (named.isPresent()) {
      s = s.withVariant(named.get());
    }
    Set<String> off = new TreeSet<>(s.disabledRules());
    off.addAll(split(disabled));
    off.removeAll(split(enabled));
    Set<String> on = new TreeSet<>(s.enabledRules());
    on.addAll(split(enabled));
    return s.withDisabledRules(off).withEnabledRules(on);
  }

  /** The variant {@code --lang} names; empty without {@code --lang} or with {@code --lang auto}. */
  Optional<Variant> namedVariant() {
    if (lang == null || lang.trim().equalsIgnoreCase(AUTO)) {
      return Optional.empty();
    }
    return Optional.of(Variant.fromCode(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "unknown language '" + lang + "'; use one of " + Variant.codes() + " or " + AUTO)));
  }

  /**
   * The variant to check {@code file} in: the one {@code --lang} names; else the one the copy editor
   * chose for the file in the desk; else read from the draft's own prose, falling back to the default
   * variant of {@code settings}. Call {@link #settings()} first.
   */
  ChosenVariant variantFor(Path file, Draft draft, CheckSettings settings) {
    Optional<Variant> named = namedVariant();
    if (named.isPresent()) {
      return new ChosenVariant(named.get(), "given with --lang");
    }
    Optional<Variant> chosen = user == null ? Optional.empty() : user.variantFor(file);
    if (chosen.isPresent()) {
      return new ChosenVariant(chosen.get(), "chosen for this file in the desk");
    }
    VariantGuess guess = VariantGuesser.standard().guess(draft, settings.variant());
    return new ChosenVariant(guess.variant(), guess.explanation());
  }

  private static List<String> split(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }
}
