package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;

/**
 * Stacks the tables of a document into one Grid the way a sheet holds them (表格拼接): for each table
 * its title lines (表号, title, 部门/单位 caption, 单位：万元) as rows above it, its cells and merges, the
 * note below it, and a blank row before the next table. A table that goes on over the next page
 * (same column edges, no title of its own) is appended to the one before, its repeated header rows
 * dropped. Every row keeps its page.
 */
final class TableGridAssembler {
    /** At most this many title lines are taken above a table. */
    private static final int MAX_CAPTION_LINES = 6;
    /** A title line is short; longer lines are prose. */
    private static final int MAX_CAPTION_CHARS = 60;
    private static final double EDGE_TOLERANCE = 3.0;
    /** At most this much room (in text heights) under a cell's last line when the page break cut the cell. */
    private static final double CUT_ROOM = 0.9;
    /** A figure printed with a number format: decimals or thousands separators (not a bare code like 003). */
    private static final Pattern FORMATTED_NUMBER = Pattern.compile("^-?(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d+)$");
    private static final Pattern NOTE = Pattern.compile("^(注|备注|说明)\\s*[:：0-9１-９]|^(本部门|本单位).{0,40}(无|没有).{0,40}$");

    private final Grid.Builder grid;
    private final Set<TextLine> consumed;
    private int next;
    private PageTable chainBase;
    private PageTable lastTable;
    private int lastPageTableCount;
    private int lastIndexOnPage;
    private PageLayout lastPage;
    /** The pieces of the table being read (its title lines, page tables, notes) until it ends. */
    private final List<Object> chain = new ArrayList<>();
    /** The texts of the last table row placed, by grid column. */
    private String[] lastRow;
    /** For the last table row placed, the room under each cell's text (see {@link PageTable#roomBelow}). */
    private double[] lastRoom;
    private int lastRowIndex;

    /** A page's part of a table: its rows from {@code firstRow}; a continuation may finish the row before. */
    private record Piece(PageTable table, int firstRow, boolean continuation) {
    }

    /** A title or note line placed above or below a table. */
    private record LineRow(TextLine line, boolean caption) {
    }

    private TableGridAssembler(String source, Set<TextLine> consumed) {
        this.grid = Grid.builder(source, null);
        this.consumed = consumed;
    }

    /** One Grid for all tables, or none when the document has no table; title and note lines go into {@code consumed}. */
    static List<Grid> assemble(String source, List<PageLayout> pages, Set<TextLine> consumed) {
        TableGridAssembler a = new TableGridAssembler(source, consumed);
        for (PageLayout p : pages) {
            for (int i = 0; i < p.tables().size(); i++) {
                a.place(p, i);
            }
            a.lastPage = p;
        }
        a.flush();
        return a.next == 0 ? List.of() : List.of(a.grid.build());
    }

    private void place(PageLayout page, int index) {
        PageTable t = page.tables().get(index);
        double ceiling = index == 0 ? -1 : page.tables().get(index - 1).bottom();
        List<TextLine> captions = captionLines(page, t, ceiling, lastPage);
        boolean continues = captions.isEmpty() && index == 0 && lastTable != null
                && lastTable.page() == t.page() - 1 && lastIndexOnPage == lastPageTableCount - 1
                && sameEdges(chainBase, t);
        if (continues) {
            chain.add(new Piece(t, repeatedHeaderRows(chainBase, t), true));
        } else {
            flush();
            for (TextLine caption : captions) {
                chain.add(new LineRow(caption, true));
                consumed.add(caption);
            }
            chainBase = t;
            chain.add(new Piece(t, 0, false));
        }
        for (TextLine note : noteLines(page, t, index)) {
            chain.add(new LineRow(note, false));
            consumed.add(note);
        }
        lastTable = t;
        lastPageTableCount = page.tables().size();
        lastIndexOnPage = index;
    }

