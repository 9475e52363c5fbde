package org.budgetworkbench.ui.table;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.model.Row;

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

    /** The code column: the classification code, or nothing for totals, items and units. */
    public String code() {
        return org.budgetworkbench.model.RowKeys.isClassificationCode(row.key()) ? row.key() : "";
    }

    public boolean isTotal() {
        return row.isTotal();
    }

    @Override
    public String toString() {
        return row.key() + " " + row.name();
    }
}
