package com.copydesk.ui.files;

import com.copydesk.core.Draft;
import com.copydesk.formats.Document;
import com.copydesk.formats.DocumentException;
import com.copydesk.formats.Documents;
import com.copydesk.formats.LineEndings;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The document on the desk: where it came from, the text as last saved, and whether the editor's
 * text differs from it. The editor holds text with plain LF breaks; saving puts the file's own
 * breaks, encoding and BOM back ({@link Document#encode}, {@link LineEndings#restore}) and writes
 * atomically. Plain Java with JavaFX properties; no window needed.
 */
public final class DocumentSession {
  private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
  private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
  private final ReadOnlyObjectWrapper<String> displayName = new ReadOnlyObjectWrapper<>(this, "displayName", "");
  private final StringBinding title;
  private String savedText = "";
  private boolean neverSaved;

  public DocumentSession() {
    title = Bindings.createStringBinding(
        () -> (modified.get() ? "*" : "") + displayName.get() + " — Copydesk", modified, displayName);
  }

  /** Shows a freshly opened document; {@code name} overrides its own name (e.g. the bundled sample). */
  public void opened(Document doc, String name) {
    document.set(Objects.requireNonNull(doc));
    savedText = LineEndings.normalize(doc.text());
    displayName.set(name != null ? name : doc.name());
    neverSaved = false;
    modified.set(false);
  }

  /**
   * The text on the desk was never saved anywhere (a draft restored from a recovery copy whose file
   * is gone): it stays marked unsaved, whatever it is, until saved.
   */
  public void markUnsaved() {
    neverSaved = true;
    modified.set(true);
  }

  public Document document() {
    return document.get();
  }

  public ReadOnlyObjectProperty<Document> documentProperty() {
    return document.getReadOnlyProperty();
  }

  /** The text the editor shows for the document (LF breaks). */
  public String editorText() {
    return savedText;
  }

  /** The file, or null for a document never saved (the bundled sample, a new draft). */
  public Path path() {
    return document.get() == null ? null : document.get().path();
  }

  /** Where to offer to write a copy of the document: its own folder, or the home folder when untitled. */
  public Path folder() {
    Path p = path();
    if (p != null && p.toAbsolutePath().getParent() != null) {
      return p.toAbsolutePath().getParent();
    }
    return Path.of(System.getProperty("user.home"));
  }

  public boolean isUntitled() {
    return path() == null;
  }

  public String displayName() {
    return displayName.get();
  }

  /** "*name — Copydesk" while there are unsaved changes, "name — Copydesk" otherwise. */
  public StringBinding titleBinding() {
    return title;
  }

  public ReadOnlyBooleanProperty modifiedProperty() {
    return modified.getReadOnlyProperty();
  }

  public boolean isModified() {
    return modified.get();
  }

  /** The editor's text changed (undoing back to the saved text clears the marker). */
  public void textChanged(String current) {
    modified.set(neverSaved || current.length() != savedText.length() || !current.equals(savedText));
  }

  /** The text to check, split as the document's format splits it. */
  public Draft draft(String editorText) {
    return new Draft(editorText, document.get().segmenter());
  }

  /** Saves over the file it came from. */
  public void save(String editorText) throws DocumentException {
    if (isUntitled()) {
      throw new IllegalStateException("an untitled document needs Save As");
    }
    Documents.save(document.get(), document.get().lineEndings().restore(editorText), path());
    savedText = editorText;
    neverSaved = false;
    modified.set(false);
  }

  /**
   * Saves to {@code target} in the document's own encoding and line breaks; from then on the
   * document is that file.
   */
  public void saveAs(String editorText, Path target) throws DocumentException {
    Document doc = document.get();
    Documents.save(doc, doc.lineEndings().restore(editorText), target);
    Document reopened = Documents.open(target);
    document.set(reopened);
    displayName.set(reopened.name());
    savedText = editorText;
    neverSaved = false;
    modified.set(false);
  }

  /** A file name to offer in Save As. */
  public String suggestedFileName() {
    if (!isUntitled()) {
      return path().getFileName().toString();
    }
    String name = displayName.get().replace(" (sample)", "").replace(" (recovered)", "");
    return name.isBlank() || name.equals("Untitled") ? "untitled.txt" : name;
  }
}
