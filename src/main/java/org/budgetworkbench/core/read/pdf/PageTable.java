package org.budgetworkbench.core.read.pdf;

import java.util.List;
import org.budgetworkbench.core.read.Grid;

/**
 * One table found on one page (页面表格): its box, its column boundaries, its cells' text (a merged
 * cell's text at its top-left) and merged regions in its own row/column coordinates. For a ruled table,
 * {@code roomBelow} holds for each cell with text the space left under its last line, in text heights
 * (null when unknown): a cell cut by the page break has its text running down to its bottom border; a short
 * line set in the middle of its cell has ended there (infinite room).
 */
record PageTable(int page, double x0, double x1, double top, double bottom, double[] columnEdges,
                 String[][] cells, List<Grid.Region> merges, double[][] roomBelow) {

    PageTable(int page, double x0, double x1, double top, double bottom, double[] columnEdges,
              String[][] cells, List<Grid.Region> merges) {
        this(page, x0, x1, top, bottom, columnEdges, cells, merges, null);
    }

    /** The room under the cell's text in text heights; NaN when unknown or the cell is empty. */
    double roomBelow(int row, int col) {
        if (roomBelow == null || row >= roomBelow.length || col >= roomBelow[row].length) {
            return Double.NaN;
        }
        return roomBelow[row][col];
    }

    /** Found between ruling lines; false for a table found from the alignment of its text alone. */
    boolean ruled() {
        return roomBelow != null;
    }

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
