package org.budgetworkbench.core.read.pdf;

import java.util.List;
import org.budgetworkbench.core.read.Grid;

/**
 * One table found on one page (页面表格): its box, its column boundaries, its cells' text (a merged
 * cell's text at its top-left) and merged regions in its own row/column coordinates.
 */
record PageTable(int page, double x0, double x1, double top, double bottom, double[] columnEdges,
                 String[][] cells, List<Grid.Region> merges) {

    int rowCount() {
        return cells.length;
    }

    int columnCount() {
        return columnEdges.length - 1;
    }

    String text(int row, int col) {
        String s = col < cells[row].length ? cells[row][col] : null;
        return s == null ? "" : s;
    }

    boolean contains(double x, double y) {
        return x >= x0 - 1 && x <= x1 + 1 && y >= top - 1 && y <= bottom + 1;
    }

    /** The column whose span holds x (clamped to the table). */
    int columnAt(double x) {
        for (int c = 0; c < columnCount(); c++) {
            if (x < columnEdges[c + 1]) {
                return c;
            }
        }
        return columnCount() - 1;
    }

    /** The row's cell texts joined, for comparing repeated header rows. */
    String rowKey(int row) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < columnCount(); c++) {
            b.append(text(row, c).replaceAll("\\s+", "")).append('|');
        }
        return b.toString();
    }
}
