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
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.concurrent.Task;
import org.budgetworkbench.ui.Failures;
import org.budgetworkbench.core.fix.FixProposal;
import org.budgetworkbench.core.fix.Fixes;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.DocumentOutline;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.ui.charts.ChartsViewModel;
import org.budgetworkbench.ui.findings.FindingsViewModel;
import org.budgetworkbench.ui.findings.NavigationTarget;
import org.budgetworkbench.ui.compare.ComparisonViewModel;
import org.budgetworkbench.ui.compare.Partners;
import org.budgetworkbench.ui.editing.DocumentEditing;
import org.budgetworkbench.ui.editing.Editing;
import org.budgetworkbench.ui.editing.HistoryViewModel;
import org.budgetworkbench.ui.editing.TableEditing;
import org.budgetworkbench.ui.exporting.ExportViewModel;
import org.budgetworkbench.ui.targets.TargetEditorViewModel;
import org.budgetworkbench.workflow.DocumentSource;
import org.budgetworkbench.ui.district.DistrictViewModel;
import org.budgetworkbench.ui.importing.DroppedFiles;
import org.budgetworkbench.workflow.ImportProgress;
import org.budgetworkbench.ui.importing.RecentFiles;
import org.budgetworkbench.workflow.ImportReport;
import org.budgetworkbench.workflow.ImportWorkflow;
import org.budgetworkbench.ui.importing.Samples;
import org.budgetworkbench.ui.navigator.LoadedDocument;
import org.budgetworkbench.ui.navigator.NavigatorNode;
import org.budgetworkbench.ui.navigator.NavigatorViewModel;
import org.budgetworkbench.ui.narrative.NarrativeViewModel;
import org.budgetworkbench.ui.performance.PerformanceViewModel;
import org.budgetworkbench.ui.table.DisclosureTableViewModel;

/**
 * The main window's view model (主窗口): the stored documents, the navigator, what is open on the right
 * (a {@link DisclosureTableViewModel}, {@link PerformanceViewModel}, {@link NarrativeViewModel} or
 * {@link ChartsViewModel}), the findings of the chosen document, imports with their progress, the recent
 * files, the status line and the language.
 */
public final class MainWindowViewModel {
    private final Store store;
    private final ImportWorkflow importer;
    private final Samples samples;
    private final ObjectProperty<Language> language;
    private final NavigatorViewModel navigator;
    private final ObjectProperty<NavigatorNode> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Object> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyObjectWrapper<ImportReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final Map<Long, Document> loaded = new HashMap<>();
    private final FindingsViewModel findings;
    private final RecentFiles recent;
    private Task<ImportReport> running;
    private final Editing editing;
    private final Function<Document, List<Finding>> validator;
    private final ExportViewModel exports;
    private final DocumentSource source;
    private DistrictViewModel district;

    public MainWindowViewModel(Store store, DocumentSource source, Samples samples, Language language) {
        this(store, source, d -> List.of(), samples, language, null);
    }

    /**
     * @param validator checks each imported document; its findings are stored with the document
     * @param recent    where the imported files are remembered; null remembers none
     */
    public MainWindowViewModel(Store store, DocumentSource source, Function<Document, List<Finding>> validator,
                               Samples samples, Language language, RecentFiles recent) {
        this.store = store;
        this.validator = validator;
        this.importer = new ImportWorkflow(source, store, validator);
        this.source = source;
        this.samples = samples;
        this.recent = recent;
        this.language = new SimpleObjectProperty<>(language);
        this.navigator = new NavigatorViewModel(language.bundle());
        this.findings = new FindingsViewModel(store.findings(), language.bundle());
        this.editing = new Editing(store);
        this.exports = new ExportViewModel(store, this.language);
        this.language.addListener((o, a, b) -> {
            navigator.bundleProperty().set(b.bundle());
            findings.bundleProperty().set(b.bundle());
            open(selected.get());
            refreshStatus();
        });
        selected.addListener((o, a, b) -> {
            editing.activate(b == null ? null : b.documentId());
            showFindingsOf(b);
            open(b);
        });
        findings.onVerdict(this::verdictGiven);
        findings.fixWith(new FindingsViewModel.Fixer() {
            @Override
            public Optional<FixProposal> propose(long documentId, Finding finding) {
                return document(documentId).flatMap(d -> Fixes.propose(d, finding)
                        .filter(fix -> settlesMoreThanItBreaks(d, fix)));
            }

            @Override
            public boolean apply(long documentId, FixProposal fix) {
                // 撤销 must reach the fix even when only the document, not one of its tables, is chosen
                DocumentEditing e = editingOf(documentId);
                editing.activeProperty().set(e);
                return e.apply(fix);
            }
        });
        refresh();
    }

