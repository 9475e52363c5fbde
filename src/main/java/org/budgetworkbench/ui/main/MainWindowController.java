package org.budgetworkbench.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.budgetworkbench.ui.DialogButtons;
import org.budgetworkbench.ui.Expandable;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.LayoutPreference;
import org.budgetworkbench.ui.Subscriptions;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.charts.ChartsView;
import org.budgetworkbench.ui.charts.ChartsViewModel;
import org.budgetworkbench.ui.findings.FindingsView;
import org.budgetworkbench.workflow.ImportReport;
import org.budgetworkbench.ui.district.DistrictView;
import org.budgetworkbench.ui.district.DistrictWindow;
import org.budgetworkbench.ui.importing.ImportResultView;
import org.budgetworkbench.ui.narrative.NarrativeView;
import org.budgetworkbench.ui.narrative.NarrativeViewModel;
import org.budgetworkbench.ui.compare.ComparisonView;
import org.budgetworkbench.ui.compare.ComparisonViewModel;
import org.budgetworkbench.ui.editing.HistoryView;
import org.budgetworkbench.ui.editing.HistoryViewModel;
import org.budgetworkbench.ui.exporting.ExportViewModel;
import org.budgetworkbench.ui.navigator.NavigatorNode;
import org.budgetworkbench.ui.targets.TargetEditorView;
import org.budgetworkbench.ui.targets.TargetEditorViewModel;
import org.budgetworkbench.ui.performance.PerformanceView;
import org.budgetworkbench.ui.performance.PerformanceViewModel;
import org.budgetworkbench.ui.table.DisclosureTableView;
import org.budgetworkbench.ui.table.DisclosureTableViewModel;

/**
 * The main window's view (MainWindow.fxml): binds the controls to {@link MainWindowViewModel} and builds
 * the content view for what the view model has open. Holds no state of its own beyond the controls.
 */
public final class MainWindowController {
    private final MainWindowViewModel vm;
    private final Executor background;
    private final Consumer<Language> onLanguage;
    private final LayoutPreference layout;
    private final Consumer<Path> onStore;

    @FXML private BorderPane rootPane;
    @FXML private TextField filterField;
    @FXML private TreeView<NavigatorNode> navigatorTree;
    @FXML private StackPane contentPane;
    @FXML private VBox navigatorPane;
    @FXML private SplitPane splitPane;
    @FXML private SplitPane workPane;
    @FXML private javafx.scene.control.Hyperlink resultLink;
    @FXML private CheckMenuItem showNavigator;
    @FXML private RadioMenuItem chineseItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private Label statusLabel;
    @FXML private Label locationLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button importButton;
    @FXML private Button samplesButton;
    @FXML private Menu recentMenu;
    @FXML private StackPane findingsHolder;
    @FXML private ProgressBar importProgress;
    @FXML private Button cancelImportButton;
    @FXML private ResourceBundle resources;
    @FXML private javafx.scene.control.MenuItem undoItem;
    @FXML private javafx.scene.control.MenuItem redoItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem writeBackItem;
    @FXML private MenuItem reportItem;
    @FXML private MenuItem reportAllItem;
    @FXML private Button exportButton;

    private final Subscriptions subs = new Subscriptions();
    private boolean selecting;
    private boolean importingSamples;
    private FileDrop drop;

    public MainWindowController(MainWindowViewModel vm, Executor background, Consumer<Language> onLanguage,
                                LayoutPreference layout, Consumer<Path> onStore) {
        this.onStore = onStore;
        this.vm = vm;
        this.background = background;
        this.onLanguage = onLanguage;
        this.layout = layout;
    }

