package org.budgetworkbench.ui.importing;

import java.util.List;

/**
 * What one import did (导入结果): the ids stored, the files left out because the store already had the
 * same document, the notes the reader left (skipped sheets), and the failures, each naming its file.
 */
public record ImportReport(List<Long> storedIds, List<String> alreadyStored, List<String> notes,
                           List<String> failures) {
    public ImportReport {
        storedIds = List.copyOf(storedIds);
        alreadyStored = List.copyOf(alreadyStored);
        notes = List.copyOf(notes);
        failures = List.copyOf(failures);
    }
}
