package org.budgetworkbench.core.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 表框: what every disclosure sheet has around its table — the 表号 and title rows, the 部门/单位 and
 * 单位：万元 captions — and the print setup of a published table: A4, fitted to the page width, landscape when
 * wide, the header rows repeated on every printed page.
 */
final class SheetFrame {
    static final int NUMBER_ROW = 0;
    static final int TITLE_ROW = 1;
    static final int DEPARTMENT_ROW = 2;
    static final int UNIT_ROW = 3;
    /** The first row below the captions, where the header starts. */
    static final int BODY_ROW = 4;
    /** Wider than this many columns a table is printed landscape. */
    private static final int PORTRAIT_MAX_COLUMNS = 6;
    private static final int MIN_WIDTH_CHARS = 8;
    private static final int MAX_WIDTH_CHARS = 40;

    private SheetFrame() {
    }

    /** Writes 表号, title and captions over {@code width} columns. */
    static void top(Sheet sheet, SheetStyles styles, String number, String title, String department, int width) {
        int last = Math.max(width, 2) - 1;
        if (number != null) {
            styles.text(sheet, NUMBER_ROW, 0, number, styles.tableNumber);
        }
        styles.text(sheet, TITLE_ROW, 0, title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, last));
        SheetStyles.row(sheet, TITLE_ROW).setHeightInPoints(28);
        styles.text(sheet, DEPARTMENT_ROW, 0, "部门/单位：" + (department == null ? "" : department), styles.caption);
        styles.text(sheet, UNIT_ROW, last, "单位：万元", styles.captionRight);
    }

    /** A4, fit to width, landscape when wide, rows {@code firstHeaderRow..lastHeaderRow} on every page. */
    static void print(Sheet sheet, int width, int firstHeaderRow, int lastHeaderRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(width > PORTRAIT_MAX_COLUMNS);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        if (lastHeaderRow >= firstHeaderRow) {
            sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        }
    }

    /**
     * Column widths from the content (CJK characters count double), without POI's autosize, which needs
     * the fonts installed and is slow on large sheets. Cells merged over several columns do not count.
     */
    static void fitColumns(Sheet sheet, int width, int fromRow) {
        int[] chars = new int[width];
        for (int r = fromRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                if (cell == null || spansColumns(sheet, r, c)) {
                    continue;
                }
                int w = cell.getCellType() == CellType.NUMERIC ? 14
                        : cell.getCellType() == CellType.STRING ? displayWidth(cell.getStringCellValue()) + 2 : 0;
                chars[c] = Math.max(chars[c], w);
            }
        }
        for (int c = 0; c < width; c++) {
            int w = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, chars[c]));
            sheet.setColumnWidth(c, w * 256);
        }
    }

    private static boolean spansColumns(Sheet sheet, int row, int column) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.isInRange(row, column) && m.getFirstColumn() != m.getLastColumn()) {
                return true;
            }
        }
        return false;
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
    }
}
