package org.budgetworkbench.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.compare.ComparisonViewModel;
import org.budgetworkbench.ui.compare.Partners;
import org.budgetworkbench.ui.editing.DocumentEditing;
import org.budgetworkbench.ui.editing.Editing;
import org.budgetworkbench.ui.editing.HistoryViewModel;
import org.budgetworkbench.ui.editing.TableEditing;
import org.budgetworkbench.ui.targets.TargetEditorViewModel;
import org.budgetworkbench.ui.importing.DocumentSource;
import org.budgetworkbench.ui.importing.ImportReport;
import org.budgetworkbench.ui.importing.ImportViewModel;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.navigator.LoadedDocument;
import org.budgetworkbench.ui.navigator.NavigatorNode;
import org.budgetworkbench.ui.navigator.NavigatorViewModel;
import org.budgetworkbench.ui.navigator.NodeKind;
import org.budgetworkbench.ui.performance.PerformanceViewModel;
import org.budgetworkbench.ui.table.DisclosureTableViewModel;

/**
 * The main window's view model (主窗口): the stored documents, the navigator, what is open on the right
 * (a {@link DisclosureTableViewModel} or a {@link PerformanceViewModel}), the status line and the language.
 */
public final class MainWindowViewModel {
    private final Store store;
    private final ImportViewModel importer;
    private final Samples samples;
    private final ObjectProperty<Language> language;
    private final NavigatorViewModel navigator;
    private final ObjectProperty<NavigatorNode> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Object> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Map<Long, Document> loaded = new HashMap<>();
    private final Editing editing;

    public MainWindowViewModel(Store store, DocumentSource source, Samples samples, Language language) {
        this.store = store;
        this.importer = new ImportViewModel(source, store.documents());
        this.samples = samples;
        this.language = new SimpleObjectProperty<>(language);
        this.navigator = new NavigatorViewModel(language.bundle());
        this.editing = new Editing(store);
        this.language.addListener((o, a, b) -> {
            navigator.bundleProperty().set(b.bundle());
            open(selected.get());
            refreshStatus();
        });
        selected.addListener((o, a, b) -> open(b));
        refresh();
    }

