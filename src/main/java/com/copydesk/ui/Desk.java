package com.copydesk.ui;

import com.copydesk.core.Edit;
import com.copydesk.core.Issue;
import com.copydesk.engine.CheckRouting;
import com.copydesk.engine.CheckSettings;
import com.copydesk.engine.Proofreader;
import com.copydesk.core.Variant;
import com.copydesk.engine.style.HouseStyle;
import com.copydesk.engine.style.HouseStyleException;
import com.copydesk.engine.style.HouseStyles;
import com.copydesk.formats.Document;
import com.copydesk.settings.UserSettings;
import com.copydesk.ui.check.LiveCheck;
import com.copydesk.ui.check.PreferencesDialog;
import com.copydesk.ui.check.ServerPreference;
import com.copydesk.ui.editor.FindBar;
import com.copydesk.ui.editor.ProofEditor;
import com.copydesk.ui.files.DocumentSession;
import com.copydesk.ui.files.Alerts;
import com.copydesk.ui.files.FileDialogs;
import com.copydesk.ui.files.Samples;
import com.copydesk.ui.names.NamesModel;
import com.copydesk.ui.names.NamesPanel;
import com.copydesk.ui.report.ChangeRecorder;
import com.copydesk.ui.report.ChangeReportAction;
import com.copydesk.ui.report.TrackedUndo;
import com.copydesk.ui.review.ReviewModel;
import com.copydesk.ui.review.ReviewPanel;
import com.copydesk.ui.status.StatusBar;
import com.copydesk.ui.status.TextStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.PlainTextChange;

/**
 * The copy editor's window: the draft on the left, the issue cards on the right, menus above and
 * the status bar below. Wires the editor, the review model, live checking and the files together;
 * the actions themselves live in {@link ReviewActions} and {@link FileActions}.
 */
public final class Desk {
  /** How long typing must pause before the draft is checked again. */
  public static final Duration PAUSE_BEFORE_CHECK = Duration.ofMillis(400);
  private static final String PANEL_WIDTH = "desk.panelWidth";

  private final Stage stage;
  private final UserSettings settings;
  private final ReviewModel review = new ReviewModel();
  private final DocumentSession session = new DocumentSession();
  private final LiveCheck liveCheck;
  private final CheckRouting routing;
  private final ProofEditor editor = new ProofEditor();
  private final FindBar findBar = new FindBar(editor);
  private final ObjectProperty<Variant> variant = new SimpleObjectProperty<>(this, "variant");
  private final VariantChoice variantChoice;
  private final ReviewActions reviewActions;
  private final FileActions files;
  private final ChangeRecorder changes = new ChangeRecorder();
  private final ChangeReportAction changeReport;
  private final ReviewPanel panel;
  private final PastedPageOffer pasteOffer;
  private final NamesModel names = new NamesModel();
  private final NamesPanel namesPanel;
  private final TabPane side;
  private final FileDialogs dialogs;
  private HouseStyle chosenStyle;
  private final StatusBar status;
  private final MenuBar menus;
  /** Results of checks of more paragraphs than this show their cards a frame before their underlines. */
  private static final int FEW_PARAGRAPHS = 3;
  private final Scene scene;
  private final SplitPane split;
  private CheckSettings engineSettings;
  private Theme theme;

  private boolean loading;
  private boolean editing;
  private boolean caretDriven;
  private final List<Edit> pendingRestyle = new ArrayList<>();

