package com.copydesk.ui.names;

import com.copydesk.core.UnfamiliarName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The draft's names to verify, as the last check found them: names still to verify first (in the
 * order the draft uses them), then those the copy editor marked checked. Names added to the
 * dictionary leave the list at once; the next check agrees. FX thread only.
 */
public final class NamesModel {
  /** One line of the list. */
  public record Row(UnfamiliarName name, boolean checked) {}

  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper toVerify = new ReadOnlyIntegerWrapper(this, "toVerify");
  private final Set<String> checked = new HashSet<>();
  private final Set<String> accepted = new HashSet<>();
  private List<UnfamiliarName> latest = List.of();

  public ObservableList<Row> rows() {
    return FXCollections.unmodifiableObservableList(rows);
  }

  /** How many names are still to verify (not marked checked). */
  public ReadOnlyIntegerProperty toVerifyProperty() {
    return toVerify.getReadOnlyProperty();
  }

  /** The names a fresh check found. */
  public void show(List<UnfamiliarName> names) {
    latest = List.copyOf(names);
    refresh();
  }

  public void markChecked(String name, boolean on) {
    if (on ? checked.add(name) : checked.remove(name)) {
      refresh();
    }
  }

  public boolean isChecked(String name) {
    return checked.contains(name);
  }

  /** The name went into the dictionary. */
  public void accept(String name) {
    accepted.add(name);
    refresh();
  }

  /** A new document: nothing found yet, nothing checked. */
  public void clearForNewDocument() {
    checked.clear();
    latest = List.of();
    refresh();
  }

  private void refresh() {
    List<Row> open = new ArrayList<>();
    List<Row> done = new ArrayList<>();
    for (UnfamiliarName n : latest) {
      if (!accepted.contains(n.name())) {
        (checked.contains(n.name()) ? done : open).add(new Row(n, checked.contains(n.name())));
      }
    }
    open.addAll(done);
    if (!open.equals(rows)) {
      rows.setAll(open);
    }
    toVerify.set(open.size() - done.size());
  }
}
