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
    /** The texts of the last table row placed, by grid column. */
    private String[] lastRow;
    private int lastRowIndex;

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
        return a.next == 0 ? List.of() : List.of(a.grid.build());
    }

    private void place(PageLayout page, int index) {
        PageTable t = page.tables().get(index);
        double ceiling = index == 0 ? -1 : page.tables().get(index - 1).bottom();
        List<TextLine> captions = captionLines(page, t, ceiling, lastPage);
        boolean continues = captions.isEmpty() && index == 0 && lastTable != null
                && lastTable.page() == t.page() - 1 && lastIndexOnPage == lastPageTableCount - 1
                && sameEdges(chainBase, t);
        int firstRow = 0;
        int[] columnMap;
        if (continues) {
            firstRow = repeatedHeaderRows(chainBase, t);
            columnMap = columnMap(chainBase, t);
            if (firstRow < t.rowCount() && isSplitRowTail(t, firstRow, columnMap)) {
                for (int c = 0; c < t.columnCount(); c++) {
                    String s = t.text(firstRow, c);
                    if (!s.isEmpty()) {
                        grid.set(lastRowIndex, columnMap[c], CellText.join(lastRowText(columnMap[c]), s));
                    }
                }
                firstRow++;
            }
        } else {
            if (next > 0) {
                next++; // a blank row between tables, as in a stacked sheet
            }
            for (TextLine caption : captions) {
                int col = -1;
                for (TextLine chunk : TextChunks.split(caption)) {
                    col = Math.max(col + 1, t.columnAt(chunk.x0()));
                    grid.set(next, col, chunk.text());
                }
                grid.page(next, caption.page());
                lastRow = null;
                consumed.add(caption);
                next++;
            }
            chainBase = t;
            columnMap = identity(t.columnCount());
        }
        appendRows(t, firstRow, columnMap);
        for (TextLine note : noteLines(page, t, index)) {
            grid.set(next, 0, note.text());
            lastRow = null;
            grid.page(next, t.page());
            consumed.add(note);
            next++;
        }
        lastTable = t;
        lastPageTableCount = page.tables().size();
        lastIndexOnPage = index;
    }

    private void appendRows(PageTable t, int firstRow, int[] columnMap) {
        int[] rowMap = new int[t.rowCount()];
        for (int r = 0; r < t.rowCount(); r++) {
            if (r < firstRow || isEmptyUnmerged(t, r)) {
                rowMap[r] = -1;
                continue;
            }
            rowMap[r] = next;
            lastRowIndex = next;
            grid.page(next, t.page());
            lastRow = new String[t.columnCount() == 0 ? 0 : columnMap[t.columnCount() - 1] + 1];
            for (int c = 0; c < t.columnCount(); c++) {
                String s = t.text(r, c);
                if (!s.isEmpty()) {
                    grid.set(next, columnMap[c], s, printedNumber(s));
                    if (columnMap[c] < lastRow.length) {
                        lastRow[columnMap[c]] = s;
                    }
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
            grid.merge(r0, r1, columnMap[m.firstCol()], columnMap[m.lastCol()]);
        }
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
        List<TextLine> out = walkUp(above, t, t.top(), MAX_CAPTION_LINES);
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
                List<TextLine> before = walkUp(foot, t, last.bottom(), MAX_CAPTION_LINES - out.size());
                if (before.size() == foot.size() || !before.isEmpty() && before.get(before.size() - 1) == last) {
                    out.addAll(0, before);
                }
            }
        }
        return out;
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
            if (lastRowText(columnMap[c]).isEmpty() || UnruledTableFinder.isAmount(s) || HeadingRule.level(s) > 0
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

    /** Each column of the continuation mapped to the base table's column at the same place. */
    private static int[] columnMap(PageTable base, PageTable cont) {
        int[] map = new int[cont.columnCount()];
        for (int c = 0; c < cont.columnCount(); c++) {
            double mid = (cont.columnEdges()[c] + cont.columnEdges()[c + 1]) / 2;
            map[c] = base.columnAt(mid);
            if (c > 0 && map[c] <= map[c - 1]) {
                return identity(cont.columnCount()); // finer columns than the base: keep its own
            }
        }
        return map;
    }

    private static int[] identity(int n) {
        int[] m = new int[n];
        for (int i = 0; i < n; i++) {
            m[i] = i;
        }
        return m;
    }
}
