package org.budgetworkbench.workflow;

import java.util.List;

/**
 * What one import did (导入结果): the documents stored, and per file what was read, skipped or failed. A batch
 * import is all or nothing, so when any file failed, or the analyst cancelled, nothing is stored; a folder
 * import keeps what read and lists the rest.
 */
public record ImportReport(List<StoredOutcome> stored, List<FileOutcome> files, boolean cancelled) {
    /**
     * A document the import stored: its id, the file it is kept as coming from, its title, how many tables,
     * and the PDFs whose 情况说明 it took.
     */
    public record StoredOutcome(long id, String file, String title, int tables, List<String> mergedFrom) {
        public StoredOutcome {
            mergedFrom = List.copyOf(mergedFrom);
        }
    }

    public ImportReport {
        stored = List.copyOf(stored);
        files = List.copyOf(files);
    }

    /** The ids stored, in the order the documents were stored. */
    public List<Long> storedIds() {
        return stored.stream().map(StoredOutcome::id).toList();
    }

    /** The files left out because the store already had the same document. */
    public List<String> alreadyStored() {
        return files.stream().filter(f -> f.result() == FileOutcome.Result.ALREADY_STORED).map(FileOutcome::file)
                .toList();
    }

    /** The reader's notes (skipped regions), each naming its file. */
    public List<String> notes() {
        return files.stream().flatMap(f -> f.skipped().stream().map(s -> f.file() + "：" + s)).toList();
    }

    /** The failures, each naming its file and the reason. */
    public List<String> failures() {
        return files.stream().filter(f -> f.result() == FileOutcome.Result.FAILED)
                .map(f -> f.reason().startsWith(f.file()) ? f.reason() : f.file() + "：" + f.reason()).toList();
    }

    /** True when nothing of the batch was stored because a file failed or the import was cancelled. */
    public boolean discarded() {
        return stored.isEmpty() && (cancelled || !failures().isEmpty());
    }
}
