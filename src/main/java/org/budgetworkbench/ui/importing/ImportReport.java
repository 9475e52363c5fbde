package org.budgetworkbench.ui.importing;

import java.util.List;

/**
 * What one import did (导入结果): the ids stored, and per file what was read, skipped or failed. An import is
 * all or nothing, so when any file failed, or the analyst cancelled, {@code storedIds} is empty.
 */
public record ImportReport(List<Long> storedIds, List<FileOutcome> files, boolean cancelled) {
    public ImportReport {
        storedIds = List.copyOf(storedIds);
        files = List.copyOf(files);
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
        return cancelled || !failures().isEmpty();
    }
}
