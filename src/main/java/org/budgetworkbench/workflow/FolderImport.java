package org.budgetworkbench.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetworkbench.core.WorkbookWithPdf;
import org.budgetworkbench.store.SourceFiles;

/**
 * One folder import (文件夹导入): department folder by department folder, read, merge a workbook with its PDF,
 * check and store — so a district of hundreds of files never sits in memory at once and one unreadable file
 * refuses only itself. Files whose content the store already holds (or that occur twice) are skipped.
 */
final class FolderImport {
    /** Why a file read before a cancel was not stored. */
    static final String CANCELLED = "已取消：本部门的文件未全部读完，未导入";

    private final DocumentSource source;
    private final SourceFiles sources;
    private final ImportWorkflow storing;

    FolderImport(DocumentSource source, SourceFiles sources, ImportWorkflow storing) {
        this.source = source;
        this.sources = sources;
        this.storing = storing;
    }

    ImportReport run(Path folder, ImportProgress progress) {
        Map<Path, List<Path>> groups;
        try {
            groups = DistrictFolder.filesByFolder(folder);
        } catch (IOException e) {
            String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
            return new ImportReport(List.of(), List.of(FileOutcome.failed(name, "无法读取文件夹 " + folder + "："
                    + e.getMessage())), false);
        }
        int total = groups.values().stream().mapToInt(List::size).sum();
        Set<String> known = sources == null ? new HashSet<>() : new HashSet<>(sources.knownHashes());
        List<FileOutcome> outcomes = new ArrayList<>();
        List<ImportReport.StoredOutcome> stored = new ArrayList<>();
        int index = 0;
        for (List<Path> group : groups.values()) {
            FileReading reading = new FileReading();
            Map<String, String> hashes = new HashMap<>();
            for (Path f : group) {
                if (progress.cancelled()) {
                    // the department was not finished: what of it was read is not stored, and the list says so
                    for (int i = 0; i < reading.outcomes.size(); i++) {
                        FileOutcome o = reading.outcomes.get(i);
                        if (o.result() == FileOutcome.Result.READ) {
                            reading.outcomes.set(i, FileOutcome.failed(o.file(), CANCELLED));
                        }
                    }
                    named(folder, group, reading);
                    outcomes.addAll(reading.outcomes);
                    return new ImportReport(stored, outcomes, true);
                }
                progress.reading(index++, total, f);
                String hash = ContentHash.of(f);
                if (hash != null && known.contains(hash)) {
                    reading.outcomes.add(FileOutcome.known(relative(folder, f)));
                    continue;
                }
                hashes.put(f.toString(), hash);
                if (reading.read(source, f) != null && hash != null) {
                    known.add(hash);
                }
            }
            named(folder, group, reading);
            if (!reading.read.isEmpty()) {
                List<WorkbookWithPdf.Combined> combined = reading.combined();
                // in a district a file of which nothing was read refuses only itself
                reading.refuseUnread(combined);
                combined = combined.stream().filter(c -> !FileReading.nothingRead(c.document())).toList();
                stored.addAll(storing.store(combined, hashes, reading));
            }
            outcomes.addAll(reading.outcomes);
        }
        return new ImportReport(stored, outcomes, progress.cancelled());
    }

    /** In a district's result list a bare file name is ambiguous (every department has 部门预算.pdf): name the path. */
    private static void named(Path folder, List<Path> group, FileReading reading) {
        Map<String, String> byName = new HashMap<>();
        group.forEach(f -> byName.put(f.getFileName().toString(), relative(folder, f)));
        for (int i = 0; i < reading.outcomes.size(); i++) {
            FileOutcome o = reading.outcomes.get(i);
            String full = byName.getOrDefault(o.file(), o.file());
            reading.outcomes.set(i, new FileOutcome(full, o.result(), o.tables(), o.skipped(), o.reason()));
        }
    }

    private static String relative(Path folder, Path f) {
        return folder.relativize(f).toString();
    }
}
