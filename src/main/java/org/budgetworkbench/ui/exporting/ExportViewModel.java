package org.budgetworkbench.ui.exporting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import org.budgetworkbench.ui.Failures;
import org.budgetworkbench.core.export.WriteBack;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.workflow.StoreExports;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.ui.Language;
import org.budgetworkbench.ui.Texts;

/**
 * 文件 → 导出 (export) in the window: the chosen document as the standard disclosure workbook, its corrections
 * written back into the department's own workbook, and the findings report of its department or of the whole
 * store. Each says, in the window's language, what it wrote or why it could not; none throws, so the window can
 * run them in the background and show the outcome in the status line.
 */
public final class ExportViewModel {
    private static final String NOT_IN_A_FILE_NAME = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private final Store store;
    private final ObservableValue<Language> language;
    private Path lastFolder;

    public ExportViewModel(Store store, ObservableValue<Language> language) {
        this.store = store;
        this.language = language;
    }

    /** What an export did: whether it wrote the file, and the sentence for the status line. */
    public record Outcome(boolean written, String message) {
    }

    /** Which export, for the file name offered in the save dialog. */
    public enum Kind { DISCLOSURE, WRITE_BACK, DEPARTMENT_REPORT, STORE_REPORT }

    /**
     * The open errors of a document: an export of a document with open errors is asked about first (仍然导出 /
     * 取消), since the file would carry figures the checks found wrong.
     */
    public long openErrors(long documentId) {
        return store.findings().list(documentId).stream()
                .filter(f -> org.budgetworkbench.store.FindingStatus.OPEN.equals(f.status())
                        && f.finding().severity() == org.budgetworkbench.model.Severity.ERROR)
                .count();
    }

    public Outcome disclosure(long documentId, Path out) {
        return run(out, () -> {
            Document doc = new StoreExports(store).disclosure(documentId, out);
            return Texts.get(bundle(), "export.done", doc.displayTitle(), out.toString());
        });
    }

    public Outcome intoOriginal(long documentId, Path out) {
        return run(out, () -> {
            WriteBack.Result r = new StoreExports(store).intoOriginal(documentId, out);
            String done = Texts.get(bundle(), "export.writeback.done", r.written().size(), out.toString());
            return r.skipped().isEmpty() ? done
                    : done + Texts.get(bundle(), "export.writeback.skipped", String.join("；", r.skipped()));
        });
    }

    /** The findings report of the chosen document's department, or of every document when department is null. */
    public Outcome report(String department, Path out) {
        return run(out, () -> {
            StoreExports.ReportCount n = new StoreExports(store).report(department, out);
            if (n.documents() == 0) {
                throw new IOException(Texts.get(bundle(), "export.report.nothing"));
            }
            return Texts.get(bundle(), "export.report.done", out.toString(), n.documents(), n.findings());
        });
    }

    /** True when the document came from a workbook that is still where it was imported from. */
    public boolean canWriteBack(long documentId) {
        return store.documents().get(documentId).flatMap(StoreExports::originalWorkbook).isPresent();
    }

    public Optional<StoredDocument> stored(long documentId) {
        return store.documents().get(documentId);
    }

    /** The file name the save dialog offers for an export of the document (its department for the reports). */
    public String suggestedName(long documentId, Kind kind) {
        StoredDocument d = store.documents().get(documentId).orElse(null);
        if (kind == Kind.STORE_REPORT || d == null) {
            return fileName(Texts.get(bundle(), "export.name.storereport"));
        }
        String year = String.valueOf(d.year());
        String kindName = Texts.get(bundle(), "export.kind." + d.kind().id());
        return switch (kind) {
            case DISCLOSURE -> fileName(Texts.get(bundle(), "export.name.disclosure", d.department(), year, kindName));
            case WRITE_BACK -> StoreExports.originalWorkbook(d).map(p -> {
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                return fileName(Texts.get(bundle(), "export.name.writeback", name.substring(0, dot),
                        name.substring(dot)));
            }).orElse(fileName(d.department() + ".xlsx"));
            case DEPARTMENT_REPORT -> fileName(Texts.get(bundle(), "export.name.report", d.department()));
            case STORE_REPORT -> throw new IllegalStateException();
        };
    }

    /**
     * The folder the save dialog opens in: where the last export went, else the folder the write-back's workbook
     * is in, else none (the system's choice).
     */
    public Optional<Path> suggestedFolder(long documentId, Kind kind) {
        if (lastFolder != null) {
            return Optional.of(lastFolder);
        }
        return kind == Kind.WRITE_BACK ? store.documents().get(documentId).flatMap(StoreExports::originalWorkbook)
                .map(Path::getParent) : Optional.empty();
    }

    private interface Export {
        String run() throws IOException;
    }

    private Outcome run(Path out, Export export) {
        try {
            String message = export.run();
            lastFolder = out.toAbsolutePath().getParent();
            return new Outcome(true, message);
        } catch (IOException | RuntimeException e) { // StoreException too: the window shows every failure
            String why = Failures.inWords(e);
            return new Outcome(false, Texts.get(bundle(), "export.failed", out.getFileName().toString(), why));
        }
    }

    private ResourceBundle bundle() {
        return language.getValue().bundle();
    }

    private static String fileName(String name) {
        return name.replaceAll(NOT_IN_A_FILE_NAME, "_");
    }
}
