package org.budgetworkbench.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One disclosure table (公开表) of a known type, its rows keyed as extract@1 says. {@code notes} are the
 * lines printed under the table (表注: "注：本表反映…", "说明：…本年度没有…，故本表无数据。"), as printed and in
 * order; a template asks for such a note when a table has nothing to show, so the checks read it to tell an
 * empty table left empty on purpose from one left blank. Notes are not part of extract@1.
 */
public record DisclosureTable(TableType type, String title, TableSource source, List<Row> rows, List<String> notes) {
    /** 本表无数据 / 故本表为空表 / 本表为空: the note that says the table is empty on purpose. */
    private static final Pattern EMPTY_NOTE = Pattern.compile("本表(无|没有)数据|(本表|该表)?为空表|本表为空|空表");

    public DisclosureTable {
        rows = List.copyOf(rows);
        source = source == null ? TableSource.UNKNOWN : source;
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A table with no note under it. */
    public DisclosureTable(TableType type, String title, TableSource source, List<Row> rows) {
        this(type, title, source, rows, List.of());
    }

    public Optional<Row> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public DisclosureTable withRows(List<Row> newRows) {
        return new DisclosureTable(type, title, source, newRows, notes);
    }

    public DisclosureTable withNotes(List<String> newNotes) {
        return new DisclosureTable(type, title, source, rows, newNotes);
    }

    /** Whether a note under the table says it is empty on purpose (本表无数据, 故本表为空表). */
    public boolean notedAsEmpty() {
        return notes.stream().anyMatch(n -> EMPTY_NOTE.matcher(n.replaceAll("\\s+", "")).find());
    }
}
