package org.budgetworkbench.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.store.Documents;
import org.budgetworkbench.store.StoredDocument;

/**
 * Importing (导入): reads each file through the {@link DocumentSource} and saves its document. One bad file
 * does not stop the others; its reason is reported. Runs on any thread (the window calls it off the FX thread).
 */
public final class ImportViewModel {
    private final DocumentSource source;
    private final Documents documents;

    public ImportViewModel(DocumentSource source, Documents documents) {
        this.source = source;
        this.documents = documents;
    }

    /** Imports every file; a file read again is stored as a new version. */
    public ImportReport importFiles(List<Path> files) {
        return run(files, false);
    }

    /**
     * Imports the samples, leaving out a document the store already holds (same department, year and
     * kind), so that opening the samples twice, or two forms of one sample, gives each document once.
     */
    public ImportReport importSamples(List<Path> files) {
        return run(files, true);
    }

    private ImportReport run(List<Path> files, boolean skipKnown) {
        List<Long> ids = new ArrayList<>();
        List<String> known = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                ExtractResult r = source.extract(f);
                Document d = r.document();
                if (skipKnown && alreadyStored(d)) {
                    known.add(f.getFileName().toString());
                    continue;
                }
                ids.add(documents.save(d, f.toString()));
                r.skipped().forEach(s -> notes.add(f.getFileName() + "：" + s));
            } catch (DisclosureReadException e) {
                failures.add(e.getMessage());
            } catch (RuntimeException e) {
                // a reader bug must not take the window down; name the file so the analyst can report it
                failures.add(f.getFileName() + "：" + e);
            }
        }
        return new ImportReport(ids, known, notes, failures);
    }

    private boolean alreadyStored(Document d) {
        for (StoredDocument s : documents.list()) {
            if (s.department().equals(d.department()) && s.year() == d.year() && s.kind() == d.kind()) {
                return true;
            }
        }
        return false;
    }
}
