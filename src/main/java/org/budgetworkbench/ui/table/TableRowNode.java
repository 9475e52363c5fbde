package org.budgetworkbench.ui.table;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Row;
import org.budgetworkbench.model.RowKeys;

/** One row of a table in its classification tree (类 → 款 → 项); the children are filled while building. */
public final class TableRowNode {
    private final Row row;
    private final List<TableRowNode> children = new ArrayList<>();

    TableRowNode(Row row) {
        this.row = row;
    }

    public Row row() {
        return row;
    }

    public List<TableRowNode> children() {
        return List.copyOf(children);
    }

    void add(TableRowNode child) {
        children.add(child);
    }

    /**
     * The code column: the classification code, a project code, or a unit's code; nothing for the total,
     * the summary tables' item ids ({@code income.gpb}) and rows keyed by their name.
     */
    public String code() {
        String key = row.key();
        if (key == null || row.isTotal() || key.startsWith(RowKeys.NAME_PREFIX)) {
            return "";
        }
        if (key.startsWith(RowKeys.UNIT_PREFIX)) {
            String unit = key.substring(RowKeys.UNIT_PREFIX.length());
            return unit.equals(row.name()) ? "" : unit;
        }
        return key.contains(".") ? "" : key;
    }

    public boolean isTotal() {
        return row.isTotal();
    }

    @Override
    public String toString() {
        return row.key() + " " + row.name();
    }
}
