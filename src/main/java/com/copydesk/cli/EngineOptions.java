package com.copydesk.cli;

import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.Variant;
import com.copydesk.engine.style.HouseStyle;
import com.copydesk.engine.style.HouseStyleException;
import com.copydesk.engine.style.HouseStyles;
import com.copydesk.settings.UserSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Options both subcommands share: language variant, house style and rules switched on or off. */
final class EngineOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "CODE",
      description = "English variant: en-US (default), en-GB, en-CA, en-AU, en-NZ, en-ZA.")
  String lang;

  @Option(names = "--style", paramLabel = "NAME|FILE",
      description = "House style: us-wire, newsroom-gb, book, or a .style file (default: the style chosen in "
          + "the desk, else the newsroom style for the language).")
  String style;

  @Option(names = "--disable", paramLabel = "RULE", description = "Switch a rule off (repeatable).")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--enable", paramLabel = "RULE",
      description = "Switch on a rule that is off by default (repeatable).")
  List<String> enabled = new ArrayList<>();

  /** The copy editor's saved settings, overridden by these options. */
  CheckSettings settings() {
    UserSettings user = UserSettings.load();
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
