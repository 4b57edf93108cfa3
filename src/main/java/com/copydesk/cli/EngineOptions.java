package com.copydesk.cli;

import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.DraftChecker;
import com.copydesk.engine.Proofreader;
import com.copydesk.engine.RemoteChecker;
import com.copydesk.engine.ServerAddress;
import com.copydesk.engine.Variant;
import com.copydesk.settings.UserSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Options both subcommands share: language variant, rules switched on or off, where to check. */
final class EngineOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "CODE",
      description = "English variant: en-US (default), en-GB, en-CA, en-AU, en-NZ, en-ZA.")
  String lang;

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

  /** The copy editor's saved settings, overridden by these options. */
  CheckSettings settings() {
    UserSettings user = UserSettings.load();
    CheckSettings s = user.checkSettings();
    if (lang != null) {
      Variant v = Variant.fromCode(lang).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "unknown language '" + lang + "'; use one of " + Variant.codes()));
      s = s.withVariant(v);
    }
    Set<String> off = new TreeSet<>(s.disabledRules());
    off.addAll(split(disabled));
    off.removeAll(split(enabled));
    Set<String> on = new TreeSet<>(s.enabledRules());
    on.addAll(split(enabled));
    return s.withDisabledRules(off).withEnabledRules(on);
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
