package org.budgetworkbench.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One disclosure table (公开表) of a known type, its rows keyed as extract@1 says. {@code columns} are the
 * column ids the table prints (栏目), in the type's order: a column of the type that is not among them is
 * absent — the template has no such column — which is not the same as a printed 0 or a blank cell, and no
 * check compares it. Given as null, the columns are those any row carries a value (or blank) for, which is
 * what the readers always recorded; a column a row carries is printed in any case, so no figure is lost.
 * {@code notes} are the lines printed under the table (表注: "注：本表反映…", "说明：…本年度没有…，故本表无数据。"),
 * as printed and in order; a template asks for such a note when a table has nothing to show, so the checks
 * read it to tell an empty table left empty on purpose from one left blank. extract@1 writes them as the
 * table's {@code notes} (a field the contract leaves open) where there are any; the store keeps them (V8).
 * {@code head} holds the words of its 表头 as printed (captions and column labels), for the checks that read them;
 * extract@1 does not carry it, the store keeps it (V10).
 */
public record DisclosureTable(TableType type, String title, TableSource source, List<Row> rows,
                              List<String> columns, List<String> notes, TableHead head) {
    /** 本表无数据 / 故本表为空表 / 本表为空: the note that says the table is empty on purpose. */
    private static final Pattern EMPTY_NOTE = Pattern.compile("本表(无|没有)数据|(本表|该表)?为空表|本表为空|空表");

    public DisclosureTable {
        rows = List.copyOf(rows);
        source = source == null ? TableSource.UNKNOWN : source;
        columns = columns == null ? carried(type, rows) : withCarried(type, columns, rows);
        notes = notes == null ? List.of() : List.copyOf(notes);
        head = head == null ? TableHead.NONE : head;
    }

    /** A table whose head (表头 words) was not kept. */
    public DisclosureTable(TableType type, String title, TableSource source, List<Row> rows,
                           List<String> columns, List<String> notes) {
        this(type, title, source, rows, columns, notes, TableHead.NONE);
    }

    /** A table with no note under it. */
    public DisclosureTable(TableType type, String title, TableSource source, List<Row> rows, List<String> columns) {
        this(type, title, source, rows, columns, List.of());
    }

    /** A table whose printed columns are those its rows carry. */
    public DisclosureTable(TableType type, String title, TableSource source, List<Row> rows) {
        this(type, title, source, rows, null, List.of());
    }

    public Optional<Row> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** Whether the table prints this column (a blank cell in a printed column counts as printed). */
    public boolean prints(String column) {
        return columns.contains(column);
    }

    /** A printed cell's amount (blank = 0); empty when the row is missing or the table has no such column. */
    public Optional<BigDecimal> amount(String rowKey, String column) {
        return prints(column) ? row(rowKey).map(r -> r.amount(column)) : Optional.empty();
    }

    public DisclosureTable withRows(List<Row> newRows) {
        return new DisclosureTable(type, title, source, newRows, columns, notes, head);
    }

    public DisclosureTable withNotes(List<String> newNotes) {
        return new DisclosureTable(type, title, source, rows, columns, newNotes, head);
    }

    public DisclosureTable withHead(TableHead newHead) {
        return new DisclosureTable(type, title, source, rows, columns, notes, newHead);
    }

    /** Whether a note under the table says it is empty on purpose (本表无数据, 故本表为空表). */
    public boolean notedAsEmpty() {
        return notes.stream().anyMatch(n -> EMPTY_NOTE.matcher(n.replaceAll("\\s+", "")).find());
    }

    /** This table continued by {@code more} (a table printed over several pages): rows, columns and notes of both. */
    public DisclosureTable continuedBy(DisclosureTable more) {
        List<Row> all = new ArrayList<>(rows);
        all.addAll(more.rows());
        Set<String> cols = new LinkedHashSet<>(columns);
        cols.addAll(more.columns());
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(more.notes());
        return new DisclosureTable(type, title, source, all, List.copyOf(cols), allNotes, head);
    }

    private static List<String> carried(TableType type, List<Row> rows) {
        Set<String> present = new LinkedHashSet<>();
        for (Row r : rows) {
            present.addAll(r.values().keySet());
        }
        return ordered(type, present);
    }

    private static List<String> withCarried(TableType type, List<String> columns, List<Row> rows) {
        Set<String> all = new LinkedHashSet<>(columns);
        for (Row r : rows) {
            all.addAll(r.values().keySet());
        }
        return ordered(type, all);
    }

    /** The type's columns first, in its order, then any other id as given. */
    private static List<String> ordered(TableType type, Collection<String> columns) {
        Set<String> given = new LinkedHashSet<>(columns);
        List<String> out = new ArrayList<>();
        if (type != null) {
            for (String c : type.columns()) {
                if (given.remove(c)) {
                    out.add(c);
                }
            }
        }
        out.addAll(given);
        return List.copyOf(out);
    }
}
