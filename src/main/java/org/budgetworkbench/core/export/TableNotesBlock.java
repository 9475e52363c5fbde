package org.budgetworkbench.core.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 表注: the lines printed under a table ("注：本表反映…", "说明：本部门本年度没有…，故本表无数据。"), written
 * directly below its last row as the templates print them, one merged line across the table's width each. A
 * note is part of the published table — an empty table is excused by it — so the corrected workbook keeps it;
 * with no blank row between, the reader takes the lines back as the table's notes.
 */
final class TableNotesBlock {
    private TableNotesBlock() {
    }

    /** Writes {@code notes} under what the sheet holds so far; nothing when there are none. */
    static void write(Sheet sheet, SheetStyles styles, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        int width = width(sheet);
        int widthChars = 0;
        for (int c = 0; c < width; c++) {
            widthChars += sheet.getColumnWidth(c) / 256;
        }
        int r = sheet.getLastRowNum() + 1;
        for (String note : notes) {
            styles.text(sheet, r, 0, note, styles.note);
            if (width > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            }
            Row row = SheetStyles.row(sheet, r);
            row.setHeightInPoints(WrappedText.height(WrappedText.lines(note, Math.max(widthChars, 1))));
            r++;
        }
    }

    /** The table's width: the columns its title is merged over, else the widest row. */
    private static int width(Sheet sheet) {
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() == SheetFrame.TITLE_ROW && m.getFirstColumn() == 0) {
                return m.getLastColumn() + 1;
            }
        }
        int width = 1;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        return width;
    }
}
