package org.budgetworkbench.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.budgetworkbench.core.WorkbookWithPdf;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.Documents;
import org.budgetworkbench.store.FindingsStore;
import org.budgetworkbench.store.ReadingNotes;
import org.budgetworkbench.store.SourceFiles;
import org.budgetworkbench.store.Store;
import org.budgetworkbench.store.StoredDocument;

/**
 * Importing (导入), as the window and the command line both run it: reads every file of a batch through the
 * {@link DocumentSource}, then stores the batch all or nothing — a file that fails, or a cancel between files,
 * leaves the store as it was, and the report says per file what happened. Each stored document is checked by
 * the validator and its findings stored with it. Runs on any thread (the window calls it off the FX thread).
 */
public final class ImportWorkflow {
    private final DocumentSource source;
    private final Documents documents;
    private final FindingsStore findings;
    private final SourceFiles sources;
    private final ReadingNotes notes;
    private final Function<Document, List<Finding>> validator;

    public ImportWorkflow(DocumentSource source, Documents documents) {
        this(source, documents, null, null, null, d -> List.of());
    }

    public ImportWorkflow(DocumentSource source, Documents documents, FindingsStore findings,
                          Function<Document, List<Finding>> validator) {
        this(source, documents, findings, null, null, validator);
    }

    /** Imports into the store, checking with the validator and keeping each file's content hash. */
    public ImportWorkflow(DocumentSource source, Store store, Function<Document, List<Finding>> validator) {
        this(source, store.documents(), store.findings(), store.sources(), store.readingNotes(), validator);
    }

    private ImportWorkflow(DocumentSource source, Documents documents, FindingsStore findings, SourceFiles sources,
                           ReadingNotes notes, Function<Document, List<Finding>> validator) {
        this.source = source;
        this.documents = documents;
        this.findings = findings;
        this.sources = sources;
        this.notes = notes;
        this.validator = validator;
    }

    /** Imports every file; a file read again is stored as a new version. */
    public ImportReport importFiles(List<Path> files) {
        return run(files, false, ImportProgress.NONE);
    }

    public ImportReport importFiles(List<Path> files, ImportProgress progress) {
        return run(files, false, progress);
    }

    /**
     * Imports the samples, leaving out a document the store already holds (same department, year,
     * kind and scope), so that opening the samples twice, or two forms of one sample, gives each document once.
     */
    public ImportReport importSamples(List<Path> files) {
        return run(files, true, ImportProgress.NONE);
    }

    public ImportReport importSamples(List<Path> files, ImportProgress progress) {
        return run(files, true, progress);
    }

    private ImportReport run(List<Path> files, boolean skipKnown, ImportProgress progress) {
        FileReading reading = new FileReading();
        List<StoredDocument> stored = skipKnown ? documents.list() : List.of();
        for (int i = 0; i < files.size(); i++) {
            if (progress.cancelled()) {
                return new ImportReport(List.of(), reading.outcomes, true);
            }
            progress.reading(i, files.size(), files.get(i));
            Document d = reading.read(source, files.get(i));
            if (d != null && skipKnown && known(stored, d)) {
                reading.unreadAsKnown();
            }
        }
        if (progress.cancelled()) {
            return new ImportReport(List.of(), reading.outcomes, true);
        }
        if (reading.anyFailed() || reading.read.isEmpty()) {
            return new ImportReport(List.of(), reading.outcomes, false);
        }
        List<WorkbookWithPdf.Combined> combined = reading.combined();
        if (reading.refuseUnread(combined)) {
            return new ImportReport(List.of(), reading.outcomes, false);
        }
        if (skipKnown) {
            combined = onePerDisclosure(combined, reading);
        }
        return new ImportReport(store(combined, null, reading), reading.outcomes, false);
    }

    /**
     * Stores documents as one all-or-nothing batch, checked when a validator was given, and records the content
     * hash of every file each came from (from {@code hashes} when already computed) and the regions of it that
     * were not read (kept with the document, so the window can say long after the import that it is incomplete).
     */
    List<ImportReport.StoredOutcome> store(List<WorkbookWithPdf.Combined> combined,
                                           java.util.Map<String, String> hashes, FileReading reading) {
        List<Document> docs = combined.stream().map(WorkbookWithPdf.Combined::document).toList();
        List<String> files = combined.stream().map(WorkbookWithPdf.Combined::file).toList();
        List<Long> ids = findings == null ? documents.saveAll(docs, files)
                : documents.saveAllChecked(docs, files, docs.stream().map(validator).toList());
        List<ImportReport.StoredOutcome> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            WorkbookWithPdf.Combined c = combined.get(i);
            if (sources != null) {
                List<SourceFiles.Source> from = new ArrayList<>();
                for (String f : concat(c.file(), c.mergedFrom())) {
                    String hash = hashes != null && hashes.containsKey(f) ? hashes.get(f) : ContentHash.of(Path.of(f));
                    if (hash != null) {
                        from.add(new SourceFiles.Source(f, hash));
                    }
                }
                sources.record(ids.get(i), from);
            }
            List<String> unread = reading.unreadOf(c);
            if (notes != null && !unread.isEmpty()) {
                notes.save(ids.get(i), unread);
            }
            out.add(new ImportReport.StoredOutcome(ids.get(i), c.file(), c.document().displayTitle(),
                    c.document().tables().size(), c.mergedFrom()));
        }
        return out;
    }

    /**
     * Imports a district's folder (一次导入整个区): every workbook and PDF under it, department folder by department
     * folder, keeping what reads and listing what was refused; a file whose content the store already holds is
     * skipped. A cancel stops between files: the departments finished by then stay stored, the report says so.
     */
    public ImportReport importFolder(Path folder, ImportProgress progress) {
        return new FolderImport(source, sources, this).run(folder, progress);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /**
     * The samples give each disclosure once: of several forms of one, the one merged from a workbook and its PDF
     * is kept, else the first; the others are reported as already there.
     */
    private static List<WorkbookWithPdf.Combined> onePerDisclosure(List<WorkbookWithPdf.Combined> combined,
                                                                   FileReading reading) {
        List<WorkbookWithPdf.Combined> kept = new ArrayList<>();
        for (WorkbookWithPdf.Combined c : combined) {
            List<WorkbookWithPdf.Combined> forms = combined.stream().filter(x -> same(x.document(), c.document()))
                    .toList();
            WorkbookWithPdf.Combined chosen = forms.stream().filter(x -> !x.mergedFrom().isEmpty()).findFirst()
                    .orElse(forms.get(0));
            if (chosen == c) {
                kept.add(c);
            } else {
                reading.markKnown(c.file());
            }
        }
        return kept;
    }

    private static boolean known(List<StoredDocument> stored, Document d) {
        return stored.stream().anyMatch(s -> s.department().equals(d.department()) && s.year() == d.year()
                && s.kind() == d.kind() && s.scope() == d.scope());
    }

    private static boolean same(Document a, Document b) {
        return a.department().equals(b.department()) && a.year() == b.year() && a.kind() == b.kind()
                && a.scope() == b.scope();
    }
}
