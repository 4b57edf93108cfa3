package com.copydesk.ui.editor;

import com.copydesk.core.Edit;
import com.copydesk.core.Issue;
import com.copydesk.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The draft on the page: a RichTextFX area with a readable serif, wrapped lines, a measure kept to
 * a comfortable width, and the issues underlined by style class (the look lives in desk.css). Finds
 * are highlighted the same way. Right-click on an underline asks {@link #setIssueMenu} for the
 * suggestions to offer.
 */
public final class ProofEditor {
  /** The widest line of text, in pixels, before the margins grow instead. */
  private static final double MEASURE = 760;
  private static final double MIN_SIDE = 40;
  private static final String SPACED = "spaced-paragraphs";
  /** The most characters restyled in one call, except for a single longer paragraph. */
  private static final int RESTYLE_CHUNK = 6_000;

  private Consumer<Span> onPaste = span -> { };
  private final StyleClassedTextArea area = new StyleClassedTextArea(false) {
    @Override
    public void paste() {
      int from = getSelection().getStart();
      int lengthBefore = getLength() - getSelection().getLength();
      super.paste();
      int pasted = getLength() - lengthBefore;
      if (pasted > 0) {
        onPaste.accept(new Span(from, from + pasted));
      }
    }
  };
  private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
  private final BorderPane root = new BorderPane(scroll);
  private List<Underlines.Mark> issueMarks = List.of();
  private List<Underlines.Mark> findMarks = List.of();
  private final ShownMarks shown = new ShownMarks();
  private boolean restyleQueued;
  private IntFunction<List<MenuItem>> issueMenu = pos -> List.of();
  private ContextMenu shownMenu;

  public ProofEditor() {
    root.getStyleClass().add("editor-pane");
    // the area would otherwise ask for its whole preferred width and squeeze the review panel
    root.setMinWidth(360);
    area.getStyleClass().add("proof-editor");
    area.setWrapText(true);
    area.setUseInitialStyleForInsertion(true);
    area.setUndoManager(UndoUtils.plainTextUndoManager(area));
    area.setStyle("-fx-font-family: '" + EditorFonts.bodyFamily() + "';");
    area.widthProperty().addListener((obs, was, now) -> keepMeasure(now.doubleValue()));
    area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::showContextMenu);
    // every edit moves what is shown before anyone restyles
    area.plainTextChanges().subscribe(c -> {
      if (!c.isIdentity()) {
        shown.edited(toEdit(c));
      }
    });
  }

  public Node node() {
    return root;
  }

  public StyleClassedTextArea area() {
    return area;
  }

  /** Puts a bar (the find bar) above the text. */
  public void setTopBar(Node bar) {
    root.setTop(bar);
  }

  /** Told where pasted text now stands, after every paste (keyboard, menu or context menu). */
  public void setOnPaste(Consumer<Span> onPaste) {
    this.onPaste = onPaste;
  }

  /** Replaces the whole text, unstyled, without undo history, caret at the top. */
  public void load(String text) {
    area.replaceText(text);
    issueMarks = List.of();
    findMarks = List.of();
    shown.reset();
    restyleQueued = false;
    area.getUndoManager().forgetHistory();
    area.moveTo(0);
    area.showParagraphAtTop(0);
  }

  public String text() {
    return area.getText();
  }

  /**
   * Space paragraphs apart (a Word document, whose paragraphs are single lines without blank
   * lines between them) or not (text, where blank lines separate paragraphs).
   */
  public void spaceParagraphs(boolean spaced) {
    area.getStyleClass().remove(SPACED);
    if (spaced) {
      area.getStyleClass().add(SPACED);
    }
  }

  public int caret() {
    return area.getCaretPosition();
  }

  /** Items for the context menu at a text position (suggestions when it is on an underline). */
  public void setIssueMenu(IntFunction<List<MenuItem>> issueMenu) {
    this.issueMenu = issueMenu;
  }

  /** Underlines these issues (and no others); only lines whose underlines change are restyled. */
  public void showIssues(List<Issue> issues) {
    issueMarks = Underlines.marks(issues, List.of(), null);
    restyleChanges();
  }

  /** Highlights find matches (none: pass an empty list). */
  public void showFindHits(List<Span> hits, Span current) {
    findMarks = Underlines.marks(List.of(), hits, current);
    restyleChanges();
  }

  /** Selects a range and scrolls it into view. */
  public void select(Span span) {
    int end = Math.min(span.end(), area.getLength());
    int start = Math.min(span.start(), end);
    area.selectRange(start, end);
    area.requestFollowCaret();
  }

  /**
   * Restyles the lines where what is shown differs from the marks wanted. Nearby lines are styled
   * together, in stretches of at most {@link #RESTYLE_CHUNK} characters (RichTextFX handles one
   * call over several lines faster than one per line). The stretches on screen are styled at once;
   * the rest follow one stretch per FX event, so a first check that underlines the whole draft
   * never holds the window for long. Until then they count as not yet styled.
   */
  private void restyleChanges() {
    restyleQueued = false;
    List<Underlines.Mark> all = new ArrayList<>(issueMarks.size() + findMarks.size());
    all.addAll(issueMarks);
    all.addAll(findMarks);
    List<Span> lines = new ArrayList<>();
    List<Span> changed = shown.restyle(all);
    int[] starts = changed.isEmpty() ? new int[0] : paragraphStarts();
    for (Span s : changed) {
      int from = starts[paragraphOf(starts, s.start())];
      int lastPar = paragraphOf(starts, s.end());
      int to = starts[lastPar] + area.getParagraphLength(lastPar);
      lines.add(new Span(from, Math.max(from, to)));
    }
    List<Span> chunks = chunks(ShownMarks.merge(lines));
    Span view = onScreen();
    boolean anyOnScreen = chunks.stream().anyMatch(c -> c.overlaps(view));
    boolean styledOne = false;
    for (Span c : chunks) {
      if (anyOnScreen ? c.overlaps(view) : !styledOne) {
        area.setStyleSpans(c.start(), Underlines.styles(c.start(), c.end(), all));
        styledOne = true;
      } else {
        shown.notStyled(c);
      }
    }
    if (shown.hasUnstyled() && !restyleQueued) {
      restyleQueued = true;
      Platform.runLater(() -> {
        if (restyleQueued) {
          restyleChanges();
        }
      });
    }
  }

  /** Sorted ranges grouped into stretches of at most {@link #RESTYLE_CHUNK} characters (a longer range stays whole). */
  private static List<Span> chunks(List<Span> ranges) {
    List<Span> out = new ArrayList<>();
    Span current = null;
    for (Span r : ranges) {
      if (r.isEmpty()) {
        continue;
      }
      if (current != null && r.end() - current.start() <= RESTYLE_CHUNK) {
        current = new Span(current.start(), r.end());
      } else {
        if (current != null) {
          out.add(current);
        }
        current = r;
      }
    }
    if (current != null) {
      out.add(current);
    }
    return out;
  }

  /** The text on screen (whole paragraphs), or an empty span before the first layout. */
  private Span onScreen() {
    try {
      int first = area.firstVisibleParToAllParIndex();
      int last = area.lastVisibleParToAllParIndex();
      return new Span(area.getAbsolutePosition(first, 0),
          area.getAbsolutePosition(last, area.getParagraphLength(last)));
    } catch (RuntimeException e) {
      return new Span(0, 0);
    }
  }

  /** Where each paragraph starts (paragraphs are separated by one line break). */
  private int[] paragraphStarts() {
    int n = area.getParagraphs().size();
    int[] starts = new int[n];
    int at = 0;
    for (int i = 0; i < n; i++) {
      starts[i] = at;
      at += area.getParagraphLength(i) + 1;
    }
    return starts;
  }

  /** The paragraph holding a position: the last one starting at or before it. */
  private static int paragraphOf(int[] starts, int pos) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private void keepMeasure(double width) {
    double side = Math.max(MIN_SIDE, (width - MEASURE) / 2);
    area.setPadding(new Insets(28, side, 40, side));
  }

  private void showContextMenu(ContextMenuEvent e) {
    if (shownMenu != null) {
      shownMenu.hide();
    }
    CharacterHit hit = area.hit(e.getX(), e.getY());
    int pos = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
    ContextMenu menu = new ContextMenu();
    menu.getStyleClass().add("issue-menu");
    List<MenuItem> items = issueMenu.apply(pos);
    menu.getItems().addAll(items);
    if (!items.isEmpty()) {
      menu.getItems().add(new SeparatorMenuItem());
    }
    menu.getItems().addAll(editItems());
    // owned by the window, not the area, so the menu does not take on the draft's serif
    menu.show(area.getScene().getWindow(), e.getScreenX(), e.getScreenY());
    shownMenu = menu;
    e.consume();
  }

  private List<MenuItem> editItems() {
    MenuItem cut = new MenuItem("Cut");
    cut.setOnAction(a -> area.cut());
    MenuItem copy = new MenuItem("Copy");
    copy.setOnAction(a -> area.copy());
    MenuItem paste = new MenuItem("Paste");
    paste.setOnAction(a -> area.paste());
    boolean noSelection = area.getSelection().getLength() == 0;
    cut.setDisable(noSelection);
    copy.setDisable(noSelection);
    return List.of(cut, copy, paste);
  }

  /** The edit a RichTextFX change stands for. */
  public static Edit toEdit(PlainTextChange c) {
    return new Edit(c.getPosition(), c.getRemoved(), c.getInserted());
  }
}
