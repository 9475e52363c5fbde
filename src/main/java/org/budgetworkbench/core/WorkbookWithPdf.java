package org.budgetworkbench.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.TableType;

/**
 * A department's workbook and its published PDF imported together become one document (工作簿与公开PDF合并):
 * the tables, targets and evaluations as the workbook has them, with their cells, so corrections can be written
 * back into it; the narrative (情况说明), which only the PDF carries, and whatever else the workbook lacks, from
 * the PDF. Without this the narrative could be checked against the tables only by importing the PDF alone.
 * Files of one kind are left as they were read: two workbooks of a disclosure are two versions of it.
 */
public final class WorkbookWithPdf {
    private WorkbookWithPdf() {
    }

    /** A file as read. */
    public record Read(String file, Document document) {
    }

    /**
     * What to store: the file it is stored as coming from, the document, and the other files merged into it
     * (empty when none was).
     */
    public record Combined(String file, Document document, List<String> mergedFrom) {
        public Combined {
            mergedFrom = List.copyOf(mergedFrom);
        }
    }

    /**
     * The files of one import, with every disclosure that came as both a workbook and a PDF merged into its
     * (last) workbook. Order is kept otherwise; a merged document takes its workbook's place after the other
     * files of the same disclosure, so it is the one that ends up current.
     */
    public static List<Combined> combine(List<Read> read) {
        Map<String, List<Read>> byDisclosure = new LinkedHashMap<>();
        for (Read r : read) {
            byDisclosure.computeIfAbsent(key(r.document()), k -> new ArrayList<>()).add(r);
        }
        // by identity: the same file given twice is two reads, as it was before merging existed
        Map<Read, Combined> replaced = new IdentityHashMap<>();
        Set<Read> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Read> group : byDisclosure.values()) {
            List<Read> workbooks = group.stream().filter(r -> DisclosureExtractor.isWorkbook(r.file())).toList();
            List<Read> pdfs = group.stream().filter(r -> !DisclosureExtractor.isWorkbook(r.file())).toList();
            if (workbooks.isEmpty() || pdfs.isEmpty()) {
                continue;
            }
            Read base = workbooks.get(workbooks.size() - 1);
            Document merged = base.document();
            for (Read pdf : pdfs) {
                merged = fillIn(merged, pdf.document());
            }
            replaced.put(base, new Combined(base.file(), merged, pdfs.stream().map(Read::file).toList()));
            absorbed.addAll(pdfs);
        }
        List<Combined> out = new ArrayList<>();
        List<Combined> last = new ArrayList<>();
        for (Read r : read) {
            if (absorbed.contains(r)) {
                continue;
            }
            Combined c = replaced.get(r);
            if (c != null) {
                last.add(c);
            } else {
                out.add(new Combined(r.file(), r.document(), List.of()));
            }
        }
        // the merged documents after their disclosures' other files, so each is stored as the current version
        out.addAll(last);
        return out;
    }

    /** The workbook's document with what it lacks taken from the PDF's. */
    static Document fillIn(Document workbook, Document pdf) {
        Set<TableType> have = workbook.tables().stream().map(DisclosureTable::type).collect(Collectors.toSet());
        List<DisclosureTable> tables = new ArrayList<>(workbook.tables());
        pdf.tables().stream().filter(t -> !have.contains(t.type())).forEach(tables::add);
        return new Document(workbook.department(), workbook.year(), workbook.kind(), workbook.scope(), workbook.unit(),
                tables,
                workbook.targets().isEmpty() ? pdf.targets() : workbook.targets(),
                workbook.evaluations().isEmpty() ? pdf.evaluations() : workbook.evaluations(),
                workbook.narrative().isEmpty() ? pdf.narrative() : workbook.narrative(),
                workbook.formFields().isEmpty() ? pdf.formFields() : workbook.formFields());
    }

    private static String key(Document d) {
        // a department's 部门 and 单位 documents of one year are two disclosures, never merged into one
        return d.department() + "\u0000" + d.year() + "\u0000" + d.kind() + "\u0000" + d.scope();
    }
}
