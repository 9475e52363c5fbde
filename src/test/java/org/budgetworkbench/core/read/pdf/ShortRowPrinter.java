package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: prints a ruled table the way a spreadsheet printer does when its rows are too short for their
 * wrapped text (行高不足) — every row the same height, each cell's text wrapped to the cell's width and drawn as one
 * run of lines at a steady pitch, placed in the middle, at the top or at the bottom of the cell, spilling over the
 * rows above and below onto their text. Cells are drawn row by row, left to right, as spreadsheets print them.
 * Optionally each cell's text is clipped to its cell, as some printers do. Coordinates from the page's top-left.
 */
final class ShortRowPrinter {
    enum Placement { MIDDLE, TOP, BOTTOM }

    static final float PAD = 2;

    private final CjkPdf pdf;
    private final float[] xs;
    private final float top;
    private final float rowHeight;
    private final float size;
    private final float pitch;
    private Placement placement = Placement.MIDDLE;
    private boolean clipped;

    ShortRowPrinter(CjkPdf pdf, float[] xs, float top, float rowHeight, float size) {
        this.pdf = pdf;
        this.xs = xs;
        this.top = top;
        this.rowHeight = rowHeight;
        this.size = size;
        this.pitch = size * 1.3f;
    }

    ShortRowPrinter placed(Placement p) {
        this.placement = p;
        return this;
    }

    ShortRowPrinter clipped(boolean c) {
        this.clipped = c;
        return this;
    }

    /**
     * Prints the table: {@code cells[r][c]} a cell's text (null or empty for none; a figure set flush right),
     * with borders round every cell. Returns the table's lower border.
     */
    float print(String[][] cells) {
        int rows = cells.length;
        int cols = xs.length - 1;
        List<float[]> lines = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            lines.add(new float[] {xs[0], top + r * rowHeight, xs[cols], top + r * rowHeight});
        }
        for (float x : xs) {
            lines.add(new float[] {x, top, x, top + rows * rowHeight});
        }
        pdf.rules(lines);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String s = c < cells[r].length ? cells[r][c] : null;
                if (s != null && !s.isEmpty()) {
                    cell(r, c, s);
                }
            }
        }
        return top + rows * rowHeight;
    }

    private void cell(int r, int c, String s) {
        float x0 = xs[c], x1 = xs[c + 1];
        float cellTop = top + r * rowHeight;
        List<String> lines = CjkPdf.wrap(s, x1 - x0 - 2 * PAD, size);
        float block = (lines.size() - 1) * pitch + size;
        float first = switch (placement) {
            case MIDDLE -> cellTop + (rowHeight - block) / 2 + size;
            case TOP -> cellTop + PAD + size;
            case BOTTOM -> cellTop + rowHeight - PAD - block + size;
        };
        if (clipped) {
            pdf.beginClip(x0, cellTop, x1, cellTop + rowHeight);
        }
        float y = first;
        for (String l : lines) {
            boolean figure = l.matches("-?[0-9,]+\\.[0-9]+");
            pdf.text(figure ? x1 - PAD - CjkPdf.width(l, size) : x0 + PAD, y, size, false, l);
            y += pitch;
        }
        if (clipped) {
            pdf.endClip();
        }
    }
}
