package org.budgetworkbench.variation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.budgetworkbench.core.read.pdf.CjkPdf;

/**
 * 工作表打印成 PDF: prints the sheets of a rendered workbook the way a publishing office's PDF shows them — titles,
 * numbers and captions as free lines over the table (a title centred, a unit caption flush right), each table's cells
 * in columns as wide as their text, ruled or not, the table broken at the page's foot and continued on the next page
 * with or without its header repeated, tables one per page or following each other, long names over two lines, page
 * numbers at the foot ({@link PdfLayout}). Text is set in the fixture font of {@link CjkPdf}, which needs no font on
 * the machine. The workbook layouts drive it, so the PDF side of the test bed has no catalogue of its own.
 */
public final class SheetPdf {
    private static final float MARGIN = 36;
    private static final float TITLE = 14;
    private static final float A4_SHORT = 595;
    private static final float A4_LONG = 842;

    /** One table of a sheet: rows {@code top..end-1}, of which {@code top..bodyTop-1} are its header. */
    public record Box(int top, int bodyTop, int end) {
    }

    /** A sheet and its tables; rows outside them are free lines (titles, numbers, captions, a 目录). */
    public record BoxedSheet(Sheet sheet, List<Box> boxes) {
    }

    private final PdfLayout layout;
    private final CjkPdf pdf = new CjkPdf();
    private float pageWidth;
    private float pageHeight;
    private float y;
    private int pages;

    private SheetPdf(PdfLayout layout) {
        this.layout = layout;
    }

    /** Prints the sheets in order and writes the PDF. */
    public static Path write(List<BoxedSheet> sheets, PdfLayout layout, Path file) throws IOException {
        SheetPdf printer = new SheetPdf(layout);
        List<SheetGrid> grids = sheets.stream().map(s -> new SheetGrid(s.sheet())).toList();
        printer.pageHeight = layout.portrait() ? A4_LONG : A4_SHORT;
        printer.pageWidth = layout.portrait() ? A4_SHORT : A4_LONG;
        for (int i = 0; i < sheets.size(); i++) {
            for (Box b : sheets.get(i).boxes()) {
                // a table wider than the paper is printed on a wider page, as "fit to width" would shrink it
                float[] xs = printer.columns(grids.get(i), b);
                printer.pageWidth = Math.max(printer.pageWidth, xs[grids.get(i).usedColumns(b.top(), b.end())] + MARGIN);
            }
        }
        for (int i = 0; i < sheets.size(); i++) {
            printer.sheet(grids.get(i), sheets.get(i).boxes());
        }
        return printer.pdf.save(file);
    }

    private void sheet(SheetGrid g, List<Box> boxes) {
        int row = 0;
        for (Box b : boxes) {
            float[] xs = columns(g, b);
            int n = g.usedColumns(b.top(), b.end());
            float need = freeHeight(g, row, b.top(), n);
            for (int r = b.top(); r < Math.min(b.end(), b.bodyTop() + 3); r++) {
                need += rowHeight(g, r, b, xs, n);
            }
            if (pages == 0 || layout.pagePerTable() || y + need > bottom()) {
                newPage();
            } else {
                y += SheetGrid.SIZE * 2; // a blank line between two tables on one page
            }
            free(g, row, b.top(), xs, n);
            box(g, b, xs, n);
            row = b.end();
        }
        if (row < g.rows) {
            // a sheet of free lines only (a 目录 of its own)
            float[] xs = g.columns(row, g.rows, false, g.rows, MARGIN);
            int n = g.usedColumns(row, g.rows);
            if (pages == 0 || layout.pagePerTable() || y + freeHeight(g, row, g.rows, n) > bottom()) {
                newPage();
            }
            free(g, row, g.rows, xs, n);
        }
    }

    private float[] columns(SheetGrid g, Box b) {
        return g.columns(b.top(), b.end(), layout.wrapNames(), b.bodyTop(), MARGIN);
    }

    private float bottom() {
        return pageHeight - MARGIN - (layout.pageNumbers() ? SheetGrid.SIZE * 2 : 0);
    }

    private void newPage() {
        pdf.page(pageWidth, pageHeight);
        pages++;
        y = MARGIN;
        if (layout.pageNumbers()) {
            pdf.centred(pageWidth / 2, pageHeight - MARGIN / 2, SheetGrid.SIZE, false, "- " + pages + " -");
        }
    }

    // ---- free lines: titles, numbers, captions, contents

    /** A table's title, set large: merged over the table's width, ending in 表, not a table number. */
    private boolean isTitle(SheetGrid g, int r, int c, int n) {
        String s = g.text(r, c);
        return g.spanCols(r, c) >= Math.max(2, n - 1) && s.endsWith("表")
                && !s.matches("^(附表|公开|表)\\s*[0-9一二三四五六七八九十\\-]+\\s*表?$");
    }

    private float freeHeight(SheetGrid g, int from, int to, int n) {
        float h = 0;
        for (int r = from; r < to; r++) {
            h += freeRowHeight(g, r, n);
        }
        return h;
    }

    private float freeRowHeight(SheetGrid g, int r, int n) {
        boolean empty = true;
        float size = SheetGrid.SIZE;
        for (int c = 0; c < g.cols; c++) {
            if (g.owns(r, c) && !g.text(r, c).isEmpty()) {
                empty = false;
                if (isTitle(g, r, c, n)) {
                    size = TITLE;
                }
            }
        }
        return empty ? SheetGrid.SIZE : size * 1.8f;
    }