    public FindingsViewModel findings() {
        return findings;
    }

    /**
     * A one-click fix is offered only when it breaks nothing: a figure is linked to others (a 三公 total to its
     * parts, to the narrative, to the other tables), and a fix that settles one finding by raising errors
     * elsewhere is no fix. The check is the validator's own, on a copy: no error may appear that is not there now.
     */
    private boolean settlesMoreThanItBreaks(Document d, FixProposal fix) {
        org.budgetworkbench.core.edit.EditSession trial = new org.budgetworkbench.core.edit.EditSession(d);
        try {
            fix.applyTo(trial);
        } catch (RuntimeException e) {
            return false;
        }
        java.util.Set<String> now = errors(d);
        return now.containsAll(errors(trial.current()));
    }

    private java.util.Set<String> errors(Document d) {
        return validator.apply(d).stream().filter(f -> f.severity() == org.budgetworkbench.model.Severity.ERROR)
                .map(Finding::fingerprint).collect(java.util.stream.Collectors.toSet());
    }

    /** 文件 → 导出: the disclosure workbook, the write-back into the department's workbook, the findings report. */
    public ExportViewModel exports() {
        return exports;
    }

    /** The stored document the chosen navigator node belongs to, if any. */
    public Optional<Long> chosenDocument() {
        NavigatorNode n = selected.get();
        return n == null ? Optional.empty() : Optional.ofNullable(n.documentId());
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

    /** The import's progress, 0 to 1, while one runs. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** The report of the last import, for the window to show file by file. */
    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** The files imported last, newest first. */
    public List<Path> recentFiles() {
        return recent == null ? List.of() : recent.list();
    }

    public void clearRecentFiles() {
        if (recent != null) {
            recent.clear();
        }
    }

    /** Of the files dropped on the window, those it can import (.xlsx, .xls, .pdf). */
    public List<Path> importable(List<Path> files) {
        return DroppedFiles.importable(files);
    }

    /** Says something the analyst must know about this machine (no Chinese font) in the status line. */
    public void warn(String message) {
        status.set(message);
    }

    /** Reloads the document list from the store into the navigator. */
    public void refresh() {
        // outlines and counts only: a document's figures are read when it is opened, so a store of hundreds
        // of disclosures lists as fast as one of two
        List<StoredDocument> stored = store.documents().list();
        Map<Long, DocumentOutline> outlines = store.documents().outlines();
        Map<Long, Integer> open = store.findings().openCounts();
        List<LoadedDocument> docs = new ArrayList<>();
        for (StoredDocument s : stored) {
            DocumentOutline outline = outlines.get(s.id());
            if (outline != null) {
                docs.add(new LoadedDocument(s, outline, open.getOrDefault(s.id(), 0)));
            }
        }
        navigator.setDocuments(docs);
        empty.set(docs.isEmpty());
        refreshStatus();
        // a re-import gives the chosen document a new id under the same path: follow it
        NavigatorNode chosen = selected.get();
        if (chosen != null) {
            NavigatorNode again = navigator.find(chosen.path());
            if (again != null && !Objects.equals(again.documentId(), chosen.documentId())) {
                selected.set(again);
            }
        }
    }

    private void showFindingsOf(NavigatorNode node) {
        Long id = node == null ? null : node.documentId();
        findings.show(id, id == null ? null : document(id).orElse(null));
    }

    /** After a verdict: the navigator's counts and the open table's marks follow. */
    private void verdictGiven() {
        refresh();
        if (content.get() instanceof DisclosureTableViewModel t) {
            t.marksProperty().set(findings.marks(t.table().type()));
        }
    }

    /**
     * Shows where a finding points: opens the table and selects the row (and column), or opens the 情况说明
     * at the section with the quote highlighted. A filter that hides the place is cleared.
     */
    public void go(NavigationTarget target) {
        String docPath = navigator.documentPath(target.documentId());
        if (docPath == null) {
            return;
        }
        String path = target instanceof NavigationTarget.TableCell c ? docPath + "/" + c.table().id()
                : docPath + "/narrative";
        NavigatorNode node = navigator.find(path);
        if (node == null) {
            navigator.filterProperty().set("");
            node = navigator.find(path);
        }
        if (node == null) {
            return;
        }
        selected.set(node);
        Object open = content.get();
        if (target instanceof NavigationTarget.TableCell c && open instanceof DisclosureTableViewModel t
                && c.row() != null) {
            t.focusProperty().set(null);
            t.focusProperty().set(new DisclosureTableViewModel.CellFocus(c.row(), c.column()));
        } else if (target instanceof NavigationTarget.NarrativeQuote q && open instanceof NarrativeViewModel n) {
            n.focus(q.section(), q.quote());
        }
    }

    private void refreshStatus() {
        if (status.isBound()) {
            return; // an import is reporting its progress there
        }
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
                vm.marksProperty().set(findings.marks(t.type()));
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
            case NARRATIVE -> {
                content.set(new NarrativeViewModel(d.narrative(), b));
                location.set(Texts.get(b, "status.performance", d.displayTitle(), Texts.get(b, "nav.narrative")));
            }
            case DOCUMENT -> {
                content.set(summary(node.documentId(), d, b));
                location.set(d.displayTitle());
            }
            case CHARTS -> {
                content.set(new ChartsViewModel(d, departmentDocuments(d.department()), b));
                location.set(Texts.get(b, "status.performance", d.displayTitle(), Texts.get(b, "nav.charts")));
            }
            default -> content.set(null);
        }
    }

