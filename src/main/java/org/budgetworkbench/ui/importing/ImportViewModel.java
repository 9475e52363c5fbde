package org.budgetworkbench.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.budgetworkbench.ui.Failures;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.WorkbookWithPdf;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.FindingsStore;
import org.budgetworkbench.store.Documents;
import org.budgetworkbench.store.ReadingNotes;
import org.budgetworkbench.store.StoredDocument;

/**
 * Importing (导入): reads every file of a batch through the {@link DocumentSource}, then stores the batch all
 * or nothing — a file that fails, or a cancel between files, leaves the store as it was, and the report says
 * per file what happened. Each stored document is then checked by the validator and its findings stored.
 * Runs on any thread (the window calls it off the FX thread).
 */
public final class ImportViewModel {
    private final DocumentSource source;
    private final Documents documents;
    private final FindingsStore findings;
    private final Function<Document, List<Finding>> validator;
    private final ReadingNotes notes;

    public ImportViewModel(DocumentSource source, Documents documents) {
        this(source, documents, null, d -> List.of());
    }

    public ImportViewModel(DocumentSource source, Documents documents, FindingsStore findings,
                           Function<Document, List<Finding>> validator) {
        this(source, documents, findings, validator, null);
    }

    /** @param notes where the regions not read are kept with each stored document; null keeps them nowhere */
    public ImportViewModel(DocumentSource source, Documents documents, FindingsStore findings,
                           Function<Document, List<Finding>> validator, ReadingNotes notes) {
        this.source = source;
        this.documents = documents;
        this.findings = findings;
        this.validator = validator;
        this.notes = notes;
    }

    /** Imports every file; a file read again is stored as a new version. */
    public ImportReport importFiles(List<Path> files) {
        return run(files, false, ImportProgress.NONE);
    }

    public ImportReport importFiles(List<Path> files, ImportProgress progress) {
        return run(files, false, progress);
    }

    /**
     * Imports the samples, leaving out a document the store already holds (same department, year and
     * kind), so that opening the samples twice, or two forms of one sample, gives each document once.
     */
    public ImportReport importSamples(List<Path> files) {
        return run(files, true, ImportProgress.NONE);
    }

    public ImportReport importSamples(List<Path> files, ImportProgress progress) {
        return run(files, true, progress);
    }

    private ImportReport run(List<Path> files, boolean skipKnown, ImportProgress progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<WorkbookWithPdf.Read> read = new ArrayList<>();
        Map<String, Integer> outcomeOf = new HashMap<>();
        List<StoredDocument> stored = skipKnown ? documents.list() : List.of();
        for (int i = 0; i < files.size(); i++) {
            if (progress.cancelled()) {
                return new ImportReport(List.of(), outcomes, true);
            }
            Path f = files.get(i);
            String name = f.getFileName().toString();
            progress.reading(i, files.size(), f);
            try {
                ExtractResult r = source.extract(f);
                Document d = r.document();
                if (skipKnown && known(stored, d)) {
                    outcomes.add(FileOutcome.known(name));
                    continue;
                }
                outcomeOf.put(f.toString(), outcomes.size());
                read.add(new WorkbookWithPdf.Read(f.toString(), d));
                outcomes.add(FileOutcome.read(name, d.tables().size(), r.skipped()));
            } catch (DisclosureReadException e) {
                outcomes.add(FileOutcome.failed(name, e.getMessage()));
            } catch (RuntimeException e) {
                // a reader bug must not take the window down; name the file so the analyst can report it
                outcomes.add(FileOutcome.failed(name, name + "：" + Failures.inWords(e)));
            }
        }
        ImportReport unsaved = new ImportReport(List.of(), outcomes, false);
        if (progress.cancelled()) {
            return new ImportReport(List.of(), outcomes, true);
        }
        if (unsaved.discarded() || read.isEmpty()) {
            return unsaved;
        }
        List<WorkbookWithPdf.Combined> combined = WorkbookWithPdf.combine(read);
        for (WorkbookWithPdf.Combined c : combined) {
            for (String pdf : c.mergedFrom()) {
                int at = outcomeOf.get(pdf);
                FileOutcome o = outcomes.get(at);
                List<String> notes = new ArrayList<>(o.skipped());
                notes.add(FileOutcome.MERGED + Path.of(c.file()).getFileName() + " 合为一份文档（表格取自工作簿，情况说明取自本文件）");
                outcomes.set(at, new FileOutcome(o.file(), o.result(), o.tables(), notes, o.reason()));
            }
        }
        if (refuseUnread(combined, outcomes, outcomeOf)) {
            return new ImportReport(List.of(), outcomes, false);
        }
        if (skipKnown) {
            combined = onePerDisclosure(combined, outcomes, outcomeOf);
        }
        List<Document> docs = combined.stream().map(WorkbookWithPdf.Combined::document).toList();
        List<String> sources = combined.stream().map(WorkbookWithPdf.Combined::file).toList();
        List<Long> ids = findings == null ? documents.saveAll(docs, sources)
                : documents.saveAllChecked(docs, sources, docs.stream().map(validator).toList());
        if (notes != null) {
            for (int i = 0; i < ids.size(); i++) {
                List<String> unread = unreadOf(combined.get(i), outcomes, outcomeOf);
                if (!unread.isEmpty()) {
                    notes.save(ids.get(i), unread);
                }
            }
        }
        return new ImportReport(ids, outcomes, false);
    }

