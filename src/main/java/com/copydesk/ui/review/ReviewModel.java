package com.copydesk.ui.review;

import com.copydesk.core.Category;
import com.copydesk.core.Edit;
import com.copydesk.core.FurnitureLines;
import com.copydesk.core.Issue;
import com.copydesk.core.Issues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The issues a copy editor is reviewing: what the last check found, minus what was ignored, kept
 * true to the text while it is edited, filtered by category, with one issue selected. An issue
 * inside a line of page furniture goes with that line's card instead of having its own (and is not
 * counted); removing or keeping the line settles it. Plain Java with JavaFX properties; no window
 * needed. Used on the FX thread only.
 */
public final class ReviewModel {
  private final ObservableList<Issue> issues = FXCollections.observableArrayList();
  private final FilteredList<Issue> visible = new FilteredList<>(issues, i -> true);
  private final ObjectProperty<Category> filter = new SimpleObjectProperty<>(this, "filter");
  private final ObjectProperty<Issue> selected = new SimpleObjectProperty<>(this, "selected");
  private final ReadOnlyObjectWrapper<Map<Category, Integer>> counts =
      new ReadOnlyObjectWrapper<>(this, "counts", emptyCounts());

  private final Set<String> ignoredSpots = new HashSet<>();
  private final Set<String> ignoredRules = new HashSet<>();
  private final Set<String> acceptedWords = new HashSet<>();
  /** Issues inside a furniture line, with the line they go with. */
  private Map<Issue, Issue> inFurniture = Map.of();

  public ReviewModel() {
    visible.setPredicate(this::shown);
    filter.addListener((obs, was, now) -> {
      visible.setPredicate(this::shown);
      if (selected.get() != null && !visible.contains(selected.get())) {
        selected.set(null);
      }
    });
  }

  /** Every issue still to review, in text order, whatever the filter. */
  public ObservableList<Issue> issues() {
    return FXCollections.unmodifiableObservableList(issues);
  }

  private boolean shown(Issue i) {
    Category f = filter.get();
    return !inFurniture.containsKey(i) && (f == null || i.category() == f);
  }

