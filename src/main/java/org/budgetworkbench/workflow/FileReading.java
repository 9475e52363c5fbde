package org.budgetworkbench.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.WorkbookWithPdf;
import org.budgetworkbench.core.limits.FileProblems;
import org.budgetworkbench.core.read.DisclosureReadException;
import org.budgetworkbench.model.Document;

/**
 * The files of one import as read (读取结果): per file its outcome, the documents read, and where each file's
 * outcome stands, so that merging a workbook with its PDF can note it on the PDF's line.
 */
final class FileReading {
    final List<FileOutcome> outcomes = new ArrayList<>();
    final List<WorkbookWithPdf.Read> read = new ArrayList<>();
    private final Map<String, Integer> outcomeOf = new HashMap<>();

    /** Reads one file; a reader's refusal or crash becomes the file's failed outcome, never an exception. */
    Document read(DocumentSource source, Path f) {
        String name = f.getFileName().toString();
        try {
            ExtractResult r = source.extract(f);
            Document d = r.document();
            outcomeOf.put(f.toString(), outcomes.size());
            read.add(new WorkbookWithPdf.Read(f.toString(), d));
            outcomes.add(FileOutcome.read(name, d.tables().size(), r.skipped()));
            return d;
        } catch (DisclosureReadException e) {
            outcomes.add(FileOutcome.failed(name, e.getMessage()));
        } catch (RuntimeException e) {
            // a reader bug must not take the window or the batch down; name the file so the analyst can report it
            outcomes.add(FileOutcome.failed(name, name + "：" + FileProblems.reason(e, "程序出错，未能处理此文件（详情见日志文件）")));
        }
        return null;
    }

    /** Drops the last file read again, reported as already stored (the samples' rule). */
    void unreadAsKnown() {
        WorkbookWithPdf.Read last = read.remove(read.size() - 1);
        int at = outcomeOf.remove(last.file());
        outcomes.set(at, FileOutcome.known(outcomes.get(at).file()));
    }

    boolean anyFailed() {
        return outcomes.stream().anyMatch(o -> o.result() == FileOutcome.Result.FAILED);
    }

    /** The documents to store, a workbook and its PDF merged into one; the PDF's line says so. */
    List<WorkbookWithPdf.Combined> combined() {
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
        return combined;
    }

    /**
     * A file of which nothing was read — no table, no performance form, even if some text was — would be stored
     * as an empty document and marked checked: it is refused instead, naming the file, and the batch is not stored.
     *
     * @return whether any file was refused
     */
    boolean refuseUnread(List<WorkbookWithPdf.Combined> combined) {
        boolean refused = false;
        for (WorkbookWithPdf.Combined c : combined) {
            Document d = c.document();
            if (nothingRead(d)) {
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

    /** No table, no performance target, no self-evaluation: text at most, nothing a check could stand on. */
    static boolean nothingRead(Document d) {
        return d.tables().isEmpty() && d.targets().isEmpty() && d.evaluations().isEmpty();
    }

    /**
     * The regions not read of a stored document, from the file it is stored as (a PDF merged into a workbook
     * gives only its 情况说明, so its own unread regions are not the document's).
     */
    List<String> unreadOf(WorkbookWithPdf.Combined c) {
        Integer at = outcomeOf.get(c.file());
        if (at == null) {
            return List.of();
        }
        FileOutcome o = outcomes.get(at);
        return o.unread().stream().map(s -> o.file() + "：" + s).toList();
    }

    /** Marks a read file as left out because the same document is stored (or kept) already. */
    void markKnown(String file) {
        int at = outcomeOf.get(file);
        outcomes.set(at, FileOutcome.known(outcomes.get(at).file()));
    }
}