    private void free(SheetGrid g, int from, int to, float[] xs, int n) {
        for (int r = from; r < to; r++) {
            float h = freeRowHeight(g, r, n);
            for (int c = 0; c < g.cols; c++) {
                String s = g.text(r, c);
                if (!g.owns(r, c) || s.isEmpty()) {
                    continue;
                }
                int last = Math.min(c + g.spanCols(r, c), xs.length - 1);
                float x0 = xs[Math.min(c, xs.length - 1)];
                float x1 = xs[last];
                float size = isTitle(g, r, c, n) ? TITLE : SheetGrid.SIZE;
                float base = y + h * 0.7f;
                if (g.spanCols(r, c) >= 2) {
                    pdf.centred((x0 + x1) / 2, base, size, size == TITLE, s);
                } else if (c == n - 1 && c > 0) {
                    pdf.text(x1 - SheetGrid.PAD - CjkPdf.width(s, size), base, size, false, s);
                } else {
                    pdf.text(x0 + SheetGrid.PAD, base, size, false, s);
                }
            }
            y += h;
        }
    }

    // ---- tables

    private float rowHeight(SheetGrid g, int r, Box b, float[] xs, int n) {
        if (layout.shortRows() && wraps(r, b)) {
            return SHORT_ROW;
        }
        int lines = 1;
        for (int c = 0; c < n; c++) {
            if (g.owns(r, c) && g.spanRows(r, c) == 1) {
                lines = Math.max(lines, SheetGrid.lines(g.text(r, c), wraps(r, b)).size());
            }
        }
        return Math.max(16, lines * SheetGrid.LEADING + 6);
    }

    /** A body row one line high whatever its cells hold, as a sheet whose row heights were never fitted to its text. */
    private static final float SHORT_ROW = Math.max(16, SheetGrid.LEADING + 6);

    /** The lines a cell's text is set in: where rows are short, wrapped at the cell's width as a spreadsheet does. */
    private List<String> lines(String s, int r, Box b, float width) {
        List<String> lines = SheetGrid.lines(s, wraps(r, b));
        return layout.shortRows() && lines.size() > 1 ? CjkPdf.wrap(s, width - 2 * SheetGrid.PAD, SheetGrid.SIZE)
                : lines;
    }

    private boolean wraps(int r, Box b) {
        return layout.wrapNames() && r >= b.bodyTop();
    }

    /** Prints a table's rows, breaking it at the page's foot (the header again on the next page if the layout repeats it). */
    private void box(SheetGrid g, Box b, float[] xs, int n) {
        List<float[]> part = new ArrayList<>(); // {row, top, bottom} of the rows on this page
        for (int r = b.top(); r < b.bodyTop(); r++) {
            part.add(row(g, r, b, xs, n));
        }
        for (int r = b.bodyTop(); r < b.end(); r++) {
            float h = rowHeight(g, r, b, xs, n);
            if (y + h > bottom() && part.size() > b.bodyTop() - b.top()) {
                rules(g, part, xs, n);
                part.clear();
                newPage();
                if (layout.repeatHeader()) {
                    for (int hr = b.top(); hr < b.bodyTop(); hr++) {
                        part.add(row(g, hr, b, xs, n));
                    }
                }
            }
            part.add(row(g, r, b, xs, n));
        }
        rules(g, part, xs, n);
    }

    /** One row's cells (a merged cell's text centred over the rows and columns it spans); advances y. */
    private float[] row(SheetGrid g, int r, Box b, float[] xs, int n) {
        float top = y;
        float h = rowHeight(g, r, b, xs, n);
        for (int c = 0; c < n; c++) {
            String s = g.text(r, c);
            if (!g.owns(r, c) || s.isEmpty()) {
                continue;
            }
            float tall = 0;
            for (int rr = r; rr < Math.min(b.end(), r + g.spanRows(r, c)); rr++) {
                tall += rowHeight(g, rr, b, xs, n);
            }
            float x0 = xs[c];
            float x1 = xs[Math.min(n, c + g.spanCols(r, c))];
            List<String> lines = lines(s, r, b, x1 - x0);
            float base = top + (tall - lines.size() * SheetGrid.LEADING) / 2 + SheetGrid.SIZE;
            for (String l : lines) {
                float w = CjkPdf.width(l, SheetGrid.SIZE);
                float x = r < b.bodyTop() ? (x0 + x1 - w) / 2
                        : SheetGrid.isFigure(l) ? x1 - SheetGrid.PAD - w : x0 + SheetGrid.PAD;
                pdf.text(x, base, SheetGrid.SIZE, false, l);
                base += SheetGrid.LEADING;
            }
        }
        y += h;
        return new float[] {r, top, y};
    }

    /** The ruling of the rows on one page: a border wherever two cells meet, none inside a merged cell. */
    private void rules(SheetGrid g, List<float[]> part, float[] xs, int n) {
        if (layout.rules() == PdfLayout.Rules.UNRULED || part.isEmpty()) {
            return;
        }
        List<float[]> lines = new ArrayList<>();
        for (int i = 0; i <= part.size(); i++) {
            float at = i < part.size() ? part.get(i)[1] : part.get(i - 1)[2];
            for (int c = 0; c < n; c++) {
                if (i == 0 || i == part.size()
                        || g.owner((int) part.get(i)[0], c) != g.owner((int) part.get(i - 1)[0], c)) {
                    lines.add(new float[] {xs[c], at, xs[c + 1], at});
                }
            }
        }
        for (float[] p : part) {
            int r = (int) p[0];
            for (int c = 0; c <= n; c++) {
                if (c == 0 || c == n || g.owner(r, c) != g.owner(r, c - 1)) {
                    lines.add(new float[] {xs[c], p[1], xs[c], p[2]});
                }
            }
        }
        pdf.rules(lines);
    }
}