    /** The summary pane of a stored document: facts, tables present/missing/unread, open findings per table. */
    public org.budgetworkbench.ui.summary.DocumentSummaryViewModel summary(long id, Document d, ResourceBundle b) {
        StoredDocument s = store.documents().get(id).orElseThrow();
        return new org.budgetworkbench.ui.summary.DocumentSummaryViewModel(s, d, store.findings().list(id),
                store.readingNotes().list(id), b);
    }

    /** The current version of every disclosure of a department, loaded as needed. */
    private List<Document> departmentDocuments(String department) {
        List<Document> out = new ArrayList<>();
        for (StoredDocument s : store.documents().list()) {
            if (s.department().equals(department)) {
                document(s.id()).ifPresent(out::add);
            }
        }
        return out;
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
            e.revisionProperty().addListener((o, a, r) -> checkAgain(documentId, e.current()));
        }
        return e;
    }

    /**
     * After every correction, fix, undo or redo: the document is checked again and its findings replaced (the
     * analyst's verdicts stay with their findings), so what a correction settled goes and what it broke shows.
     * A check takes milliseconds, so it runs here rather than in the background.
     */
    private void checkAgain(long documentId, Document corrected) {
        store.findings().replace(documentId, validator.apply(corrected));
        if (Objects.equals(findings.documentIdProperty().get(), documentId)) {
            findings.reload(corrected);
        }
        String said = status.get(); // what the correction did stays in the status line, not the document count
        verdictGiven();
        status.set(said);
        if (content.get() instanceof NarrativeViewModel before) {
            // the narrative view shows a fixed figure only when built anew; it stays at the section it was at
            var at = before.selectedProperty().get();
            open(selected.get());
            if (at != null && content.get() instanceof NarrativeViewModel after) {
                after.focus(at.heading(), null);
            }
        }
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

    /** The comparison of a document with the partners the store holds (同比, 预算执行, 部门与单位). */
    public ComparisonViewModel comparison(long documentId, Document d, ResourceBundle b) {
        List<StoredDocument> all = store.documents().list();
        StoredDocument self = store.documents().get(documentId).orElseThrow();
        Partners p = Partners.of(self, all);
        Document previous = p.previousYear().flatMap(s -> document(s.id())).orElse(null);
        Document budget = p.hasExecution() ? document(p.budget().get().id()).orElse(null) : null;
        Document fin = p.hasExecution() ? document(p.finalAccounts().get().id()).orElse(null) : null;
        List<Document> otherScope = new ArrayList<>();
        p.otherScope().forEach(s -> document(s.id()).ifPresent(otherScope::add));
        Partners.unitsListedBy(self, d, all).forEach(s -> document(s.id()).ifPresent(otherScope::add));
        return new ComparisonViewModel(d, previous, budget, fin, otherScope, b);
    }

    /**
     * An export to run off the FX thread: busy while it writes, then the outcome in the status line and the
     * navigator showing the document 已导出.
     */
    public Task<ExportViewModel.Outcome> exportTask(Path out, Function<Path, ExportViewModel.Outcome> export) {
        Task<ExportViewModel.Outcome> task = new Task<>() {
            @Override
            protected ExportViewModel.Outcome call() {
                return export.apply(out);
            }
        };
        busy.set(true);
        status.set(Texts.get(bundle(), "export.running", out.getFileName().toString()));
        task.setOnSucceeded(e -> exported(task.getValue()));
        task.setOnFailed(e -> exported(new ExportViewModel.Outcome(false, Texts.get(bundle(), "export.failed",
                out.getFileName().toString(), Failures.inWords(task.getException())))));
        return task;
    }

    private void exported(ExportViewModel.Outcome outcome) {
        busy.set(false);
        refresh();
        status.set(outcome.message());
    }

    /** The district view's model (区级总览), made when first asked for, in the window's language then. */
    public DistrictViewModel district() {
        if (district == null) {
            district = new DistrictViewModel(store, source, validator, bundle());
        }
        return district;
    }

    /** Opens a document in the navigator by its id (from the district view); false when it is not shown there. */
    public boolean openDocument(long documentId) {
        String path = navigator.documentPath(documentId);
        if (path == null) {
            refresh();
            path = navigator.documentPath(documentId);
        }
        NavigatorNode node = path == null ? null : navigator.find(path);
        if (node == null && path != null) {
            navigator.filterProperty().set("");
            node = navigator.find(path);
        }
        if (node == null) {
            return false;
        }
        selected.set(node);
        return true;
    }

    /** Imports files now, on the calling thread; the window uses {@link #importTask} instead. */
    public ImportReport importNow(List<Path> files, boolean asSamples) {
        return importNow(files, asSamples, ImportProgress.NONE);
    }

    public ImportReport importNow(List<Path> files, boolean asSamples, ImportProgress p) {
        return asSamples ? importer.importSamples(files, p) : importer.importFiles(files, p);
    }

    /**
     * An import to run off the FX thread, reporting its progress file by file; {@link #cancelImport} stops it
     * between files and nothing of the batch is stored. When it ends the navigator and the status line follow.
     */
    public Task<ImportReport> importTask(List<Path> files, boolean asSamples) {
        ResourceBundle b = bundle();
        Task<ImportReport> task = new Task<>() {
            @Override
            protected ImportReport call() {
                return importNow(files, asSamples, new ImportProgress() {
                    @Override
                    public void reading(int index, int total, Path file) {
                        updateProgress(index, total);
                        updateMessage(Texts.get(b, "import.reading", file.getFileName(), index + 1, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        running = task;
        busy.set(true);
        progress.unbind();
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            ended(task);
            if (!asSamples && recent != null) {
                recent.add(files);
            }
            applied(task.getValue());
        });
        task.setOnCancelled(e -> {
            ended(task);
            refresh();
            status.set(Texts.get(bundle(), "import.cancelled"));
        });
        task.setOnFailed(e -> {
            ended(task);
            status.set(Texts.get(bundle(), "import.crashed", Failures.inWords(task.getException())));
        });
        return task;
    }

    private void ended(Task<ImportReport> task) {
        status.unbind();
        progress.unbind();
        progress.set(0);
        busy.set(false);
        if (running == task) {
            running = null;
        }
    }

    /** Stops the running import after the file being read; nothing of its batch is stored. */
    public void cancelImport() {
        Task<ImportReport> t = running;
        if (t != null) {
            t.cancel(false);
        }
    }

    /** Takes an import's report in: refreshes the navigator and the findings, and says what happened. */
    public void applied(ImportReport report) {
        refresh();
        findings.reload();
        status.set(describe(report));
        lastReport.set(report);
    }

    public String describe(ImportReport r) {
        ResourceBundle b = bundle();
        if (r.cancelled()) {
            return Texts.get(b, "import.cancelled");
        }
        if (r.discarded()) {
            return Texts.get(b, "import.discarded", r.failures().size(), String.join("；", r.failures()));
        }
        StringBuilder s = new StringBuilder(Texts.get(b, "import.done", r.storedIds().size()));
        if (!r.alreadyStored().isEmpty()) {
            s.append(Texts.get(b, "import.known", r.alreadyStored().size()));
        }
        int unread = r.files().stream().mapToInt(f -> f.unread().size()).sum();
        if (unread > 0) {
            s.append(Texts.get(b, "import.unread", unread)); // what was not read, said as such
        } else if (!r.notes().isEmpty()) {
            s.append(Texts.get(b, "import.notes", r.notes().size()));
        }
        return s.toString();
    }
}