  public Desk(Stage stage, Proofreader proofreader, UserSettings settings, FileDialogs dialogs) {
    this.stage = stage;
    this.settings = settings;
    this.dialogs = dialogs;
    this.chosenStyle = settings.houseStyle().orElse(null);
    this.engineSettings = settings.checkSettings(chosenStyle);
    this.variant.set(engineSettings.variant());
    this.routing = new CheckRouting(proofreader, notice -> Platform.runLater(() -> status().say(notice)));
    this.routing.useServer(ServerPreference.of(settings).server().orElse(null));
    this.liveCheck = new LiveCheck(routing::check, Platform::runLater);
    this.status = new StatusBar(liveCheck.checkingProperty(), liveCheck.progressProperty(), variant);
    this.reviewActions = new ReviewActions(editor, review, settings, session::draft, this::checkNow, status::say, changes);
    this.files = new FileActions(session, settings, dialogs, new FileActions.DeskView() {
      @Override
      public Window window() {
        return stage;
      }

      @Override
      public String editorText() {
        return editor.text();
      }

      @Override
      public void show(Document document, String displayName) {
        Desk.this.show(document, displayName);
      }

      @Override
      public void say(String message) {
        status.say(message);
      }
    });
    this.changeReport = new ChangeReportAction(changes, session, dialogs, () -> stage, editor::text, status::say);
    this.variantChoice = new VariantChoice(settings, status, session, editor::text, variant, v -> {
      engineSettings = settings.checkSettings(chosenStyle).withVariant(v);
      checkNow();
    }, this::saveSettings);
    TrackedUndo.install(editor.area(), changes);
    this.panel = new ReviewPanel(review, reviewActions, liveCheck.checkingProperty());
    this.pasteOffer = new PastedPageOffer(reviewActions::cleanUpPasted);
    this.namesPanel = new NamesPanel(names, new NameReview(editor, names, settings, status::say));
    this.side = sideTabs();
    editor.setTopBar(new javafx.scene.layout.VBox(findBar.node(), pasteOffer.node()));
    editor.setOnPaste(span -> pasteOffer.pasted(span, editor.text()));
    editor.setIssueMenu(reviewActions::menuItemsAt);
    this.menus = DeskMenus.create(this);

    split = new SplitPane(editor.node(), side);
    split.getStyleClass().add("desk-split");
    SplitPane.setResizableWithParent(side, false);
    BorderPane root = new BorderPane(split, menus, null, status.node(), null);
    root.getStyleClass().add("desk");
    scene = new Scene(root);
    theme = Theme.fromId(settings.theme());
    theme.apply(scene);
    scene.getAccelerators().put(DeskMenus.key(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        this::redo);
    files.acceptDrops(scene);
    wire();
    stage.setScene(scene);
    stage.titleProperty().bind(session.titleBinding());
    stage.setOnCloseRequest(e -> {
      if (!readyToClose()) {
        e.consume();
      }
    });
    stage.focusedProperty().addListener((obs, was, now) -> {
      if (now) {
        Platform.runLater(files::windowFocused);
      }
    });
  }

  /** The issue cards and the names to verify, one tab each. */
  private TabPane sideTabs() {
    Tab issues = new Tab("Issues", panel.node());
    Tab unfamiliar = new Tab("Names", namesPanel.node());
    unfamiliar.textProperty().bind(names.toVerifyProperty().asString("Names (%d)"));
    TabPane tabs = new TabPane(issues, unfamiliar);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getStyleClass().add("side-tabs");
    return tabs;
  }

  /** The review panel opens as wide as last time (420 px at first) and keeps its width on resize. */
  private void placeDivider() {
    double wanted = settings.get(PANEL_WIDTH).map(Double::parseDouble).orElse(420.0);
    double width = split.getWidth();
    if (width > 0) {
      split.setDividerPositions(1 - Math.min(wanted, width * 0.6) / width);
    }
    panel.node().widthProperty().addListener((obs, was, now) -> {
      if (now.doubleValue() > 0) {
        settings.put(PANEL_WIDTH, String.valueOf(Math.round(now.doubleValue())));
      }
    });
  }

  private void wire() {
    StyleClassedTextArea area = editor.area();
    area.plainTextChanges().subscribe(this::textChanged);
    area.plainTextChanges().successionEnds(PAUSE_BEFORE_CHECK).subscribe(c -> {
      status.showStats(TextStats.of(editor.text()));
      checkNow();
    });
    liveCheck.setOnResult(r -> {
      editing = true;
      try {
        review.showCheck(r.issues());
      } finally {
        editing = false;
      }
      pasteOffer.checked(r.issues());
      names.show(r.names());
      Runnable underline = () -> {
        editor.showIssues(List.copyOf(review.visible()));
        DeskProbe.installed().forEach(p -> p.underlinesShown(scene, r.issues().size()));
      };
      if (r.checkedParagraphs() > FEW_PARAGRAPHS) {
        // the cards are laid out in the next pulse and the underlines in the one after: a result
        // that changes much never costs the window both layouts in one frame
        NextPulse.after(scene, underline);
      } else {
        underline.run(); // a re-check while typing: cards and underlines change together
      }
    });
    liveCheck.setOnFailure(e -> status.say("Checking failed: " + e.getMessage()));
    review.visible().addListener((ListChangeListener<Issue>) c -> {
      if (!editing && !loading) {
        editor.showIssues(List.copyOf(review.visible()));
      }
    });
    review.countsProperty().addListener((obs, was, now) -> status.showCounts(now));
    status.showCounts(review.countsProperty().get());
    review.selectedProperty().addListener((obs, was, now) -> {
      if (now != null && !caretDriven && !editing && !loading) {
        editor.select(now.span());
      }
    });
    area.caretPositionProperty().addListener((obs, was, now) -> {
      if (loading || editing) {
        return;
      }
      review.issueAt(now).ifPresent(i -> {
        if (!i.equals(review.selected())) {
          caretDriven = true;
          try {
            review.select(i);
          } finally {
            caretDriven = false;
          }
        }
      });
    });
    session.documentProperty().addListener((obs, was, now) -> {
      if (!loading && now != null) {
        variantChoice.savedAs(now.path()); // saved under another name: a choice follows the file
      }
    });
  }

  private void textChanged(PlainTextChange change) {
    liveCheck.outdate();
    if (loading) {
      return;
    }
    Edit edit = ProofEditor.toEdit(change);
    pasteOffer.edited(edit);
    editing = true;
    try {
      review.afterEdit(edit);
    } finally {
      editing = false;
    }
    session.textChanged(editor.text());
    // restyle the touched lines once the change is over, never while RichTextFX is still emitting it
    pendingRestyle.add(edit);
    if (pendingRestyle.size() == 1) {
      Platform.runLater(this::restyleAfterEdits);
    }
  }

  private void restyleAfterEdits() {
    List<Issue> visible = List.copyOf(review.visible());
    editor.showIssues(visible); // restyles only the lines whose underlines changed
    pendingRestyle.clear();
    findBar.textChanged();
  }

  /** Checks the text now in the editor (only changed paragraphs are really checked). */
  public void checkNow() {
    if (session.document() != null && !variantChoice.pending()) {
      liveCheck.check(session.draft(editor.text()), engineSettings);
    }
  }

  /** Puts a document on the desk; {@code name} overrides its file name (the sample). */
  public void show(Document doc, String name) {
    loading = true;
    try {
      session.opened(doc, name);
      review.clearForNewDocument();
      pasteOffer.reset();
      names.clearForNewDocument();
      editor.load(session.editorText());
      editor.spaceParagraphs(!doc.format().isText());
      changes.reset();
      pendingRestyle.clear();
      editor.showIssues(List.of());
    } finally {
      loading = false;
    }
    if (findBar.isOpen()) {
      findBar.close();
    }
    status.showStats(TextStats.of(editor.text()));
    status.say(doc.warnings().isEmpty() ? "" : String.join(" ", doc.warnings()));
    variantChoice.settle(doc);
  }

  /** "Read from the Draft" (Language menu): forgets the choice for the file and reads the draft again. */
  void readVariantFromDraft() {
    variantChoice.readFromDraft();
  }

  /** The copy editor picks the variant of the draft on the desk (Language menu). */
  void chooseVariant(Variant v) {
    variantChoice.choose(v);
  }

  /** Makes the variant in use the one for drafts that give no clue to their own. */
  void makeVariantTheDefault() {
    variantChoice.makeDefault();
  }

  /** The bundled sample article, as an untitled copy. */
  public void openSample() {
    show(Samples.sample(), Samples.sampleName());
  }

  void openSampleAsking() {
    if (files.confirmDiscard()) {
      openSample();
    }
  }

  /** Opens a file (no question asked); false, after a dialog saying why, if it cannot be opened. */
  public boolean openFile(Path path) {
    return files.openFile(path);
  }

  void undo() {
    if (editor.area().isUndoAvailable()) {
      editor.area().undo();
      checkNow();
    }
  }

  void redo() {
    if (editor.area().isRedoAvailable()) {
      editor.area().redo();
      checkNow();
    }
  }

  void quit() {
    if (readyToClose()) {
      stage.hide();
    }
  }

  /** Asks about unsaved changes and remembers the window; false when the copy editor cancels. */
  public boolean readyToClose() {
    if (!files.confirmDiscard()) {
      return false;
    }
    WindowPlacement.remember(stage, settings);
    try {
      settings.save();
    } catch (IOException e) {
      // closing matters more than the window's position
    }
    return true;
  }

  Theme theme() {
    return theme;
  }

  void setTheme(Theme t) {
    theme = t;
    t.apply(scene);
    settings.setTheme(t.id());
    saveSettings();
  }

  /** Edit ▸ Preferences…: where drafts are checked (this computer, or a Copydesk server). */
  void showPreferences() {
    new PreferencesDialog(stage, ServerPreference.of(settings)).ask().ifPresent(this::useServerPreference);
  }

  /** Checks from now on run where {@code p} says; the draft is checked again there. */
  public void useServerPreference(ServerPreference p) {
    p.saveTo(settings);
    saveSettings();
    routing.useServer(p.server().orElse(null));
    status.say(p.server().map(s -> "Checking with the Copydesk server at " + s + ".")
        .orElse("Checking on this computer."));
    checkNow();
  }

  /** The house style in force: the chosen one, or the language's default. */
  HouseStyle houseStyle() {
    return engineSettings.houseStyle();
  }

  /** What the copy editor chose: a shipped style's name, a file's path, or empty for the language's default. */
  Optional<String> styleChoice() {
    return settings.styleChoice();
  }

  /**
   * Checks with another house style from now on (null: the language's default), remembered for the
   * desk and the command line. A style file is read off the FX thread; one with mistakes is refused
   * with a dialog listing them by line, and the style in force stays.
   */
  public CompletableFuture<Boolean> chooseStyle(String nameOrPath) {
    if (nameOrPath == null) {
      applyStyle(null, null);
      return CompletableFuture.completedFuture(true);
    }
    return CompletableFuture.supplyAsync(() -> {
      try {
        return HouseStyles.resolve(nameOrPath);
      } catch (HouseStyleException e) {
        throw new java.util.concurrent.CompletionException(e);
      }
    }).handleAsync((style, failure) -> {
      if (failure != null) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        Alerts.showError(stage, "Copydesk cannot use this house style.", cause.getMessage());
        styleChanged.run();
        return false;
      }
      applyStyle(nameOrPath, style);
      return true;
    }, Platform::runLater);
  }

