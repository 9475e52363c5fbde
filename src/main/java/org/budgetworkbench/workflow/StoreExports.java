package org.budgetworkbench.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.export.AtomicFile;
import org.budgetworkbench.core.export.DisclosureWorkbookWriter;
import org.budgetworkbench.core.export.FindingsReportWriter;
import org.budgetworkbench.core.export.WriteBack;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.DocumentStatus;
import org.budgetworkbench.store.FindingStatus;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredDocument;
import org.budgetworkbench.store.StoredFinding;

/**
 * Exports of what the store holds (导出): a document as the standard disclosure workbook (公开表), its corrections
 * written back into the department's own workbook (回写原表), and the findings report (审核发现清单) with each
 * finding's verdict. The command line and the window both export through here, so a document is marked 已导出
 * the same way whichever the analyst used.
 */
public final class StoreExports {
    private final Store store;

    public StoreExports(Store store) {
        this.store = store;
    }

    /** What a findings report held: how many documents and findings. */
    public record ReportCount(int documents, int findings) {
    }

    /** Writes the document as it now stands (corrections included) in the standard layout; marks it 已导出. */
    public Document disclosure(long documentId, Path out) throws IOException {
        Document doc = load(documentId);
        return exported(documentId, out, staged -> {
            new DisclosureWorkbookWriter().write(doc, staged);
            return doc;
        });
    }

    /** Writes an export to a file of its own. */
    @FunctionalInterface
    private interface Export<T> {
        T to(Path file) throws IOException;
    }

    /**
     * Writes the export beside {@code out}, records the document 已导出, and only then puts the file in place:
     * when the store cannot record it (a full disk, a read-only store) the analyst's old file is kept, and no
     * staged file is left behind.
     */
    private <T> T exported(long documentId, Path out, Export<T> export) throws IOException {
        Path target = out.toAbsolutePath();
        AtomicFile.checkTarget(target);
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        // the extension stays last: the writers choose the format by it
        Path staged = target.resolveSibling("." + (dot > 0 ? name.substring(0, dot) + ".export" + name.substring(dot)
                : name + ".export"));
        try {
            T result = export.to(staged);
            store.documents().setStatus(documentId, DocumentStatus.EXPORTED);
            AtomicFile.replace(staged, target);
            return result;
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /**
     * Writes the corrected figures into a copy of the workbook the document was imported from; marks it 已导出.
     * Refused, with the reason, for a document read from a PDF or whose workbook is no longer there.
     */
    public WriteBack.Result intoOriginal(long documentId, Path out) throws IOException {
        StoredDocument stored = stored(documentId);
        Path original = originalWorkbook(stored).orElseThrow(() -> new IOException(
                "无法写回：" + stored.department() + " " + stored.year() + " 年" + stored.kind().chinese()
                        + "不是从工作簿导入的，或原工作簿 " + stored.sourceFile() + " 已不存在。"));
        Document doc = load(documentId);
        return exported(documentId, out, staged -> new WriteBack().write(original, doc, staged));
    }

    /** The workbook (.xlsx, .xls) a document was imported from, while it is still where it was. */
    public static Optional<Path> originalWorkbook(StoredDocument stored) {
        if (stored.sourceFile() == null || stored.sourceFile().isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(stored.sourceFile());
        return DisclosureExtractor.isWorkbook(file.getFileName().toString()) && Files.isRegularFile(file)
                ? Optional.of(file) : Optional.empty();
    }

    /**
     * The findings report of one department's current documents, or of every document in the store when
     * {@code department} is null. Nothing is written when there is no such document.
     */
    public ReportCount report(String department, Path out) throws IOException {
        List<FindingsReportWriter.Entry> entries = new ArrayList<>();
        int findings = 0;
        for (StoredDocument d : store.documents().list()) {
            if (department != null && !department.equals(d.department())) {
                continue;
            }
            List<Finding> list = new ArrayList<>();
            Map<String, String> status = new LinkedHashMap<>();
            Map<String, String> reasons = store.findings().verdictNotes(d.id());
            for (StoredFinding f : store.findings().list(d.id())) {
                list.add(f.finding());
                String reason = FindingStatus.OPEN.equals(f.status()) ? null : reasons.get(f.finding().fingerprint());
                // the verdict with the analyst's reason for it, as the next reviewer needs it
                status.put(f.finding().fingerprint(), FindingStatus.chinese(f.status())
                        + (reason == null ? "" : "：" + reason));
            }
            findings += list.size();
            entries.add(new FindingsReportWriter.Entry(d.department(), d.year(), d.kind(), list, status));
        }
        if (entries.isEmpty()) {
            return new ReportCount(0, 0);
        }
        FindingsReportWriter writer = new FindingsReportWriter();
        if (entries.size() == 1) {
            writer.write(entries.get(0), out);
        } else {
            writer.write(entries, out);
        }
        return new ReportCount(entries.size(), findings);
    }

    private StoredDocument stored(long id) throws IOException {
        return store.documents().get(id).orElseThrow(() -> new IOException("数据库中没有编号为 " + id + " 的文档。"));
    }

    private Document load(long id) throws IOException {
        return store.documents().load(id).orElseThrow(() -> new IOException("数据库中没有编号为 " + id + " 的文档。"));
    }
}
