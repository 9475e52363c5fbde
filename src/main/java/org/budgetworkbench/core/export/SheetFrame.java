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
        splitWhenTooWide(sheet, width, lastHeaderRow + 1);
    }

    /** A column of width 1 (Excel's unit: a digit of the default 11 pt font) in points, about. */
    static final double POINTS_PER_CHAR = 5.25;
    /** The printable width of A4 landscape with the default 0.7 inch margins, in points. */
    static final double A4_LANDSCAPE_PRINTABLE = 842 - 2 * 0.7 * 72;
    /** The body font's size, and the smallest it may be printed at to stay readable. */
    static final double BODY_POINTS = 10;
    static final double MIN_PRINTED_POINTS = 7;

    /**
     * A table too wide for one A4 page at a readable size (收入总表 with 18+ amount columns) is printed as the
     * published templates print it: across several landscape pages, the 编码/名称 columns repeated on each, the
     * amounts split between whole columns, at one scale no smaller than 7 pt — rather than fitted to one page at 5.
     */
    private static void splitWhenTooWide(Sheet sheet, int width, int firstBodyRow) {
        double[] chars = new double[width];
        double total = 0;
        for (int c = 0; c < width; c++) {
            chars[c] = sheet.getColumnWidth(c) / 256.0;
            total += chars[c];
        }
        double onePage = A4_LANDSCAPE_PRINTABLE / (total * POINTS_PER_CHAR);
        if (BODY_POINTS * Math.min(1, onePage) >= MIN_PRINTED_POINTS) {
            return;
        }
        int labels = labelColumns(sheet, firstBodyRow, width);
        double labelChars = 0;
        for (int c = 0; c < labels; c++) {
            labelChars += chars[c];
        }
        double perPage = A4_LANDSCAPE_PRINTABLE / (POINTS_PER_CHAR * MIN_PRINTED_POINTS / BODY_POINTS);
        double widest = 0;
        double page = labelChars;
        for (int c = labels; c < width; c++) {
            if (page + chars[c] > perPage && page > labelChars) {
                sheet.setColumnBreak(c - 1);
                widest = Math.max(widest, page);
                page = labelChars;
            }
            page += chars[c];
        }
        widest = Math.max(widest, page);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        sheet.setFitToPage(false);
        sheet.setAutobreaks(false);
        ps.setScale((short) Math.min(100, Math.floor(100 * A4_LANDSCAPE_PRINTABLE / (widest * POINTS_PER_CHAR))));
        if (labels > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, labels - 1));
        }
    }

    /** The columns before the first amount of the first body row: 编码 and 名称, repeated on every printed page. */
    static int labelColumns(Sheet sheet, int firstBodyRow, int width) {
        for (int r = firstBodyRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    return Math.min(c, Math.max(1, width / 3));
                }
            }
        }
        return Math.min(2, width);
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