    @FXML
    private void initialize() {
        ToggleGroup languages = new ToggleGroup();
        chineseItem.setToggleGroup(languages);
        englishItem.setToggleGroup(languages);
        (vm.languageProperty().get() == Language.ENGLISH ? englishItem : chineseItem).setSelected(true);

        filterField.textProperty().bindBidirectional(vm.navigator().filterProperty());
        subs.onDispose(() -> filterField.textProperty().unbindBidirectional(vm.navigator().filterProperty()));
        navigatorTree.setShowRoot(false);
        showTree(vm.navigator().visibleRoot());
        subs.on(vm.navigator().visibleRootProperty(), (o, a, b) -> showTree(b));
        navigatorTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!selecting) {
                vm.selectedProperty().set(b == null ? null : b.getValue());
            }
        });
        navigatorTree.setCellFactory(t -> new NavigatorCell());
        // a finding chosen below opens its table: the tree follows the view model
        subs.on(vm.selectedProperty(), (o, a, b) -> selectInTree(b));

        FindingsView findingsView = new FindingsView(vm.findings(), resources, vm::go);
        findingsHolder.getChildren().setAll(findingsView);
        subs.onDispose(findingsView::dispose);
        importProgress.progressProperty().bind(vm.progressProperty());
        importProgress.visibleProperty().bind(vm.busyProperty());
        importProgress.managedProperty().bind(vm.busyProperty());
        cancelImportButton.visibleProperty().bind(vm.busyProperty());
        cancelImportButton.managedProperty().bind(vm.busyProperty());
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        subs.on(vm.lastReportProperty(), (o, a, r) -> {
            if (r != null && (!importingSamples || r.discarded())) {
                showReport(r);
            }
        });
        drop = new FileDrop(vm::importable, files -> runImport(files, false));
        drop.attach(rootPane);

        statusLabel.textProperty().bind(vm.statusProperty());
        // an import's failures can outrun the bar; the tooltip shows the whole message
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(vm.statusProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        statusLabel.setTooltip(whole);
        locationLabel.textProperty().bind(vm.locationProperty());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        importButton.disableProperty().bind(vm.busyProperty());
        samplesButton.disableProperty().bind(vm.busyProperty());

        showNavigator.selectedProperty().addListener((o, a, show) -> {
            if (show && !splitPane.getItems().contains(navigatorPane)) {
                splitPane.getItems().add(0, navigatorPane);
                splitPane.setDividerPositions(0.27);
            } else if (!show) {
                splitPane.getItems().remove(navigatorPane);
            }
        });

        // the table above, the findings below: where the analyst put the divider is where it stays
        workPane.setDividerPositions(layout.divider("findings", workPane.getDividerPositions()[0]));
        workPane.getDividers().get(0).positionProperty().addListener((o, a, p) ->
                layout.saveDivider("findings", p.doubleValue()));
        // an import's notes (regions not read, files already stored) are one click away from the status line
        subs.on(vm.lastReportProperty(), (o, a, r) -> showResultLink(r));
        showResultLink(vm.lastReportProperty().get());
        bindEditMenu();
        bindExports();
        showContent(vm.contentProperty().get());
        subs.on(vm.contentProperty(), (o, a, b) -> showContent(b));
        subs.on(vm.emptyProperty(), (o, a, b) -> showContent(vm.contentProperty().get()));
    }

    /**
     * Takes this view's listeners off the view model: the window is about to show a new view over it (language
     * switch), and this one must no longer open dialogs or follow selections.
     */
    void dispose() {
        subs.dispose();
    }

    /** The listeners this view has on the view model (a test checks a replaced view leaves none). */
    int listening() {
        return subs.size();
    }

    /** Rebuilds the tree, keeping the selection and which branches were open where the nodes survive. */
    private void showTree(NavigatorNode root) {
        NavigatorNode chosen = vm.selectedProperty().get();
        TreeItem<NavigatorNode> rootItem = item(root, vm.navigator().filterProperty().get().isBlank() ? 4 : 99);
        selecting = true;
        try {
            navigatorTree.setRoot(rootItem);
            if (chosen != null) {
                TreeItem<NavigatorNode> again = find(rootItem, chosen.path());
                if (again != null) {
                    navigatorTree.getSelectionModel().select(again);
                }
            }
        } finally {
            selecting = false;
        }
    }

    private void selectInTree(NavigatorNode node) {
        if (selecting) {
            return;
        }
        TreeItem<NavigatorNode> it = node == null || navigatorTree.getRoot() == null ? null
                : find(navigatorTree.getRoot(), node.path());
        if (it == null || navigatorTree.getSelectionModel().getSelectedItem() == it) {
            return;
        }
        selecting = true;
        try {
            for (TreeItem<NavigatorNode> p = it.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            navigatorTree.getSelectionModel().select(it);
            int row = navigatorTree.getRow(it);
            if (row >= 0) {
                navigatorTree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            selecting = false;
        }
    }

    /** A navigator line: the label, and after it, greyed, the detail (a document's status and open findings). */
    private static final class NavigatorCell extends TreeCell<NavigatorNode> {
        @Override
        protected void updateItem(NavigatorNode n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (n.detail().isEmpty()) {
                setText(n.label());
                setGraphic(null);
                return;
            }
            setText(null);
            Label label = new Label(n.label());
            Label detail = new Label(n.detail());
            detail.getStyleClass().add("node-detail");
            if (n.detail().contains("·")) {
                detail.getStyleClass().add("has-open");
            }
            label.setMinWidth(Label.USE_PREF_SIZE);
            detail.setMinWidth(Label.USE_PREF_SIZE);
            setGraphic(new HBox(6, label, detail));
        }
    }

    private static TreeItem<NavigatorNode> item(NavigatorNode n, int openDepth) {
        TreeItem<NavigatorNode> it = new TreeItem<>(n);
        it.setExpanded(openDepth > 0);
        for (NavigatorNode c : n.children()) {
            it.getChildren().add(item(c, openDepth - 1));
        }
        return it;
    }

    private static TreeItem<NavigatorNode> find(TreeItem<NavigatorNode> item, String path) {
        if (item.getValue() != null && item.getValue().path().equals(path)) {
            return item;
        }
        for (TreeItem<NavigatorNode> c : item.getChildren()) {
            TreeItem<NavigatorNode> f = find(c, path);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void showContent(Object content) {
        Node view;
        if (content instanceof DisclosureTableViewModel t) {
            view = new DisclosureTableView(t, resources);
        } else if (content instanceof PerformanceViewModel p) {
            view = new PerformanceView(p);
        } else if (content instanceof NarrativeViewModel n) {
            view = new NarrativeView(n, resources);
        } else if (content instanceof ChartsViewModel c) {
            view = new ChartsView(c);
        } else if (workbenchView(content) != null) {
            view = workbenchView(content);
        } else if (vm.emptyProperty().get()) {
            view = welcome();
        } else {
            Label hint = new Label(Texts.get(resources, "content.hint"));
            hint.getStyleClass().add("content-hint");
            view = hint;
        }
        contentPane.getChildren().setAll(view);
    }

    /** The workbench's own views (target editor, 修改记录, 比较), or null for other content. */
    private Node workbenchView(Object content) {
        if (content instanceof TargetEditorViewModel t) {
            return new TargetEditorView(t, resources);
        }
        if (content instanceof HistoryViewModel h) {
            return new HistoryView(h, resources);
        }
        if (content instanceof ComparisonViewModel c) {
            return new ComparisonView(c, resources);
        }
        if (content instanceof org.budgetworkbench.ui.summary.DocumentSummaryViewModel s) {
            return new org.budgetworkbench.ui.summary.DocumentSummaryView(s, resources);
        }
        return null;
    }

    /** 编辑 → 撤销/重做 (Ctrl+Z / Ctrl+Y), enabled while the document looked at has something to undo/redo. */
    private void bindEditMenu() {
        undoItem.disableProperty().bind(vm.editing().canUndoProperty().not());
        redoItem.disableProperty().bind(vm.editing().canRedoProperty().not());
    }

    /** 导出 needs a chosen document (the store report only a stored one), 写回 one read from a workbook. */
    private void bindExports() {
        javafx.beans.binding.BooleanBinding none = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.chosenDocument().isEmpty(), vm.selectedProperty());
        javafx.beans.binding.BooleanBinding noWorkbook = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.chosenDocument().map(id -> !vm.exports().canWriteBack(id)).orElse(true),
                vm.selectedProperty());
        exportItem.disableProperty().bind(none.or(vm.busyProperty()));
        exportButton.disableProperty().bind(none.or(vm.busyProperty()));
        reportItem.disableProperty().bind(none.or(vm.busyProperty()));
        writeBackItem.disableProperty().bind(noWorkbook.or(vm.busyProperty()));
        reportAllItem.disableProperty().bind(vm.emptyProperty().or(vm.busyProperty()));
    }

    @FXML
    private void exportDisclosure() {
        vm.chosenDocument().filter(this::exportDespiteErrors).ifPresent(id -> export(id,
                ExportViewModel.Kind.DISCLOSURE, out -> vm.exports().disclosure(id, out)));
    }

    @FXML
    private void writeBack() {
        vm.chosenDocument().filter(this::exportDespiteErrors).ifPresent(id -> export(id,
                ExportViewModel.Kind.WRITE_BACK, out -> vm.exports().intoOriginal(id, out)));
    }

    /** A document with open errors is exported only when the analyst says so (仍然导出 / 取消). */
    private boolean exportDespiteErrors(long documentId) {
        long errors = vm.exports().openErrors(documentId);
        if (errors == 0) {
            return true;
        }
        javafx.scene.control.ButtonType anyway = new javafx.scene.control.ButtonType(
                Texts.get(resources, "export.errors.anyway"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, Texts.get(resources, "export.errors.text", errors), anyway,
                DialogButtons.cancel(resources));
        a.initOwner(window());
        a.setTitle(Texts.get(resources, "export.errors.title"));
        a.setHeaderText(Texts.get(resources, "export.errors.header", errors));
        a.getDialogPane().setId("export-errors");
        styled(a.getDialogPane());
        return a.showAndWait().filter(anyway::equals).isPresent();
    }

    @FXML
    private void exportReport() {
        vm.chosenDocument().flatMap(id -> vm.exports().stored(id)).ifPresent(d -> export(d.id(),
                ExportViewModel.Kind.DEPARTMENT_REPORT, out -> vm.exports().report(d.department(), out)));
    }

    @FXML
    private void exportStoreReport() {
        export(vm.chosenDocument().orElse(-1L), ExportViewModel.Kind.STORE_REPORT,
                out -> vm.exports().report(null, out));
    }

    /** Asks where to, then exports in the background; the status line says what was written or why not. */
    private void export(long documentId, ExportViewModel.Kind kind,
                        java.util.function.Function<Path, ExportViewModel.Outcome> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(resources, "export.chooser.title"));
        String name = vm.exports().suggestedName(documentId, kind);
        chooser.setInitialFileName(name);
        vm.exports().suggestedFolder(documentId, kind).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        chooser.getExtensionFilters().add(name.toLowerCase(java.util.Locale.ROOT).endsWith(".xls")
                ? new FileChooser.ExtensionFilter(Texts.get(resources, "export.chooser.filter.xls"), "*.xls")
                : new FileChooser.ExtensionFilter(Texts.get(resources, "export.chooser.filter"), "*.xlsx"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            background.execute(vm.exportTask(file.toPath(), export));
        }
    }

    @FXML
    private void undo() {
        vm.undo();
    }

    @FXML
    private void redo() {
        vm.redo();
    }

    /** First run: nothing stored yet, so say what to do and offer the samples. */
    private Node welcome() {
        Label title = new Label(Texts.get(resources, "welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label text = new Label(Texts.get(resources, "welcome.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        List<Path> samples = vm.sampleFiles();
        Button open = new Button(samples.isEmpty() ? Texts.get(resources, "welcome.nosamples")
                : Texts.get(resources, "welcome.samples", samples.size()));
        open.setId("welcome-samples");
        open.setDefaultButton(true);
        open.setDisable(samples.isEmpty());
        open.disableProperty().bind(vm.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                samples::isEmpty)));
        open.setOnAction(e -> openSamples());
        Button importFiles = new Button(Texts.get(resources, "welcome.import"));
        importFiles.setOnAction(e -> importFiles());
        VBox box = new VBox(title, text, open, importFiles);
        box.getStyleClass().add("welcome");
        box.setId("welcome");
        return box;
    }

    @FXML
    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(resources, "import.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Texts.get(resources, "import.chooser.filter"), "*.xlsx", "*.xls", "*.pdf"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            runImport(files.stream().map(File::toPath).toList(), false);
        }
    }

    @FXML
    private void importFolder() {
        district().ifPresent(v -> DistrictWindow.chooseFolder(window(), resources).ifPresent(v::importFolder));
    }

    @FXML
    private void exportReviewSheet() {
        district().ifPresent(DistrictView::exportSheet);
    }

    @FXML
    private void showDistrict() {
        district();
    }

    /** The district view in its own window (opened, or brought to the front), its lines read again. */
    private java.util.Optional<DistrictView> district() {
        if (districtWindow == null) {
            districtWindow = new DistrictWindow(vm.district(), resources, background, id -> {
                vm.openDocument(id);
                Window w = window();
                if (w instanceof javafx.stage.Stage s) {
                    s.toFront();
                }
            }, () -> {
                vm.refresh();
                vm.findings().reload();
            });
        }
        districtWindow.show(window());
        return java.util.Optional.of(districtWindow.view());
    }

    @FXML
    private void openSamples() {
        List<Path> samples = vm.sampleFiles();
        if (!samples.isEmpty()) {
            runImport(samples, true);
        }
    }

    private DistrictWindow districtWindow;

    private void runImport(List<Path> files, boolean asSamples) {
        if (vm.busyProperty().get()) {
            return; // one import at a time; the bar shows the running one
        }
        importingSamples = asSamples;
        background.execute(vm.importTask(files, asSamples));
    }

    @FXML
    private void cancelImport() {
        vm.cancelImport();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        List<Path> recent = vm.recentFiles();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem(Texts.get(resources, "menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        for (Path p : recent) {
            MenuItem it = new MenuItem(p.getFileName().toString());
            it.setMnemonicParsing(false);
            it.setOnAction(e -> runImport(List.of(p), false));
            recentMenu.getItems().add(it);
        }
        recentMenu.getItems().add(new SeparatorMenuItem());
        MenuItem clear = new MenuItem(Texts.get(resources, "menu.file.recent.clear"));
        clear.setOnAction(e -> vm.clearRecentFiles());
        recentMenu.getItems().add(clear);
    }

    private void showResultLink(ImportReport r) {
        boolean worth = r != null && (!r.notes().isEmpty() || !r.alreadyStored().isEmpty() || r.discarded());
        resultLink.setVisible(worth);
        resultLink.setManaged(worth);
    }

    /** 文件 → 打开数据库…: another store (one made with {@code import --db}) in this window. */
    @FXML
    private void openStore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(resources, "store.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Texts.get(resources, "store.chooser.filter"), "*.mv.db"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            openStore(file.toPath());
        }
    }

    /** Opens the store, or says in a dialog why it cannot (missing, in use, damaged) and keeps the one open. */
    void openStore(Path file) {
        try {
            onStore.accept(file);
        } catch (org.budgetworkbench.store.StoreException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage(), DialogButtons.ok(resources));
            a.initOwner(window());
            a.setTitle(Texts.get(resources, "store.open.failed.title"));
            a.setHeaderText(Texts.get(resources, "store.open.failed.header", file.getFileName()));
            styled(a.getDialogPane());
            a.show();
        }
    }

    /** A dialog in the window's font stack and styles, so Chinese never shows as boxes in it. */
    private void styled(javafx.scene.control.DialogPane pane) {
        if (rootPane.getScene() != null) {
            pane.getStylesheets().addAll(rootPane.getScene().getStylesheets());
        }
        pane.getStyleClass().add("bw-dialog");
    }

    @FXML
    private void showLastReport() {
        ImportReport r = vm.lastReportProperty().get();
        if (r != null) {
            showReport(r);
        }
    }

    /** The import's result file by file, in a dialog that does not hold the window up. */
    private void showReport(ImportReport r) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(window());
        d.setTitle(Texts.get(resources, "import.result.title"));
        d.getDialogPane().setContent(new ImportResultView(r, vm.describe(r), resources));
        d.getDialogPane().getButtonTypes().add(DialogButtons.ok(resources));
        d.getDialogPane().getStylesheets().addAll(rootPane.getScene() == null ? List.of()
                : rootPane.getScene().getStylesheets());
        d.setResizable(true);
        d.show();
    }

    @FXML
    private void expandAll() {
        currentExpandable().ifPresent(Expandable::expandAll);
    }

    @FXML
    private void collapseAll() {
        currentExpandable().ifPresent(Expandable::collapseAll);
    }

    private java.util.Optional<Expandable> currentExpandable() {
        return contentPane.getChildren().stream().filter(n -> n instanceof Expandable).map(n -> (Expandable) n)
                .findFirst();
    }

    @FXML
    private void useChinese() {
        onLanguage.accept(Language.CHINESE);
    }

    @FXML
    private void useEnglish() {
        onLanguage.accept(Language.ENGLISH);
    }

    @FXML
    private void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", DialogButtons.ok(resources));
        a.initOwner(window());
        a.setTitle(Texts.get(resources, "about.title"));
        a.setHeaderText(Texts.get(resources, "about.header"));
        a.setContentText(Texts.get(resources, "about.text"));
        a.showAndWait();
    }

    @FXML
    private void exit() {
        Window w = window();
        if (w != null) {
            w.hide();
        }
        Platform.exit();
    }

    private Window window() {
        return rootPane.getScene() == null ? null : rootPane.getScene().getWindow();
    }
}
