package org.budgetworkbench.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.store.FindingsStore;
import org.budgetworkbench.store.Documents;
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

    public ImportViewModel(DocumentSource source, Documents documents) {
        this(source, documents, null, d -> List.of());
    }

    public ImportViewModel(DocumentSource source, Documents documents, FindingsStore findings,
                           Function<Document, List<Finding>> validator) {
        this.source = source;
        this.documents = documents;
        this.findings = findings;
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
        List<Document> read = new ArrayList<>();
        List<String> sources = new ArrayList<>();
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
                if (skipKnown && (known(stored, d) || read.stream().anyMatch(x -> same(x, d)))) {
                    outcomes.add(FileOutcome.known(name));
                    continue;
                }
                read.add(d);
                sources.add(f.toString());
                outcomes.add(FileOutcome.read(name, d.tables().size(), r.skipped()));
            } catch (DisclosureReadException e) {
                outcomes.add(FileOutcome.failed(name, e.getMessage()));
            } catch (RuntimeException e) {
                // a reader bug must not take the window down; name the file so the analyst can report it
                outcomes.add(FileOutcome.failed(name, name + "：" + e));
            }
        }
        ImportReport unsaved = new ImportReport(List.of(), outcomes, false);
        if (progress.cancelled()) {
            return new ImportReport(List.of(), outcomes, true);
        }
        if (unsaved.discarded() || read.isEmpty()) {
            return unsaved;
        }
        List<Long> ids = documents.saveAll(read, sources);
        if (findings != null) {
            for (int i = 0; i < ids.size(); i++) {
                findings.replace(ids.get(i), validator.apply(read.get(i)));
                documents.setStatus(ids.get(i), org.budgetworkbench.store.DocumentStatus.CHECKED);
            }
        }
        return new ImportReport(ids, outcomes, false);
    }

    private static boolean known(List<StoredDocument> stored, Document d) {
        return stored.stream().anyMatch(s -> s.department().equals(d.department()) && s.year() == d.year()
                && s.kind() == d.kind());
    }

    private static boolean same(Document a, Document b) {
        return a.department().equals(b.department()) && a.year() == b.year() && a.kind() == b.kind();
    }
}
