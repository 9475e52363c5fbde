package org.budgetworkbench.ui.district;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.ui.Texts;
import org.budgetworkbench.workflow.CrossDocumentReview;
import org.budgetworkbench.workflow.DistrictOverview;
import org.budgetworkbench.workflow.DocumentSource;
import org.budgetworkbench.workflow.FileOutcome;
import org.budgetworkbench.workflow.ImportProgress;
import org.budgetworkbench.workflow.ImportReport;
import org.budgetworkbench.workflow.ImportWorkflow;
import org.budgetworkbench.workflow.ReviewSheetExport;
import org.budgetworkbench.workflow.Reviews;

/**
 * The district view's state (区级总览): every document's line, a filter, and the long jobs it starts — import a
 * folder (one progress bar, cancel between files, then the checks across documents), export the review sheet.
 * Jobs are {@link Task}s the view runs off the FX thread; a cancel keeps the departments already stored.
 */
public final class DistrictViewModel {
    private final Store store;
    private final DocumentSource source;
    private final Function<Document, List<Finding>> validator;
    private final ResourceBundle bundle;
    private final ObservableList<DistrictOverview.Line> lines = FXCollections.observableArrayList();
    private final FilteredList<DistrictOverview.Line> shown = new FilteredList<>(lines, l -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<ImportReport> lastImport = new SimpleObjectProperty<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    /** The lines as the last folder import left them, read on its thread. */
    private volatile List<DistrictOverview.Line> after = List.of();

    public DistrictViewModel(Store store, DocumentSource source, Function<Document, List<Finding>> validator,
                             ResourceBundle bundle) {
        this.store = store;
        this.source = source;
        this.validator = validator;
        this.bundle = bundle;
        filter.addListener((o, a, b) -> shown.setPredicate(l -> matches(l, b)));
    }

    public ObservableList<DistrictOverview.Line> shown() {
        return shown;
    }

    public List<DistrictOverview.Line> all() {
        return List.copyOf(lines);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<ImportReport> lastImportProperty() {
        return lastImport;
    }

    /** A line matches when every word of the filter occurs in its department, scope, kind, year or missing tables. */
    static boolean matches(DistrictOverview.Line l, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String hay = (l.department() + " " + l.scope() + " " + l.kind().chinese() + " " + l.kind().id() + " "
                + l.year() + " " + String.join(" ", l.missingTables())).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the lines again (after an import, a verdict or an edit elsewhere). */
    public Task<List<DistrictOverview.Line>> refreshTask() {
        Task<List<DistrictOverview.Line>> t = new Task<>() {
            @Override
            protected List<DistrictOverview.Line> call() {
                return new DistrictOverview(store).lines();
            }
        };
        t.setOnSucceeded(e -> show(t.getValue()));
        t.setOnFailed(e -> status.set(Texts.get(bundle, "district.failed", String.valueOf(t.getException()))));
        return t;
    }

    /** Shows lines now (the tests and the refresh task). */
    public void show(List<DistrictOverview.Line> now) {
        lines.setAll(now);
        long departments = now.stream().map(DistrictOverview.Line::department).distinct().count();
        if (!busy.get()) {
            status.set(Texts.get(bundle, "district.status.documents", now.size(), departments));
        }
    }

    /**
     * Imports a district's folder, then checks across documents and reads the lines again. Progress is one bar
     * over all files; {@link #cancel} stops between files, keeping the departments finished.
     */
    public Task<ImportReport> importFolderTask(Path folder) {
        cancel.set(false);
        Task<ImportReport> t = new Task<>() {
            @Override
            protected ImportReport call() {
                ImportReport r = new ImportWorkflow(source, store, validator).importFolder(folder, new ImportProgress() {
                    @Override
                    public void reading(int index, int total, Path file) {
                        updateProgress(index, total);
                        updateMessage(Texts.get(bundle, "district.import.reading", file.getFileName(), index + 1, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return cancel.get();
                    }
                });
                updateMessage(Texts.get(bundle, "district.import.crosscheck"));
                updateProgress(-1, 1);
                new CrossDocumentReview(store).run();
                after = new DistrictOverview(store).lines();
                return r;
            }
        };
        start(t);
        t.setOnSucceeded(e -> {
            end();
            ImportReport r = t.getValue();
            show(after);
            status.set(describe(r));
            lastImport.set(r);
        });
        return t;
    }

    /** Writes the review sheet of the whole store. */
    public Task<ReviewSheetExport.Result> exportTask(Path out, Reviews.Deadline deadline) {
        Task<ReviewSheetExport.Result> t = new Task<>() {
            @Override
            protected ReviewSheetExport.Result call() throws Exception {
                return new ReviewSheetExport(store).write(deadline, null, out);
            }
        };
        start(t);
        t.setOnSucceeded(e -> {
            end();
            ReviewSheetExport.Result r = t.getValue();
            status.set(r.documents() == 0 ? Texts.get(bundle, "district.sheet.none")
                    : Texts.get(bundle, "district.sheet.done", out.getFileName(), r.departments(), r.documents(),
                    r.failingRows()));
        });
        t.setOnFailed(e -> {
            end();
            Throwable x = t.getException();
            status.set(Texts.get(bundle, "district.sheet.failed", x.getMessage() == null ? String.valueOf(x)
                    : x.getMessage()));
        });
        return t;
    }

    /** Stops a running folder import after the file being read. */
    public void cancel() {
        cancel.set(true);
    }

    /** "读取 n 个，部分读取 …；存入 m 份文档。", or what a cancel kept. */
    public String describe(ImportReport r) {
        if (r.cancelled()) {
            return Texts.get(bundle, "district.import.cancelled", r.stored().size());
        }
        int read = 0;
        int partly = 0;
        int refused = 0;
        int known = 0;
        for (FileOutcome f : r.files()) {
            switch (f.result()) {
                case READ -> {
                    if (f.partlyRead()) {
                        partly++;
                    } else {
                        read++;
                    }
                }
                case FAILED -> refused++;
                case ALREADY_STORED -> known++;
            }
        }
        return Texts.get(bundle, "district.import.done", read, partly, refused, known, r.stored().size());
    }

    private void start(Task<?> t) {
        busy.set(true);
        progress.unbind();
        progress.bind(t.progressProperty());
        status.unbind();
        status.bind(t.messageProperty());
        t.setOnFailed(e -> {
            end();
            status.set(Texts.get(bundle, "district.failed", String.valueOf(t.getException())));
        });
    }

    private void end() {
        progress.unbind();
        status.unbind();
        progress.set(0);
        busy.set(false);
    }
}
