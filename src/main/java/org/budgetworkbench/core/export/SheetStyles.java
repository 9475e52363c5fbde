package org.budgetworkbench.core.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * 表格样式: the few cell styles a disclosure workbook uses, made once per workbook (a workbook holds at most
 * 64,000 styles, so never one per cell), and the only way cells get their content: text always as a text cell,
 * amounts as numbers, never a formula.
 */
final class SheetStyles {
    static final String AMOUNT_FORMAT = "#,##0.00";
    static final String RATE_FORMAT = "0.00%";
    static final String TEXT_FORMAT = "@";
    private static final String FONT = "宋体";

    final CellStyle title;
    final CellStyle tableNumber;
    final CellStyle caption;
    final CellStyle captionRight;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textBold;
    final CellStyle code;
    final CellStyle amount;
    final CellStyle amountBold;
    final CellStyle rate;
    final CellStyle plainNumber;
    /** 表注: the note lines under a table, unbordered and wrapped as the templates print them. */
    final CellStyle note;
    /** Text that a spreadsheet would take for a formula when re-entered: shown with Excel's quote prefix. */
    private final CellStyle quotedText;

    SheetStyles(Workbook wb) {
        Font plainFont = font(wb, false, 10);
        Font boldFont = font(wb, true, 10);
        Font titleFont = font(wb, true, 16);
        short textFormat = wb.createDataFormat().getFormat(TEXT_FORMAT);

        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        tableNumber = wb.createCellStyle();
        tableNumber.setFont(boldFont);

        caption = wb.createCellStyle();
        caption.setFont(plainFont);
        captionRight = wb.createCellStyle();
        captionRight.cloneStyleFrom(caption);
        captionRight.setAlignment(HorizontalAlignment.RIGHT);

        header = bordered(wb, boldFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = bordered(wb, plainFont);
        text.setWrapText(true);
        text.setDataFormat(textFormat);
        textBold = bordered(wb, boldFont);
        textBold.setWrapText(true);
        textBold.setDataFormat(textFormat);
        quotedText = bordered(wb, plainFont);
        quotedText.setWrapText(true);
        quotedText.setDataFormat(textFormat);
        quotedText.setQuotePrefixed(true);

        code = bordered(wb, plainFont);
        code.setDataFormat(textFormat);
        code.setAlignment(HorizontalAlignment.LEFT);

        amount = bordered(wb, plainFont);
        amount.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
        amount.setAlignment(HorizontalAlignment.RIGHT);
        amountBold = bordered(wb, boldFont);
        amountBold.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
        amountBold.setAlignment(HorizontalAlignment.RIGHT);

        rate = bordered(wb, plainFont);
        rate.setDataFormat(wb.createDataFormat().getFormat(RATE_FORMAT));
        rate.setAlignment(HorizontalAlignment.RIGHT);

        plainNumber = bordered(wb, plainFont);
        plainNumber.setDataFormat((short) 0);  // General: 3, 2.5 — scores print as written
        plainNumber.setAlignment(HorizontalAlignment.RIGHT);

        note = wb.createCellStyle();
        note.setFont(plainFont);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        note.setDataFormat(textFormat);
    }

    private static Font font(Workbook wb, boolean bold, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        return f;
    }

    private static CellStyle bordered(Workbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r == null ? sheet.createRow(index) : r;
    }

    static Cell cell(Sheet sheet, int row, int column) {
        Row r = row(sheet, row);
        Cell c = r.getCell(column);
        return c == null ? r.createCell(column) : c;
    }

    /**
     * Writes text as a text cell. {@code setCellValue(String)} never makes a formula; text a spreadsheet would
     * read as one when retyped (= + - @) also gets the quote prefix, so it stays text after editing too.
     */
    Cell text(Sheet sheet, int row, int column, String value, CellStyle style) {
        Cell c = cell(sheet, row, column);
        String v = value == null ? "" : value;
        c.setCellValue(v);
        c.setCellStyle(style == text && looksLikeFormula(v) ? quotedText : style);
        return c;
    }

    /** An amount as a number cell, or an empty bordered cell when blank. */
    Cell number(Sheet sheet, int row, int column, BigDecimal value, CellStyle style) {
        Cell c = cell(sheet, row, column);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        } else {
            c.setBlank();
        }
        c.setCellStyle(style);
        return c;
    }

    /** An empty cell that still carries the table's borders. */
    Cell empty(Sheet sheet, int row, int column, CellStyle style) {
        Cell c = cell(sheet, row, column);
        c.setBlank();
        c.setCellStyle(style);
        return c;
    }

    static boolean looksLikeFormula(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
    }
}
