package com.copydesk.ui.editor;

import com.copydesk.core.Edit;
import com.copydesk.core.Issue;
import com.copydesk.core.Span;
import java.util.List;
import java.util.function.IntFunction;
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
import org.fxmisc.richtext.model.TwoDimensional;
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

  private final StyleClassedTextArea area = new StyleClassedTextArea(false);
  private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
  private final BorderPane root = new BorderPane(scroll);
  private List<Underlines.Mark> issueMarks = List.of();
  private List<Underlines.Mark> findMarks = List.of();
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

  /** Replaces the whole text, without undo history, caret at the top. */
  public void load(String text) {
    area.replaceText(text);
    area.getUndoManager().forgetHistory();
    area.moveTo(0);
    area.showParagraphAtTop(0);
  }

  public String text() {
    return area.getText();
  }

  public int caret() {
    return area.getCaretPosition();
  }

  /** Items for the context menu at a text position (suggestions when it is on an underline). */
  public void setIssueMenu(IntFunction<List<MenuItem>> issueMenu) {
    this.issueMenu = issueMenu;
  }

  /** Underlines these issues (and no others). */
  public void showIssues(List<Issue> issues) {
    issueMarks = Underlines.marks(issues, List.of(), null);
    restyle(0, area.getLength());
  }

  /** Highlights find matches (none: pass an empty list). */
  public void showFindHits(List<Span> hits, Span current) {
    findMarks = Underlines.marks(List.of(), hits, current);
    restyle(0, area.getLength());
  }

  /**
   * After an edit: issue marks move as {@code shiftedIssues} say, and only the lines the edit
   * touched are restyled (the rest of the text kept its styles through the edit).
   */
  public void afterEdit(Edit edit, List<Issue> shiftedIssues) {
    issueMarks = Underlines.marks(shiftedIssues, List.of(), null);
    int from = lineStart(edit.start());
    int to = lineEnd(Math.min(area.getLength(), edit.start() + edit.inserted().length()));
    restyle(from, to);
  }

  /** Selects a range and scrolls it into view. */
  public void select(Span span) {
    int end = Math.min(span.end(), area.getLength());
    int start = Math.min(span.start(), end);
    area.selectRange(start, end);
    area.requestFollowCaret();
  }

  private void restyle(int from, int to) {
    if (to <= from) {
      return;
    }
    List<Underlines.Mark> all = new java.util.ArrayList<>(issueMarks.size() + findMarks.size());
    all.addAll(issueMarks);
    all.addAll(findMarks);
    area.setStyleSpans(from, Underlines.styles(from, to, all));
  }

  private int lineStart(int pos) {
    return area.getAbsolutePosition(paragraphOf(pos), 0);
  }

  private int lineEnd(int pos) {
    int par = paragraphOf(pos);
    return area.getAbsolutePosition(par, area.getParagraphLength(par));
  }

  private int paragraphOf(int pos) {
    int p = Math.max(0, Math.min(pos, area.getLength()));
    return area.offsetToPosition(p, TwoDimensional.Bias.Forward).getMajor();
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
