package org.budgetworkbench.ui.table;

/** An amount column as the table view shows it: its id and its header. */
public record ColumnSpec(String id, String header) {
}