  private Runnable styleChanged = () -> { };

  /** Called after the style in force changed or a choice was refused (the menu shows the truth again). */
  void onStyleChanged(Runnable r) {
    styleChanged = r;
  }

  private void applyStyle(String choice, HouseStyle style) {
    chosenStyle = style;
    settings.setStyleChoice(choice);
    saveSettings();
    engineSettings = settings.checkSettings(chosenStyle).withVariant(engineSettings.variant());
    status.say("House style: " + engineSettings.houseStyle().name() + ".");
    styleChanged.run();
    checkNow();
  }

  /** Style ▸ Style File…: asks for a .style file and checks with it. */
  void openStyleFile() {
    Path folder = settings.styleChoice().map(Path::of).filter(p -> p.isAbsolute()).map(Path::getParent)
        .orElse(null);
    dialogs.chooseStyleFile(stage, folder).ifPresent(p -> chooseStyle(p.toAbsolutePath().toString()));
  }

  void showShortcuts() {
    ShortcutsDialog.show(stage, menus);
  }

  void showAbout() {
    ShortcutsDialog.showAbout(stage, settings.folder());
  }

  private void saveSettings() {
    SettingsSaving.save(settings, status::say, null);
  }

  /** Places the window where it was last time and shows it. */
  public void showWindow() {
    WindowPlacement.restore(stage, settings);
    stage.show();
    placeDivider();
    editor.area().requestFocus();
  }

