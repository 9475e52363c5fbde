package org.budgetworkbench.ui.table;

import java.util.HashMap;
import java.util.Map;

/**
 * The open findings on a table's cells (单元格标记), by row key and column id; a finding naming a row but no
 * column marks the row's name. Several findings on one cell show one under the other.
 */
public final class FindingMarks {
    private static final String WHOLE_ROW = "";

    private final Map<String, Map<String, String>> byRow = new HashMap<>();

    public FindingMarks add(String row, String column, String message) {
        byRow.computeIfAbsent(row, k -> new HashMap<>())
                .merge(column == null ? WHOLE_ROW : column, message, (a, b) -> a.equals(b) ? a : a + "\n" + b);
        return this;
    }

    /** The message(s) on a cell, or null when it carries no open finding. */
    public String cell(String row, String column) {
        Map<String, String> r = byRow.get(row);
        return r == null ? null : r.get(column);
    }

    /** The message(s) on the row as a whole, or null. */
    public String row(String row) {
        return cell(row, WHOLE_ROW);
    }

    public boolean isEmpty() {
        return byRow.isEmpty();
    }
}