  /** The lines of page furniture still to review, in text order. */
  public List<Issue> furnitureLines() {
    List<Issue> out = new ArrayList<>();
    for (Issue i : issues) {
      if (FurnitureLines.isFurniture(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** The issues inside a furniture line, which go with its card (none for other issues). */
  public List<Issue> inside(Issue line) {
    List<Issue> out = new ArrayList<>();
    inFurniture.forEach((inner, l) -> {
      if (l.equals(line)) {
        out.add(inner);
      }
    });
    return out;
  }

  /** How many issues lie inside furniture lines and have no card of their own. */
  public int insideFurnitureCount() {
    return inFurniture.size();
  }

  /** The issues the filter lets through, in text order: the cards, the underlines, F8's stops. */
  public ObservableList<Issue> visible() {
    return visible;
  }

  /** The category shown, or null for all. */
  public ObjectProperty<Category> filterProperty() {
    return filter;
  }

  public ObjectProperty<Issue> selectedProperty() {
    return selected;
  }

  public Issue selected() {
    return selected.get();
  }

  public void select(Issue issue) {
    selected.set(issue);
  }

  /** How many issues of each category are left (every category present, zero if none). */
  public ReadOnlyObjectProperty<Map<Category, Integer>> countsProperty() {
    return counts.getReadOnlyProperty();
  }

  public int count(Category category) {
    return counts.get().getOrDefault(category, 0);
  }

  public int total() {
    return issues.size();
  }

  /**
   * Shows what a check found. The selection survives when the same issue (same rule, same place)
   * is found again; otherwise it moves to the next issue at or after where it was.
   */
  public void showCheck(List<Issue> found) {
    Issue was = selected.get();
    List<Issue> kept = new ArrayList<>(found.size());
    for (Issue issue : found) {
      if (!isIgnored(issue)) {
        kept.add(issue);
      }
    }
    kept.sort(Issues.TEXT_ORDER);
    replaceAll(kept);
    if (was != null) {
      selected.set(findSame(was).orElse(null));
    }
  }

  /**
   * Keeps issues true to the text after an edit, at once, without waiting for a check: issues
   * after it move, issues it touched go until the next check says otherwise.
   */
  public void afterEdit(Edit edit) {
    Issue was = selected.get();
    replaceAll(Issues.afterEdit(issues, edit));
    if (was != null) {
      List<Issue> moved = Issues.afterEdit(List.of(was), edit);
      selected.set(moved.isEmpty() ? null : findSame(moved.get(0)).orElse(null));
    }
  }

  /** Ignore this spot: the card goes and stays gone while its sentence is unchanged. */
  public void ignoreSpot(Issue issue) {
    ignoredSpots.add(issue.fingerprint());
    removeWhere(issue.start(), i -> i.fingerprint().equals(issue.fingerprint()));
  }

  /** The fingerprints of the spots ignored in this document (for its recovery copy). */
  public Set<String> ignoredSpots() {
    return Set.copyOf(ignoredSpots);
  }

  /** Ignores spots by fingerprint again (a draft restored from its recovery copy). */
  public void ignoreSpots(java.util.Collection<String> fingerprints) {
    ignoredSpots.addAll(fingerprints);
    removeWhere(selected.get() == null ? 0 : selected.get().start(), i -> ignoredSpots.contains(i.fingerprint()));
  }

  /** Ignore every issue of a rule for the rest of the session. */
  public void ignoreRule(String ruleId) {
    int from = selected.get() == null ? 0 : selected.get().start();
    ignoredRules.add(ruleId);
    removeWhere(from, i -> i.ruleId().equals(ruleId));
  }

  /** A word the copy editor added to the dictionary: its spelling issues go. */
  public void acceptWord(String word) {
    int from = selected.get() == null ? 0 : selected.get().start();
    acceptedWords.add(word);
    removeWhere(from, i -> i.category() == Category.SPELLING && i.coveredText().equals(word));
  }

  public boolean isRuleIgnored(String ruleId) {
    return ignoredRules.contains(ruleId);
  }

  /** The issues a "Fix all" would fix together with {@code issue} (itself included), in text order. */
  public List<Issue> sameCorrection(Issue issue) {
    List<Issue> out = new ArrayList<>();
    for (Issue i : issues) {
      if (i.sameCorrectionAs(issue) && !inFurniture.containsKey(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** The visible issue under a caret position (an underline's either end counts). */
  public Optional<Issue> issueAt(int position) {
    Issue sel = selected.get();
    if (sel != null && visible.contains(sel) && sel.start() <= position && position <= sel.end()) {
      return Optional.of(sel);
    }
    for (Issue i : visible) {
      if (i.start() > position) {
        break;
      }
      if (position <= i.end()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The visible issue after the selected one, or after the caret; wraps round. */
  public Optional<Issue> next(int caret) {
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    int at = selectedIndexAround(caret);
    if (at >= 0) {
      return Optional.of(visible.get((at + 1) % visible.size()));
    }
    for (Issue i : visible) {
      if (i.start() >= caret) {
        return Optional.of(i);
      }
    }
    return Optional.of(visible.get(0));
  }

  /** The visible issue before the selected one, or before the caret; wraps round. */
  public Optional<Issue> previous(int caret) {
    if (visible.isEmpty()) {
      return Optional.empty();
    }
    int at = selectedIndexAround(caret);
    if (at >= 0) {
      return Optional.of(visible.get((at - 1 + visible.size()) % visible.size()));
    }
    for (int k = visible.size() - 1; k >= 0; k--) {
      if (visible.get(k).end() < caret) {
        return Optional.of(visible.get(k));
      }
    }
    return Optional.of(visible.get(visible.size() - 1));
  }

  /** The first visible issue starting at or after {@code position}, else the last one. */
  public Optional<Issue> firstFrom(int position) {
    for (Issue i : visible) {
      if (i.start() >= position) {
        return Optional.of(i);
      }
    }
    return visible.isEmpty() ? Optional.empty() : Optional.of(visible.get(visible.size() - 1));
  }

  /** Forgets ignored spots (a new document); rules and words ignored stay for the session. */
  public void clearForNewDocument() {
    ignoredSpots.clear();
    selected.set(null);
    replaceAll(List.of());
  }

  private int selectedIndexAround(int caret) {
    Issue sel = selected.get();
    if (sel == null || caret < sel.start() || caret > sel.end()) {
      return -1;
    }
    return visible.indexOf(sel);
  }

  private boolean isIgnored(Issue issue) {
    return ignoredRules.contains(issue.ruleId())
        || ignoredSpots.contains(issue.fingerprint())
        || issue.category() == Category.SPELLING && acceptedWords.contains(issue.coveredText());
  }

  private void removeWhere(int from, java.util.function.Predicate<Issue> gone) {
    Issue sel = selected.get();
    boolean selectionGoes = sel != null && gone.test(sel);
    List<Issue> left = new ArrayList<>(issues);
    left.removeIf(gone);
    replaceAll(left);
    if (selectionGoes || sel == null) {
      selected.set(visible.isEmpty() ? null : firstFrom(from).orElse(null));
    }
  }

  private Optional<Issue> findSame(Issue issue) {
    for (Issue i : issues) {
      if (i.equals(issue)) {
        return visible.contains(i) ? Optional.of(i) : Optional.empty();
      }
    }
    for (Issue i : visible) {
      if (i.span().equals(issue.span()) && i.ruleId().equals(issue.ruleId())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private void replaceAll(List<Issue> now) {
    if (!now.equals(issues)) {
      Map<Issue, Issue> grouped = FurnitureLines.lineOf(now);
      boolean regroup = !grouped.keySet().equals(inFurniture.keySet());
      inFurniture = grouped;
      issues.setAll(now);
      if (regroup) {
        visible.setPredicate(this::shown);
      }
    }
    Map<Category, Integer> c = emptyCounts();
    for (Issue i : issues) {
      if (!inFurniture.containsKey(i)) {
        c.merge(i.category(), 1, Integer::sum);
      }
    }
    if (!c.equals(counts.get())) {
      counts.set(Collections.unmodifiableMap(c));
    }
  }

  private static Map<Category, Integer> emptyCounts() {
    Map<Category, Integer> m = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      m.put(c, 0);
    }
    return m;
  }
}