    /**
     * A file of which nothing was read — no table, no performance form, even if some text was — would be stored
     * as an empty document and marked checked: it is refused instead, naming the file, and the batch is not stored.
     */
    private static boolean refuseUnread(List<WorkbookWithPdf.Combined> combined, List<FileOutcome> outcomes,
                                        Map<String, Integer> outcomeOf) {
        boolean refused = false;
        for (WorkbookWithPdf.Combined c : combined) {
            Document d = c.document();
            if (d.tables().isEmpty() && d.targets().isEmpty() && d.evaluations().isEmpty()) {
                int at = outcomeOf.get(c.file());
                FileOutcome o = outcomes.get(at);
                String reason = o.file() + "：未读出任何公开表或绩效表单" + (d.narrative().isEmpty() ? ""
                        : "（只读到文字）") + (o.skipped().isEmpty() ? "" : "；" + String.join("；", o.skipped()));
                outcomes.set(at, FileOutcome.failed(o.file(), reason));
                refused = true;
            }
        }
        return refused;
    }

    /**
     * The regions not read of a stored document, from the file it is stored as (a PDF merged into a workbook
     * gives only its 情况说明, so its own unread regions are not the document's).
     */
    private static List<String> unreadOf(WorkbookWithPdf.Combined c, List<FileOutcome> outcomes,
                                         Map<String, Integer> outcomeOf) {
        FileOutcome o = outcomes.get(outcomeOf.get(c.file()));
        return o.unread().stream().map(s -> o.file() + "：" + s).toList();
    }

    /**
     * The samples give each disclosure once: of several forms of one, the one merged from a workbook and its PDF
     * is kept, else the first; the others are reported as already there.
     */
    private static List<WorkbookWithPdf.Combined> onePerDisclosure(List<WorkbookWithPdf.Combined> combined,
                                                                   List<FileOutcome> outcomes,
                                                                   Map<String, Integer> outcomeOf) {
        List<WorkbookWithPdf.Combined> kept = new ArrayList<>();
        for (WorkbookWithPdf.Combined c : combined) {
            List<WorkbookWithPdf.Combined> forms = combined.stream().filter(x -> same(x.document(), c.document()))
                    .toList();
            WorkbookWithPdf.Combined chosen = forms.stream().filter(x -> !x.mergedFrom().isEmpty()).findFirst()
                    .orElse(forms.get(0));
            if (chosen == c) {
                kept.add(c);
            } else {
                int at = outcomeOf.get(c.file());
                outcomes.set(at, FileOutcome.known(outcomes.get(at).file()));
            }
        }
        return kept;
    }

    private static boolean known(List<StoredDocument> stored, Document d) {
        return stored.stream().anyMatch(s -> s.department().equals(d.department()) && s.year() == d.year()
                && s.kind() == d.kind());
    }

    private static boolean same(Document a, Document b) {
        return a.department().equals(b.department()) && a.year() == b.year() && a.kind() == b.kind();
    }
}
