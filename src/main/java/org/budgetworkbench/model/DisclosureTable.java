package org.budgetworkbench.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One disclosure table (公开表) of a known type, its rows keyed as extract@1 says. {@code columns} are the
 * column ids the table prints (栏目), in the type's order: a column of the type that is not among them is
 * absent — the template has no such column — which is not the same as a printed 0 or a blank cell, and no
 * check compares it. Given as null, the columns are those any row carries a value (or blank) for, which is
 * what the readers always recorded; a column a row carries is printed in any case, so no figure is lost.
 */
public record DisclosureTable(TableType type, String title, TableSource source, List<Row> rows,
                              List<String> columns) {
    public DisclosureTable {
        rows = List.copyOf(rows);
        source = source == null ? TableSource.UNKNOWN : source;
        columns = columns == null ? carried(type, rows) : withCarried(type, columns, rows);
    }

    /** A table whose printed columns are those its rows carry. */
    public DisclosureTable(TableType type, String title, TableSource source, List<Row> rows) {
        this(type, title, source, rows, null);
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
        return new DisclosureTable(type, title, source, newRows, columns);
    }

    /** This table continued by {@code more} (a table printed over several pages): rows and columns of both. */
    public DisclosureTable continuedBy(DisclosureTable more) {
        List<Row> all = new ArrayList<>(rows);
        all.addAll(more.rows());
        Set<String> cols = new LinkedHashSet<>(columns);
        cols.addAll(more.columns());
        return new DisclosureTable(type, title, source, all, List.copyOf(cols));
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
