package org.budgetworkbench.core.read;

/** A band of rows of a Grid (inclusive, 0-based): one table, one form block, or a stretch of text. */
public record GridRegion(Grid grid, int firstRow, int lastRow) {
    public GridRegion {
        if (firstRow < 0 || lastRow < firstRow - 1 || lastRow >= grid.rowCount()) {
            throw new IllegalArgumentException("rows " + firstRow + ".." + lastRow + " outside " + grid.rowCount());
        }
    }

    public static GridRegion whole(Grid grid) {
        return new GridRegion(grid, 0, grid.rowCount() - 1);
    }

    /** "sheet 表3 支出总表 rows 5-27" or "page 7" for messages about skipped regions. */
    public String describe() {
        if (grid.sheet() != null) {
            return "工作表“" + grid.sheet() + "”第" + (firstRow + 1) + "-" + (lastRow + 1) + "行";
        }
        Integer p = grid.page(firstRow);
        return p == null ? "第" + (firstRow + 1) + "行" : "第" + p + "页";
    }
}
