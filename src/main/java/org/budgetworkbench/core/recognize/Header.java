package org.budgetworkbench.core.recognize;

import java.util.List;

/**
 * 表头: a table's column header read off its (possibly merged, multi-row) header rows. {@code paths} holds,
 * per column, the header texts from top to bottom (本年收入 › 一般公共预算); {@code dataStart} is the first
 * row below the header.
 */
record Header(int firstRow, int dataStart, List<List<String>> paths) {
    Header {
        paths = List.copyOf(paths);
    }

    List<String> path(int column) {
        return column < paths.size() ? paths.get(column) : List.of();
    }

    /** The lowest header text of a column, or "". */
    String leaf(int column) {
        List<String> p = path(column);
        return p.isEmpty() ? "" : p.get(p.size() - 1);
    }

    int columnCount() {
        return paths.size();
    }

    boolean isEmpty() {
        return paths.stream().allMatch(List::isEmpty);
    }
}