    /**
     * Writes the table read so far. Its pages may rule their columns differently (a page holding several
     * forms has the borders of all of them), so the grid's columns are all the column edges of all its pages:
     * a cell goes to the column where its left border is, and what is one column on paper but several in the
     * grid becomes a merged cell, as in a sheet.
     */
    private void flush() {
        if (chain.isEmpty()) {
            return;
        }
        if (next > 0) {
            next++; // a blank row between tables, as in a stacked sheet
        }
        List<Double> all = new ArrayList<>();
        for (Object o : chain) {
            if (o instanceof Piece p) {
                for (double x : p.table().columnEdges()) {
                    all.add(x);
                }
            }
        }
        double[] edges = snap(all);
        lastRow = null;
        for (Object o : chain) {
            if (o instanceof LineRow l && l.caption()) {
                int col = -1;
                for (TextLine chunk : TextChunks.split(l.line())) {
                    col = Math.max(col + 1, columnAt(edges, chunk.x0()));
                    grid.set(next, col, chunk.text());
                }
                grid.page(next, l.line().page());
                lastRow = null;
                next++;
            } else if (o instanceof LineRow l) {
                grid.set(next, 0, l.line().text());
                grid.page(next, l.line().page());
                lastRow = null;
                next++;
            } else if (o instanceof Piece p) {
                PageTable t = p.table();
                int[] first = new int[t.columnCount()];
                int[] last = new int[t.columnCount()];
                for (int c = 0; c < t.columnCount(); c++) {
                    first[c] = edgeIndex(edges, t.columnEdges()[c]);
                    last[c] = Math.max(first[c], edgeIndex(edges, t.columnEdges()[c + 1]) - 1);
                }
                int firstRow = p.firstRow();
                if (p.continuation() && firstRow < t.rowCount() && isSplitRowTail(t, firstRow, first)) {
                    for (int c = 0; c < t.columnCount(); c++) {
                        String s = t.text(firstRow, c);
                        if (!s.isEmpty()) {
                            grid.set(lastRowIndex, first[c], CellText.join(lastRowText(first[c]), s));
                        }
                    }
                    firstRow++;
                }
                appendRows(t, firstRow, first, last, edges.length - 1);
            }
        }
        chain.clear();
    }

    private void appendRows(PageTable t, int firstRow, int[] first, int[] last, int columns) {
        int[] rowMap = new int[t.rowCount()];
        for (int r = 0; r < t.rowCount(); r++) {
            if (r < firstRow || isEmptyUnmerged(t, r)) {
                rowMap[r] = -1;
                continue;
            }
            rowMap[r] = next;
            lastRowIndex = next;
            grid.page(next, t.page());
            lastRow = new String[columns];
            lastRoom = new double[columns];
            java.util.Arrays.fill(lastRoom, Double.NaN);
            for (int c = 0; c < t.columnCount(); c++) {
                String s = t.text(r, c);
                if (!s.isEmpty()) {
                    grid.set(next, first[c], s, printedNumber(s));
                    lastRow[first[c]] = s;
                    lastRoom[first[c]] = t.roomBelow(r, c);
                }
                if (last[c] > first[c] && mergeAt(t, r, c) == null) {
                    grid.merge(next, next, first[c], last[c]);
                }
            }
            next++;
        }
        for (Grid.Region m : t.merges()) {
            int r0 = firstMapped(rowMap, m.firstRow(), m.lastRow(), true);
            int r1 = firstMapped(rowMap, m.firstRow(), m.lastRow(), false);
            if (r0 < 0) {
                continue;
            }
            grid.merge(r0, r1, first[m.firstCol()], last[m.lastCol()]);
        }
    }

    private static Grid.Region mergeAt(PageTable t, int r, int c) {
        for (Grid.Region m : t.merges()) {
            if (m.contains(r, c)) {
                return m;
            }
        }
        return null;
    }

