package org.budgetworkbench.core.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;

/**
 * Finds tables printed without cell borders (无框线表格) from the alignment of their text: a run of
 * lines that each break into several pieces, with figures among them, whose pieces line up in the
 * same columns. Column spans are the union of the pieces' extents across the run (right-aligned
 * figures overlap in their column); header lines just above the run (pieces, no figures) join it;
 * a lone piece of text under a row is the wrapped tail of that row's cell.
 */
final class UnruledTableFinder {
    private static final Pattern AMOUNT = Pattern.compile("^[-+]?[\\d,，]*\\d(\\.\\d+)?%?$");
    private static final int MIN_ROWS = 3;
    private static final int MIN_PIECES = 3;
    private static final int MAX_HEADER_LINES = 3;

    private UnruledTableFinder() {
    }

    /** Tables among the lines of one page; the lines they use are added to {@code used}. */
    static List<PageTable> find(int page, List<TextLine> lines, java.util.Set<TextLine> used) {
        List<PageTable> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isRow(lines.get(i))) {
                i++;
                continue;
            }
            int end = i;
            int rows = 1;
            int j = i + 1;
            while (j < lines.size()) {
                TextLine prev = lines.get(j - 1);
                TextLine l = lines.get(j);
                if (l.top() - prev.bottom() > 2.5 * l.size()) {
                    break;
                }
                if (isRow(l)) {
                    rows++;
                    end = j;
                } else if (isTail(l, prev, lines.get(i))) {
                    end = j;
                } else {
                    break;
                }
                j++;
            }
            if (rows >= MIN_ROWS) {
                int start = i;
                while (start > 0 && i - start < MAX_HEADER_LINES && isHeader(lines.get(start - 1), lines.get(start))) {
                    start--;
                }
                List<TextLine> block = lines.subList(start, end + 1);
                out.add(build(page, block));
                used.addAll(block);
                i = end + 1;
            } else {
                i = j;
            }
        }
        return out;
    }

    private static boolean isRow(TextLine l) {
        List<TextLine> pieces = TextChunks.split(l);
        return pieces.size() >= MIN_PIECES && pieces.stream().anyMatch(p -> isAmount(p.text()));
    }

    /** A lone piece right under a row, not at the table's left edge: the wrapped end of a name. */
    private static boolean isTail(TextLine l, TextLine prev, TextLine first) {
        return TextChunks.split(l).size() == 1 && !isAmount(l.text()) && HeadingRule.level(l.text()) == 0
                && l.top() - prev.bottom() <= l.size() && l.x0() > first.x0() + l.size();
    }

    private static boolean isHeader(TextLine above, TextLine below) {
        List<TextLine> pieces = TextChunks.split(above);
        return pieces.size() >= 2 && pieces.stream().noneMatch(p -> isAmount(p.text()))
                && below.top() - above.bottom() <= 2.5 * above.size();
    }

    static boolean isAmount(String s) {
        return AMOUNT.matcher(s.replace(" ", "")).matches();
    }

    private static PageTable build(int page, List<TextLine> block) {
        // Column spans: union of overlapping piece extents over the rows with figures.
        List<double[]> spans = new ArrayList<>();
        for (TextLine l : block) {
            if (!isRow(l)) {
                continue;
            }
            for (TextLine p : TextChunks.split(l)) {
                spans.add(new double[] {p.x0(), p.x1()});
            }
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> columns = new ArrayList<>();
        for (double[] s : spans) {
            double[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                columns.add(new double[] {s[0], s[1]});
            }
        }
        double[] edges = new double[columns.size() + 1];
        edges[0] = Math.min(columns.get(0)[0], block.stream().mapToDouble(TextLine::x0).min().orElse(0)) - 1;
        for (int c = 1; c < columns.size(); c++) {
            edges[c] = (columns.get(c - 1)[1] + columns.get(c)[0]) / 2;
        }
        edges[columns.size()] = Math.max(columns.get(columns.size() - 1)[1],
                block.stream().mapToDouble(TextLine::x1).max().orElse(0)) + 1;
        List<String[]> rows = new ArrayList<>();
        PageTable probe = new PageTable(page, edges[0], edges[edges.length - 1], 0, 0, edges, new String[0][], List.of());
        for (TextLine l : block) {
            List<TextLine> pieces = TextChunks.split(l);
            boolean tail = pieces.size() == 1 && !rows.isEmpty() && !isRow(l);
            String[] row = tail ? rows.get(rows.size() - 1) : new String[columns.size()];
            for (TextLine p : pieces) {
                int c = probe.columnAt((p.x0() + p.x1()) / 2);
                row[c] = row[c] == null ? p.text() : CellText.join(row[c], p.text());
            }
            if (!tail) {
                rows.add(row);
            }
        }
        double top = block.get(0).top();
        double bottom = block.get(block.size() - 1).bottom();
        return new PageTable(page, edges[0], edges[edges.length - 1], top, bottom, edges,
                rows.toArray(new String[0][]), List.<Grid.Region>of());
    }
}
