package org.budgetworkbench.core.recognize;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.TableHead;
import org.budgetworkbench.model.TableSource;
import org.budgetworkbench.model.TableType;

/** 表格读取: one located, typed region → a DisclosureTable (header, then rows by the table's row shape). */
final class TableReader {
    private final HeaderReader headers = new HeaderReader();
    private final CodedRowReader codedRows = new CodedRowReader();
    private final ItemRowReader itemRows = new ItemRowReader();

    /**
     * A table read from a region, the rows after it that belong to something else (null if none), and the
     * header labels of columns that print figures but stand for no column of the table's type (unread).
     */
    record Result(DisclosureTable table, GridRegion rest, List<String> unreadColumns) {
        Result {
            unreadColumns = List.copyOf(unreadColumns);
        }
    }

    /** The table, or null when the region has no header with a figure column (a table of contents line). */
    Result read(TableType type, GridRegion region, TitleBlock title) {
        Header header = headers.read(region, title.bodyStart());
        List<String> columns = printedColumns(type, header);
        if (columns.isEmpty()) {
            return null;
        }
        List<Row> rows = type.rowShape() == TableType.RowShape.ITEMS
                ? itemRows.read(type, region, header, title.scale())
                : codedRows.read(type, region, header, title.scale());
        String name = title.title().isEmpty() ? title.fullTitle() : title.title();
        TableSource source = new TableSource(region.grid().page(region.firstRow()), region.grid().sheet());
        return new Result(new DisclosureTable(type, name, source, rows, columns).withNotes(notes(region, header))
                .withHead(head(title, header)), rest(region, header), unreadColumns(type, region, header));
    }

    /**
     * 未读取的列: the columns under a header label that the type has no column for (ColumnIds gives them no id) and
     * that print a figure — never dropped in silence. Line and column numbers (行次, 栏次), codes and names are
     * read or are no figures; a column with no header label is a reading artefact, left to ReadingDoubts.
     */
    static List<String> unreadColumns(TableType type, GridRegion region, Header header) {
        var g = region.grid();
        int end = CodedRowReader.lastDataRow(g, header.dataStart(), region.lastRow());
        Set<String> out = new LinkedHashSet<>();
        for (int c = 0; c < header.columnCount(); c++) {
            List<String> path = header.path(c);
            if (path.isEmpty() || ColumnIds.role(type, path) != ColumnRole.SKIP || isNumbering(path)) {
                continue;
            }
            for (int r = header.dataStart(); r <= end; r++) {
                if (!RowShapes.isColumnNumberRow(g, r) && AmountParser.isAmount(g, r, c)) {
                    out.add(String.join("", path));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean isNumbering(List<String> path) {
        String leaf = path.get(path.size() - 1);
        return leaf.contains("行次") || leaf.contains("栏次") || leaf.equals("序号") || leaf.contains("编码")
                || leaf.contains("代码");
    }

    /** The 表头's words as printed: the captions over the title, then each header label once, left to right. */
    static TableHead head(TitleBlock title, Header header) {
        Set<String> labels = new LinkedHashSet<>();
        for (int c = 0; c < header.columnCount(); c++) {
            header.path(c).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(labels::add);
        }
        return new TableHead(title.captions(), List.copyOf(labels));
    }

    /** The note lines printed under the table (注：…, 说明：…故本表无数据), up to the first blank row. */
    static List<String> notes(GridRegion region, Header header) {
        var g = region.grid();
        List<String> notes = new java.util.ArrayList<>();
        for (int r = CodedRowReader.lastDataRow(g, header.dataStart(), region.lastRow()) + 1;
                r <= region.lastRow() && !g.isRowEmpty(r); r++) {
            notes.add(String.join("", g.rowTexts(r)).strip());
        }
        return notes;
    }

    /** The column ids the header prints: a column of the type that is not among them is absent, not 0. */
    static List<String> printedColumns(TableType type, Header header) {
        Set<String> ids = new LinkedHashSet<>();
        for (int c = 0; c < header.columnCount(); c++) {
            if (ColumnIds.role(type, header.path(c)) == ColumnRole.VALUE) {
                ids.add(ColumnIds.id(type, header.path(c)));
            }
        }
        return List.copyOf(ids);
    }

    /** What follows the table's notes (注：…) after a blank row: an untitled form stacked below it. */
    private static GridRegion rest(GridRegion region, Header header) {
        var g = region.grid();
        int noteRow = CodedRowReader.lastDataRow(g, header.dataStart(), region.lastRow()) + 1;
        int r = noteRow;
        while (r <= region.lastRow() && !g.isRowEmpty(r)) {
            r++;
        }
        while (r <= region.lastRow() && g.isRowEmpty(r)) {
            r++;
        }
        return noteRow <= region.lastRow() && r <= region.lastRow() ? new GridRegion(g, r, region.lastRow()) : null;
    }
}
