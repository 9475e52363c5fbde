package org.budgetworkbench.model;

/**
 * Where a figure or a label stood in the source: a workbook cell (sheet, 0-based row and column)
 * or a PDF page. Findings point here; write-back export writes corrected figures back here.
 */
public record CellRef(String sheet, Integer page, int row, int column) {
    public static CellRef sheetCell(String sheet, int row, int column) {
        return new CellRef(sheet, null, row, column);
    }

    public static CellRef pageCell(int page, int row, int column) {
        return new CellRef(null, page, row, column);
    }

    /** A1-style address for a workbook cell, e.g. {@code C7}; for a PDF the page and row. */
    public String address() {
        if (sheet == null) {
            return "第" + page + "页 第" + (row + 1) + "行";
        }
        StringBuilder col = new StringBuilder();
        int c = column;
        do {
            col.insert(0, (char) ('A' + c % 26));
            c = c / 26 - 1;
        } while (c >= 0);
        return col + String.valueOf(row + 1);
    }
}
