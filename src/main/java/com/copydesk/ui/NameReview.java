package com.copydesk.ui;

import com.copydesk.core.Span;
import com.copydesk.core.UnfamiliarName;
import com.copydesk.settings.UserSettings;
import com.copydesk.ui.editor.ProofEditor;
import com.copydesk.ui.names.NameActions;
import com.copydesk.ui.names.NamesModel;
import java.util.function.Consumer;

/** The names list's actions: going to a name in the draft, the dictionary, and marking names checked. */
final class NameReview implements NameActions {
  private final ProofEditor editor;
  private final NamesModel names;
  private final UserSettings settings;
  private final Consumer<String> say;

  NameReview(ProofEditor editor, NamesModel names, UserSettings settings, Consumer<String> say) {
    this.editor = editor;
    this.names = names;
    this.settings = settings;
    this.say = say;
  }

  @Override
  public void show(UnfamiliarName name) {
    String text = editor.text();
    int from = editor.area().getSelection().getLength() > 0 ? editor.area().getSelection().getEnd() : editor.caret();
    Span at = nextUse(text, name.name(), from);
    if (at == null) {
      at = nextUse(text, name.name(), 0);
    }
    if (at == null) {
      say.accept("“" + name.name() + "” is no longer in the draft.");
      return;
    }
    editor.select(at);
    say.accept("“" + name.name() + "”: " + (name.count() == 1 ? "used once" : "used " + name.count() + " times")
        + ". Click again for the next use.");
  }

  /** The first use of {@code name} as a whole word at or after {@code from}, or null. */
  static Span nextUse(String text, String name, int from) {
    for (int i = text.indexOf(name, Math.max(0, from)); i >= 0; i = text.indexOf(name, i + 1)) {
      int end = i + name.length();
      boolean startsWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startsWord && endsWord) {
        return new Span(i, end);
      }
    }
    return null;
  }

  @Override
  public void addToDictionary(String name) {
    settings.addToDictionary(name);
    names.accept(name);
    SettingsSaving.save(settings, say, "Added “" + name + "” to your dictionary.");
  }

  @Override
  public void markChecked(String name, boolean checked) {
    names.markChecked(name, checked);
    say.accept(checked ? "“" + name + "” is checked." : "“" + name + "” is back on the list to verify.");
  }
}
