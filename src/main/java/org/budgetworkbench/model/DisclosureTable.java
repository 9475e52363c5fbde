package org.budgetworkbench.model;

import java.util.List;
import java.util.Optional;

/** One disclosure table (公开表) of a known type, its rows keyed as extract@1 says. */
public record DisclosureTable(TableType type, String title, TableSource source, List<Row> rows) {
    public DisclosureTable {
        rows = List.copyOf(rows);
        source = source == null ? TableSource.UNKNOWN : source;
    }

    public Optional<Row> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public DisclosureTable withRows(List<Row> newRows) {
        return new DisclosureTable(type, title, source, newRows);
    }
}
