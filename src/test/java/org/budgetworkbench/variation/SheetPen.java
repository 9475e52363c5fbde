package org.budgetworkbench.variation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes cells of one sheet the way a layout prints them: texts, merged headings, and amounts as numbers or
 * as text, with separators, in 元 or 万元, blank zeros as blank, 0, - or —.
 */
final class SheetPen {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);
    private final Sheet sheet;
    private final Layout layout;
    private final CellStyle amountStyle;
    int row;
    /**
     * The first row under the header of the table being printed (set by the printers): what a PDF producer repeats
     * on a continuation page is the rows above it.
     */
    int bodyTop;

    SheetPen(Sheet sheet, Layout layout, CellStyle amountStyle, int row) {
        this.sheet = sheet;
        this.layout = layout;
        this.amountStyle = amountStyle;
        this.row = row;
    }

    Sheet sheet() {
        return sheet;
    }

    void text(int r, int c, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        cell(r, c).setCellValue(text);
    }

    /** A text merged over columns {@code c..c+width-1} and rows {@code r..r+height-1}. */
    void merged(int r, int c, int height, int width, String text) {
        text(r, c, text);
        if (height > 1 || width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r + height - 1, c, c + width - 1));
        }
    }

    /** A figure in 万元, printed in 元 when {@code yuan}. */
    void amount(int r, int c, BigDecimal wan, boolean yuan) {
        if (wan == null || wan.signum() == 0) {
            switch (layout.zero()) {
                case BLANK -> {
                }
                case ZERO -> figure(r, c, BigDecimal.ZERO);
                case DASH -> text(r, c, "-");
                case EM_DASH -> text(r, c, "—");
                default -> throw new IllegalStateException();
            }
            return;
        }
        figure(r, c, (yuan ? wan.multiply(TEN_THOUSAND) : wan).setScale(2, RoundingMode.HALF_UP));
    }

    private void figure(int r, int c, BigDecimal v) {
        switch (layout.numbers()) {
            case NUMERIC -> {
                Cell cell = cell(r, c);
                cell.setCellValue(v.doubleValue());
                cell.setCellStyle(amountStyle);
            }
            case TEXT -> text(r, c, v.setScale(2, RoundingMode.HALF_UP).toPlainString());
            case TEXT_THOUSANDS -> text(r, c, new DecimalFormat("#,##0.00").format(v));
            default -> throw new IllegalStateException();
        }
    }

    private Cell cell(int r, int c) {
        Row row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }
}