    public ResourceBundle bundle() {
        return language.get().bundle();
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public NavigatorViewModel navigator() {
        return navigator;
    }

    /** The navigator node chosen; choosing a table or performance node opens it. */
    public ObjectProperty<NavigatorNode> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Object> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Where the analyst is: document and table, shown at the right of the status bar. */
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** True while the store holds no document — the window then offers the samples. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public List<Path> sampleFiles() {
        return samples.files();
    }

    /** Reloads the document list from the store into the navigator. */
    public void refresh() {
        List<StoredDocument> stored = store.documents().list();
        List<LoadedDocument> docs = new ArrayList<>();
        for (StoredDocument s : stored) {
            Document d = loaded.computeIfAbsent(s.id(), id -> store.documents().load(id).orElse(null));
            if (d != null) {
                docs.add(new LoadedDocument(s, d));
            }
        }
        navigator.setDocuments(docs);
        empty.set(docs.isEmpty());
        refreshStatus();
    }

    private void refreshStatus() {
        status.set(Texts.get(bundle(), "status.documents", navigator.documentCount()));
    }

    public Optional<Document> document(long id) {
        Optional<Document> corrected = editing.current(id);
        if (corrected.isPresent()) {
            return corrected;
        }
        return Optional.ofNullable(loaded.computeIfAbsent(id, k -> store.documents().load(k).orElse(null)));
    }

    private void open(NavigatorNode node) {
        if (node == null || !node.kind().opensContent() || node.documentId() == null) {
            content.set(null);
            location.set("");
            return;
        }
        Optional<Document> doc = document(node.documentId());
        if (doc.isEmpty()) {
            content.set(null);
            return;
        }
        Document d = doc.get();
        ResourceBundle b = bundle();
        if (openWorkbench(node, d, b)) {
            return;
        }
        switch (node.kind()) {
            case TABLE -> d.table(node.table()).ifPresentOrElse(t -> {
                DisclosureTableViewModel vm = new DisclosureTableViewModel(t, b)
                        .withEditor(new TableEditing(editingOf(node.documentId()), t.type()));
                content.set(vm);
                location.set(Texts.get(b, "status.table", d.displayTitle(), vm.title(), vm.rowCount(), d.unit()));
            }, () -> content.set(null));
            case TARGETS -> {
                content.set(PerformanceViewModel.forTargets(d.targets(), b));
                location.set(Texts.get(b, "status.performance", d.displayTitle(), Texts.get(b, "nav.targets")));
            }
            case EVALUATIONS -> {
                content.set(PerformanceViewModel.forEvaluations(d.evaluations(), b));
                location.set(Texts.get(b, "status.performance", d.displayTitle(), Texts.get(b, "nav.evaluations")));
            }
            default -> content.set(null);
        }
    }

    // --- the analyst's workbench: corrections with undo, the target editor, history, comparison ---

    /** The documents open for correction and what 编辑 → 撤销/重做 act on. */
    public Editing editing() {
        return editing;
    }

    /** The document open for correction (opened the first time it is asked for); its changes show in the status. */
    public DocumentEditing editingOf(long documentId) {
        DocumentEditing e = editing.of(documentId, id -> store.documents().load(id).orElseThrow());
        if (!watched.contains(documentId)) {
            watched.add(documentId);
            e.messageProperty().addListener((o, a, m) -> status.set(m));
        }
        return e;
    }

    private final java.util.Set<Long> watched = new java.util.HashSet<>();

    public void undo() {
        editing.undo();
    }

    public void redo() {
        editing.redo();
    }

    /** Opens the workbench's own views; false for the nodes the switch in {@link #open} handles. */
    private boolean openWorkbench(NavigatorNode node, Document d, ResourceBundle b) {
        editing.activeProperty().set(editingOf(node.documentId()));
        switch (node.kind()) {
            case TARGETS -> {
                content.set(new TargetEditorViewModel(editingOf(node.documentId())));
                location.set(Texts.get(b, "status.performance", d.displayTitle(), Texts.get(b, "nav.targets")));
                return true;
            }
            case HISTORY -> {
                content.set(new HistoryViewModel(store.edits(), node.documentId(),
                        Texts.get(b, "history.title", d.displayTitle()), editingOf(node.documentId()),
                        java.time.ZoneId.systemDefault()));
                location.set(Texts.get(b, "status.performance", d.displayTitle(), Texts.get(b, "nav.history")));
                return true;
            }
            case COMPARE -> {
                content.set(comparison(node.documentId(), d, b));
                location.set(Texts.get(b, "status.performance", d.displayTitle(), Texts.get(b, "nav.compare")));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The comparison of a document with the partners the store holds (同比, 预算执行). */
    public ComparisonViewModel comparison(long documentId, Document d, ResourceBundle b) {
        List<StoredDocument> all = store.documents().list();
        StoredDocument self = store.documents().get(documentId).orElseThrow();
        Partners p = Partners.of(self, all);
        Document previous = p.previousYear().flatMap(s -> document(s.id())).orElse(null);
        Document budget = p.hasExecution() ? document(p.budget().get().id()).orElse(null) : null;
        Document fin = p.hasExecution() ? document(p.finalAccounts().get().id()).orElse(null) : null;
        return new ComparisonViewModel(d, previous, budget, fin, b);
    }

    /** Imports files now, on the calling thread; the window uses {@link #importTask} instead. */
    public ImportReport importNow(List<Path> files, boolean asSamples) {
        return asSamples ? importer.importSamples(files) : importer.importFiles(files);
    }

    /** An import to run off the FX thread; when it succeeds the navigator and the status line follow. */
    public Task<ImportReport> importTask(List<Path> files, boolean asSamples) {
        Task<ImportReport> task = new Task<>() {
            @Override
            protected ImportReport call() {
                return importNow(files, asSamples);
            }
        };
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            applied(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            status.set(Texts.get(bundle(), "import.crashed", String.valueOf(task.getException())));
        });
        return task;
    }

    /** Takes an import's report in: refreshes the navigator and says what happened. */
    public void applied(ImportReport report) {
        refresh();
        status.set(describe(report));
    }

    public String describe(ImportReport r) {
        ResourceBundle b = bundle();
        StringBuilder s = new StringBuilder(Texts.get(b, "import.done", r.storedIds().size()));
        if (!r.alreadyStored().isEmpty()) {
            s.append(Texts.get(b, "import.known", r.alreadyStored().size()));
        }
        if (!r.notes().isEmpty()) {
            s.append(Texts.get(b, "import.notes", r.notes().size()));
        }
        if (!r.failures().isEmpty()) {
            s.append(Texts.get(b, "import.failed", r.failures().size(), String.join("；", r.failures())));
        }
        return s.toString();
    }
}