  /** Stops background checking and lets go of the server (the proofreader belongs to the caller). */
  public void dispose() {
    variantChoice.close();
    liveCheck.close();
    routing.close();
  }

  // ---- for the launcher, menus and tests

  public Stage stage() {
    return stage;
  }

  public ReviewModel review() {
    return review;
  }

  public DocumentSession session() {
    return session;
  }

  public LiveCheck liveCheck() {
    return liveCheck;
  }

  public StyleClassedTextArea area() {
    return editor.area();
  }

  public ReviewPanel panel() {
    return panel;
  }

  /** The names to verify from the last check. */
  public NamesModel names() {
    return names;
  }

  public NamesPanel namesPanel() {
    return namesPanel;
  }

  /** Shows the names to verify (Review ▸ Names to Verify). */
  public void showNames() {
    side.getSelectionModel().select(1);
  }

  /** Shows the issue cards again. */
  public void showIssues() {
    side.getSelectionModel().select(0);
  }

  public StatusBar status() {
    return status;
  }

  public MenuBar menus() {
    return menus;
  }

  public ObjectProperty<Variant> variantProperty() {
    return variant;
  }

  FindBar findBar() {
    return findBar;
  }

  PastedPageOffer pasteOffer() {
    return pasteOffer;
  }

  ReviewActions reviewActions() {
    return reviewActions;
  }

  FileActions files() {
    return files;
  }

  /** The fixes applied in this session, for the change report. */
  public ChangeRecorder changes() {
    return changes;
  }

  ChangeReportAction changeReport() {
    return changeReport;
  }
}