    /** Sorted distinct edges, those within the tolerance of each other taken as one. */
    private static double[] snap(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        List<Double> out = new ArrayList<>();
        for (double x : sorted) {
            if (out.isEmpty() || x - out.get(out.size() - 1) > EDGE_TOLERANCE) {
                out.add(x);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The index of the edge nearest to x. */
    private static int edgeIndex(double[] edges, double x) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    /** The column whose span holds x (clamped to the table). */
    private static int columnAt(double[] edges, double x) {
        for (int c = 0; c < edges.length - 2; c++) {
            if (x < edges[c + 1]) {
                return c;
            }
        }
        return Math.max(0, edges.length - 2);
    }

    private static int firstMapped(int[] rowMap, int from, int to, boolean forward) {
        if (forward) {
            for (int r = from; r <= to; r++) {
                if (rowMap[r] >= 0) {
                    return rowMap[r];
                }
            }
        } else {
            for (int r = to; r >= from; r--) {
                if (rowMap[r] >= 0) {
                    return rowMap[r];
                }
            }
        }
        return -1;
    }

    /**
     * The value of a cell printed as a formatted number ("1,234.56", "31.00"), as a workbook's numeric cell
     * would hold it; null for anything else, so codes keep their leading zeros as text.
     */
    static Double printedNumber(String text) {
        String t = text.strip();
        return FORMATTED_NUMBER.matcher(t).matches() ? Double.valueOf(t.replace(",", "")) : null;
    }

    /** An empty row no merged cell runs through: a ruling artefact, not a row of the table. */
    private static boolean isEmptyUnmerged(PageTable t, int r) {
        for (int c = 0; c < t.columnCount(); c++) {
            if (!t.text(r, c).isEmpty()) {
                return false;
            }
        }
        for (Grid.Region m : t.merges()) {
            if (r >= m.firstRow() && r <= m.lastRow()) {
                return false;
            }
        }
        return true;
    }

    /** Short lines just above the table, walking up until prose, a heading, another table or a wide gap. */
    private List<TextLine> captionLines(PageLayout page, PageTable t, double ceiling, PageLayout previous) {
        List<TextLine> above = new ArrayList<>();
        for (TextLine l : page.lines()) {
            if (l.bottom() <= t.top() + 1 && l.top() > ceiling) {
                above.add(l);
            }
        }
        List<TextLine> out = walkUp(afterContents(above), t, t.top(), MAX_CAPTION_LINES);
        // A title block can begin at the foot of the page before: 公开08表 and its title there, 单位 here.
        if (out.size() == above.size() && ceiling < 0 && previous != null && previous.page() == page.page() - 1
                && out.size() < MAX_CAPTION_LINES) {
            double floor = previous.tables().isEmpty() ? -1 : previous.tables().get(previous.tables().size() - 1).bottom();
            List<TextLine> foot = new ArrayList<>();
            for (TextLine l : previous.lines()) {
                if (l.top() > floor && !consumed.contains(l) && !PageFurniture.isPageNumber(l.text())) {
                    foot.add(l);
                }
            }
            if (!foot.isEmpty()) {
                TextLine last = foot.get(foot.size() - 1);
                int room = MAX_CAPTION_LINES - out.size();
                // one line more than there is room for: a title block stands apart, the foot of a longer run of
                // lines set alike (a 目录's entries, a paragraph) is no title block
                List<TextLine> before = walkUp(foot, t, last.bottom(), room + 1);
                if (before.size() <= room && !before.isEmpty() && before.get(before.size() - 1) == last
                        && before.stream().noneMatch(l -> TableOfContents.isContentsTitle(l.text()))) {
                    out.addAll(0, before);
                }
            }
        }
        return out;
    }

    /**
     * The lines above a table from where a 目录 on the same page ends: the entries under the 目录 title are lines of a
     * number and a name set alike (in the entries' size and spacing), and the table's title block comes after them.
     */
    private static List<TextLine> afterContents(List<TextLine> above) {
        int title = -1;
        for (int i = 0; i < above.size(); i++) {
            if (TableOfContents.isContentsTitle(above.get(i).text())) {
                title = i;
            }
        }
        if (title < 0) {
            return above;
        }
        int i = title + 1;
        double size = i < above.size() ? above.get(i).size() : 0;
        double step = Double.NaN; // the entries' line spacing: a wider gap (a blank line) ends them
        while (i < above.size() && Math.abs(above.get(i).size() - size) < 0.5
                && TextChunks.split(above.get(i)).size() >= 2) {
            if (i > title + 1) {
                double gap = above.get(i).top() - above.get(i - 1).top();
                if (!Double.isNaN(step) && gap > step + size / 2) {
                    break;
                }
                step = Double.isNaN(step) ? gap : step;
            }
            i++;
        }
        return above.subList(i, above.size());
    }

    /** Caption lines walking up from {@code limit} over {@code above} (top-down order). */
    private static List<TextLine> walkUp(List<TextLine> above, PageTable t, double start, int max) {
        List<TextLine> out = new ArrayList<>();
        double limit = start;
        for (int i = above.size() - 1; i >= 0 && out.size() < max; i--) {
            TextLine l = above.get(i);
            double gap = limit - l.bottom();
            String text = l.text().replaceAll("\\s+", "");
            if (gap > Math.max(3.5 * l.size(), 28) || text.length() > MAX_CAPTION_CHARS || text.matches(".*[。.；;]$")
                    || HeadingRule.level(l.text()) > 0 || PageFurniture.isPageNumber(l.text())
                    || l.x1() < t.x0() || l.x0() > t.x1()
                    || i > 0 && continuesHeading(above.get(i - 1), l)) {
                break;
            }
            out.add(0, l);
            limit = l.top();
        }
        return out;
    }

    private static List<TextLine> noteLines(PageLayout page, PageTable t, int index) {
        double floor = index + 1 < page.tables().size() ? page.tables().get(index + 1).top() : Double.MAX_VALUE;
        List<TextLine> out = new ArrayList<>();
        double limit = t.bottom();
        for (TextLine l : page.lines()) {
            if (l.top() < t.bottom() - 1 || l.bottom() > floor) {
                continue;
            }
            if (l.top() - limit > Math.max(2.5 * l.size(), 20)) {
                break;
            }
            if (out.isEmpty() && !NOTE.matcher(l.text().strip()).find()) {
                break;
            }
            // a note goes on in lines set close under it, from its left edge; a centred title is the next table's
            if (!out.isEmpty() && (l.top() - limit > l.size() || Math.abs(l.x0() - out.get(0).x0()) > 3 * l.size())) {
                break;
            }
            int level = HeadingRule.level(l.text());
            if (!out.isEmpty() && level > 0 && level < 4) {
                break;
            }
            out.add(l);
            limit = l.bottom();
        }
        return out;
    }

    /** The tail of a heading that wrapped: set like the heading line just above it, close under it. */
    private static boolean continuesHeading(TextLine above, TextLine line) {
        return HeadingRule.level(above.text()) > 0 && above.bold() == line.bold()
                && Math.abs(above.size() - line.size()) < 0.5 && line.top() - above.bottom() < line.size();
    }

    private static boolean sameEdges(PageTable a, PageTable b) {
        return a != null && Math.abs(a.x0() - b.x0()) <= EDGE_TOLERANCE && Math.abs(a.x1() - b.x1()) <= EDGE_TOLERANCE;
    }

    /**
     * The first row of a continuation that is the rest of a row the page break cut (行跨页): text only,
     * no figure, no numbering, code or total word, and only in columns where the row above has text.
     */
    private boolean isSplitRowTail(PageTable t, int r, int[] columnMap) {
        boolean any = false;
        for (int c = 0; c < t.columnCount(); c++) {
            String s = t.text(r, c).strip();
            if (s.isEmpty()) {
                continue;
            }
            any = true;
            if (lastRowText(columnMap[c]).isEmpty() || !runsToBorder(columnMap[c]) || UnruledTableFinder.isAmount(s) || HeadingRule.level(s) > 0
                    || s.matches("^\\d.*") || s.replaceAll("\\s+", "").matches(".*[合总小]计.*")) {
                return false;
            }
        }
        for (Grid.Region m : t.merges()) {
            if (m.firstRow() <= r && m.lastRow() > r) {
                return false;
            }
        }
        return any && lastRow != null;
    }

    /**
     * Whether the last row's text in the column runs down to the cell's bottom border, as a cell the page
     * break cut does; a whole row with room under its text was not cut. True when the layout is unknown.
     */
    private boolean runsToBorder(int col) {
        double room = lastRoom == null || col >= lastRoom.length ? Double.NaN : lastRoom[col];
        return Double.isNaN(room) || room < CUT_ROOM;
    }

    private String lastRowText(int col) {
        return lastRow == null || col >= lastRow.length || lastRow[col] == null ? "" : lastRow[col];
    }

    /** Rows at the top of a continuation that repeat the first rows of the table it continues. */
    private static int repeatedHeaderRows(PageTable base, PageTable cont) {
        int n = 0;
        while (n < cont.rowCount() && n < base.rowCount() && n < 6 && cont.rowKey(n).equals(base.rowKey(n))
                && !cont.rowKey(n).replace("|", "").isEmpty()) {
            n++;
        }
        return n;
    }

}
