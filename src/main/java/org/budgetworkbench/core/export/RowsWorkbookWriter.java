package org.budgetworkbench.core.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plain sheet of rows (行列表): a title line, a header line, then the rows — amounts as numbers, so the
 * spreadsheet can sum them, text as text. For what the window shows as a list (the comparison of two documents)
 * and the analyst wants in Excel.
 */
public final class RowsWorkbookWriter {
    /** Writes {@code rows} (first the title, then the headers) to one sheet named {@code sheetName}. */
    public void write(String sheetName, List<List<Object>> rows, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            Sheet sheet = wb.createSheet(sheetName);
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof BigDecimal d) {
                        styles.number(sheet, r, c, d, styles.amount);
                    } else {
                        styles.text(sheet, r, c, v == null ? "" : v.toString(),
                                r == 0 ? styles.textBold : r == 1 ? styles.header : styles.text);
                    }
                }
            }
            SheetFrame.fitColumns(sheet, width, 1);
            sheet.createFreezePane(1, 2);
            SheetFrame.print(sheet, width, 1, 1);
            AtomicFile.writeWorkbook(out, wb, UnaryOperator.identity());
        }
    }
}
