package org.budgetworkbench.variation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetworkbench.core.read.pdf.CjkPdf;

/**
 * A sheet's cells as they print (单元格网格): each cell's text as Excel shows it (a number cell through its format,
 * so #,##0.00 prints thousands separators), merged cells as one cell owning its span, and the lines a cell's text is
 * set in (a long name wrapped over two when the PDF layout wraps names).
 */
final class SheetGrid {
    static final float SIZE = 9;
    static final float LEADING = SIZE * 1.3f;
    static final float PAD = 4;
    /** Room a column has beyond its widest text (three characters), as templates set column widths. */
    static final float SLACK = 3 * SIZE;
    /** Names longer than this are wrapped over two lines where the layout wraps names. */
    private static final int WRAP = 8;

    private final String[][] text;
    private final int[][] owner;
    private final int[][] spanRows;
    private final int[][] spanCols;
    final int rows;
    final int cols;

    SheetGrid(Sheet sheet) {
        rows = sheet.getLastRowNum() + 1;
        int width = 1;
        for (Row r : sheet) {
            width = Math.max(width, r.getLastCellNum());
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            width = Math.max(width, m.getLastColumn() + 1);
        }
        cols = width;
        text = new String[rows][cols];
        owner = new int[rows][cols];
        spanRows = new int[rows][cols];
        spanCols = new int[rows][cols];
        DataFormatter format = new DataFormatter(Locale.ROOT);
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < cols; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                text[r][c] = cell == null ? "" : format.formatCellValue(cell).strip();
                owner[r][c] = r * cols + c;
                spanRows[r][c] = 1;
                spanCols[r][c] = 1;
            }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            int top = m.getFirstRow();
            int left = m.getFirstColumn();
            spanRows[top][left] = m.getLastRow() - top + 1;
            spanCols[top][left] = m.getLastColumn() - left + 1;
            for (int r = top; r <= m.getLastRow(); r++) {
                for (int c = left; c <= m.getLastColumn(); c++) {
                    owner[r][c] = top * cols + left;
                }
            }
        }
    }

    String text(int r, int c) {
        return text[r][c];
    }

    /** The cell (as row * cols + column of its top-left) that cell (r, c) belongs to. */
    int owner(int r, int c) {
        return owner[r][c];
    }

    /** Whether (r, c) is the top-left of its cell (a cell of its own or the first of a merge). */
    boolean owns(int r, int c) {
        return owner[r][c] == r * cols + c;
    }

    int spanRows(int r, int c) {
        return spanRows[r][c];
    }

    int spanCols(int r, int c) {
        return spanCols[r][c];
    }

    /** The lines a cell's text is set in: a long name is wrapped over two where the layout wraps names. */
    static List<String> lines(String text, boolean wrap) {
        if (!wrap || text.length() <= WRAP || isFigure(text)) {
            return List.of(text);
        }
        int half = (text.length() + 1) / 2;
        return List.of(text.substring(0, half), text.substring(half));
    }

    /** A figure or a zero mark: set flush right in its cell, as every template prints amounts. */
    static boolean isFigure(String s) {
        return s.matches("-?[0-9,]+(\\.[0-9]+)?%?") || s.equals("-") || s.equals("—");
    }

    /** The widest line plus padding: what a cell needs across. */
    static float width(List<String> lines) {
        float w = 0;
        for (String l : lines) {
            w = Math.max(w, CjkPdf.width(l, SIZE));
        }
        return w + 2 * PAD;
    }

    /**
     * Column borders for rows {@code from..to-1}: each column as wide as its widest single-column cell, a merged
     * cell widening the last column it spans when its text needs more.
     */
    float[] columns(int from, int to, boolean wrapBody, int bodyTop, float left) {
        float[] w = new float[cols];
        java.util.Arrays.fill(w, 24);
        List<int[]> merged = new ArrayList<>();
        for (int r = from; r < to; r++) {
            for (int c = 0; c < cols; c++) {
                if (!owns(r, c) || text[r][c].isEmpty()) {
                    continue;
                }
                float need = width(lines(text[r][c], wrapBody && r >= bodyTop));
                if (spanCols[r][c] == 1) {
                    w[c] = Math.max(w[c], need);
                } else {
                    merged.add(new int[] {r, c});
                }
            }
        }
        for (int[] m : merged) {
            int r = m[0];
            int c = m[1];
            int last = Math.min(cols, c + spanCols[r][c]) - 1;
            float have = 0;
            for (int i = c; i <= last; i++) {
                have += w[i];
            }
            float need = width(List.of(text[r][c]));
            if (need > have) {
                w[last] += need - have;
            }
        }
        float[] xs = new float[cols + 1];
        xs[0] = left;
        for (int c = 0; c < cols; c++) {
            // a template's column is wider than its widest text: a figure set flush right stands well apart from
            // the next column's text even where no rule divides them
            xs[c + 1] = xs[c] + w[c] + SLACK;
        }
        return xs;
    }

    /** The number of columns that hold anything in rows {@code from..to-1}: the table's printed width. */
    int usedColumns(int from, int to) {
        int used = 1;
        for (int r = from; r < to; r++) {
            for (int c = 0; c < cols; c++) {
                if (owns(r, c) && !text[r][c].isEmpty()) {
                    used = Math.max(used, c + spanCols[r][c]);
                }
            }
        }
        return used;
    }
}
