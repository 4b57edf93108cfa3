package com.copydesk.ui;

import com.copydesk.core.Variant;
import com.copydesk.formats.Document;
import com.copydesk.settings.UserSettings;
import com.copydesk.ui.check.VariantReading;
import com.copydesk.ui.files.DocumentSession;
import com.copydesk.ui.status.StatusBar;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;

/**
 * Which English the draft on the desk is checked in: the copy editor's choice for the file if they
 * made one, else the variant read from the draft's own English (off the FX thread), else the default.
 * Says which and why in the status bar; remembers a choice for the file. FX thread only.
 */
final class VariantChoice implements AutoCloseable {
  private final UserSettings settings;
  private final StatusBar status;
  private final DocumentSession session;
  private final Supplier<String> editorText;
  private final ObjectProperty<Variant> variant;
  private final Consumer<Variant> settled;
  private final Runnable saveSettings;
  private final VariantReading reading = new VariantReading(Platform::runLater);
  /** True from a document's showing until its variant is settled: no check should run before. */
  private boolean pending;
  /** True when the copy editor picked the variant of the document on the desk. */
  private boolean chosenHere;
  private boolean applying;

  /**
   * @param variant the desk's variant; setting it from outside counts as the copy editor's choice
   * @param settled told on the FX thread each time the variant is settled (the desk checks in it)
   */
  VariantChoice(UserSettings settings, StatusBar status, DocumentSession session, Supplier<String> editorText,
      ObjectProperty<Variant> variant, Consumer<Variant> settled, Runnable saveSettings) {
    this.settings = settings;
    this.status = status;
    this.session = session;
    this.editorText = editorText;
    this.variant = variant;
    this.settled = settled;
    this.saveSettings = saveSettings;
    status.setOnVariantChosen(this::choose);
    status.setOnReadFromDraft(this::readFromDraft);
    variant.addListener((obs, was, now) -> {
      if (!applying && now != null) {
        choose(now);
      }
    });
    reading.warmUp();
  }

  /** True while the variant of a freshly shown document is being read. */
  boolean pending() {
    return pending;
  }

  /** A document was just put on the desk: settle its variant, then let the desk check it. */
  void settle(Document doc) {
    chosenHere = false;
    Optional<Variant> chosen = doc.path() == null ? Optional.empty() : settings.variantFor(doc.path());
    if (chosen.isPresent()) {
      chosenHere = true;
      reading.cancel();
      pending = false;
      apply(chosen.get(), "your choice for this file", "You chose this variant for this file; Copydesk remembers it.");
    } else {
      read();
    }
  }

  /** "Read from the Draft": forgets the copy editor's choice for the file and reads the draft again. */
  void readFromDraft() {
    if (session.document() == null) {
      return;
    }
    chosenHere = false;
    if (session.path() != null) {
      settings.setVariantFor(session.path(), null);
      saveSettings.run();
    }
    read();
  }

  /** The copy editor picks a variant: used at once and remembered for the file. */
  void choose(Variant v) {
    reading.cancel();
    pending = false;
    chosenHere = true;
    Path file = session.path();
    if (file != null) {
      settings.setVariantFor(file, v);
      saveSettings.run();
    }
    apply(v, "your choice for this " + (file == null ? "draft" : "file"),
        "You chose this variant" + (file == null ? "." : " for this file; Copydesk remembers it."));
    status.say("Checking against " + v.label() + ".");
  }

  /** The document was saved under another name: a choice the copy editor made follows it. */
  void savedAs(Path file) {
    if (chosenHere && file != null) {
      settings.setVariantFor(file, variant.get());
      saveSettings.run();
    }
  }

  /** Makes the variant in use the one for drafts that give no clue to their own. */
  void makeDefault() {
    Variant v = variant.get();
    settings.setVariant(v);
    saveSettings.run();
    status.say(v.label() + " is now the variant for drafts that give no clue to their own.");
  }

  private void read() {
    pending = true;
    status.showVariant(variant.get().label() + " — reading the draft's English…", "Reading the draft's spelling");
    reading.read(session.draft(editorText.get()), settings.variant(), guess -> {
      pending = false;
      apply(guess.variant(), guess.shortExplanation(), guess.describe());
    });
  }

  private void apply(Variant v, String why, String detail) {
    applying = true;
    try {
      variant.set(v);
    } finally {
      applying = false;
    }
    status.showVariant(v.label() + " — " + why, detail);
    settled.accept(v);
  }

  @Override
  public void close() {
    reading.close();
  }
}
