package org.budgetworkbench.core.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Lays a header tree out over rows and columns, merging each group across its children and each leaf down. */
final class HeaderWriter {
    private HeaderWriter() {
    }

    /** Writes the header from {@code firstRow}, {@code firstColumn}; returns the number of rows it took. */
    static int write(Sheet sheet, SheetStyles styles, List<HeaderColumn> roots, int firstRow, int firstColumn) {
        int depth = HeaderColumn.depth(roots);
        int col = firstColumn;
        for (HeaderColumn h : roots) {
            place(sheet, styles, h, firstRow, col, firstRow + depth - 1);
            col += h.width();
        }
        return depth;
    }

    private static void place(Sheet sheet, SheetStyles styles, HeaderColumn h, int row, int col, int lastRow) {
        int width = h.width();
        int bottom = h.isLeaf() ? lastRow : row;
        for (int r = row; r <= bottom; r++) {
            for (int c = col; c < col + width; c++) {
                styles.empty(sheet, r, c, styles.header);
            }
        }
        styles.text(sheet, row, col, h.text(), styles.header);
        if (bottom > row || width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, bottom, col, col + width - 1));
        }
        int c = col;
        for (HeaderColumn child : h.children()) {
            place(sheet, styles, child, row + 1, c, lastRow);
            c += child.width();
        }
    }
}
