package org.budgetworkbench.core.read;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetworkbench.core.limits.InputLimits;
import org.budgetworkbench.core.limits.ProcessingDeadline;

/**
 * 工作表读取: one sheet → a {@link Grid}, within the rows and columns a disclosure can use
 * ({@link InputLimits#MAX_ROWS} × {@link InputLimits#MAX_COLUMNS}). Cells beyond them are counted and named in
 * a note rather than read, and merged regions are clipped to the cells read: the grid is allocated by its
 * largest row and column, so one merge over A1:XFD1048576 must not size it.
 */
final class SheetReader {
    private final Path file;
    private final Sheet sheet;
    private final WorkbookReader.CellFormats formatter;
    private final Grid.Builder grid;
    private int outside;
    private String farthest;

    SheetReader(Path file, Sheet sheet, WorkbookReader.CellFormats formatter) {
        this.file = file;
        this.sheet = sheet;
        this.formatter = formatter;
        this.grid = Grid.builder(file.getFileName().toString(), sheet.getSheetName());
    }

    Grid read(List<String> notes) throws DisclosureReadException {
        List<CellRangeAddress> merges = sheet.getMergedRegions();
        if (merges.size() > InputLimits.MAX_MERGES_PER_SHEET) {
            throw new DisclosureReadException(file, "工作表“" + sheet.getSheetName() + "”的合并单元格超过 "
                    + InputLimits.count(InputLimits.MAX_MERGES_PER_SHEET) + " 处，远超公开表所需，已拒绝读取");
        }
        long cells = 0;
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            ProcessingDeadline.check();
            for (Cell cell : row) {
                if (cell.getRowIndex() >= InputLimits.MAX_ROWS || cell.getColumnIndex() >= InputLimits.MAX_COLUMNS) {
                    if (cell.getCellType() != CellType.BLANK) {
                        outside++;
                        farthest = new CellReference(cell).formatAsString(false);
                    }
                    continue;
                }
                if (++cells > InputLimits.MAX_CELLS_PER_SHEET) {
                    throw new DisclosureReadException(file, "工作表“" + sheet.getSheetName() + "”中的单元格超过 "
                            + InputLimits.count(InputLimits.MAX_CELLS_PER_SHEET) + " 个，远超公开表所需，已拒绝读取");
                }
                set(cell);
            }
        }
        int lastRow = grid.rows() - 1;
        int lastCol = grid.columns() - 1;
        for (CellRangeAddress m : merges) {
            if (m.getFirstRow() <= lastRow && m.getFirstColumn() <= lastCol) {
                grid.merge(m.getFirstRow(), Math.min(m.getLastRow(), lastRow),
                        m.getFirstColumn(), Math.min(m.getLastColumn(), lastCol));
            }
        }
        if (outside > 0) {
            notes.add("工作表“" + sheet.getSheetName() + "”中有 " + InputLimits.count(outside) + " 个单元格在第 "
                    + InputLimits.count(InputLimits.MAX_ROWS) + " 行或第 " + InputLimits.count(InputLimits.MAX_COLUMNS)
                    + " 列之外（最远在 " + farthest + "），超出公开表的范围，未读取");
        }
        return grid.build();
    }

    private void set(Cell cell) throws DisclosureReadException {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        switch (type) {
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    // no number Excel can show: a damaged cell, read as the error Excel would display
                    grid.set(r, c, "#NUM!");
                    return;
                }
                CellStyle style = cell.getCellStyle();
                grid.set(r, c, formatter.format(v, style), formatter.isDate(style) ? null : v);
            }
            case STRING -> {
                String s = cell.getRichStringCellValue().getString();
                if (s.length() > InputLimits.MAX_CELL_TEXT) {
                    throw new DisclosureReadException(file, "工作表“" + sheet.getSheetName() + "”单元格 "
                            + new CellReference(cell).formatAsString(false) + " 的文字有 " + InputLimits.count(s.length())
                            + " 字，超过 Excel 单元格的上限（" + InputLimits.count(InputLimits.MAX_CELL_TEXT) + " 字），文件有误");
                }
                if (!s.isBlank()) {
                    grid.set(r, c, s);
                }
            }
            case BOOLEAN -> grid.set(r, c, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            default -> {
                // blank and error cells carry nothing a disclosure needs
            }
        }
    }
}
