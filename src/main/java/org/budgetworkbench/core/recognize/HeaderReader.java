package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;

/**
 * 表头读取: finds the header rows between a table's title block and its first data row and reads each
 * column's header path through merged cells. 栏次 rows (1 2 3 …) belong to the header but say nothing. A
 * group heading printed once without a merge (a PDF grid) is carried over the columns beneath it.
 */
final class HeaderReader {
    private static final int MAX_HEADER_ROWS = 5;

    Header read(GridRegion region, int bodyStart) {
        Grid g = region.grid();
        int dataStart = region.lastRow() + 1;
        for (int r = bodyStart; r <= region.lastRow(); r++) {
            if (RowShapes.isDataRow(g, r)) {
                dataStart = r;
                break;
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = bodyStart; r < dataStart && rows.size() < MAX_HEADER_ROWS; r++) {
            if (isHeaderRow(g, r)) {
                rows.add(r);
            } else if (!rows.isEmpty() && !RowShapes.isColumnNumberRow(g, r) && !g.isRowEmpty(r)) {
                break;
            }
        }
        if (dataStart > region.lastRow() && !rows.isEmpty()) {
            // no figures at all (an empty table): the body starts after the header
            dataStart = rows.get(rows.size() - 1) + 1;
            while (dataStart <= region.lastRow() && RowShapes.isColumnNumberRow(g, dataStart)) {
                dataStart++;
            }
        }
        boolean shared = dataStart <= region.lastRow() && holdsCodeLevels(g, dataStart);
        if (shared) {
            rows.add(dataStart); // 类 | 款 | 项 | 合计 | 1548.12 …: the first data row carries the code-level labels
        }
        // the 合计 line printed on the lowest header row (合计 | | | 合计 | 基本支出 | 项目支出): the row is the
        // last header row for the columns it names, and the table's first row for its label
        int totalLabelCol = -1;
        if (!rows.isEmpty() && !shared) {
            int last = rows.get(rows.size() - 1);
            totalLabelCol = totalLabelOnHeaderRow(g, last);
            if (totalLabelCol >= 0 && !labelsAbove(g, rows, totalLabelCol)) {
                totalLabelCol = -1; // 合计 heads a column of figures (三公 合计 | 因公出国 | …)
            }
            if (totalLabelCol >= 0 && dataStart > last) {
                dataStart = last;
            }
        }
        List<List<String>> paths = new ArrayList<>();
        for (int c = 0; c < g.columnCount(); c++) {
            List<String> path = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (totalLabelCol >= 0 && i == rows.size() - 1 && isInLabel(g, rows.get(i), totalLabelCol, c)) {
                    continue;
                }
                String t = shared && i == rows.size() - 1 ? levelLabel(g.text(dataStart, c))
                        : cellText(g, rows, i, c);
                t = Texts.fold(t);
                if (!t.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(t))) {
                    path.add(t);
                }
            }
            paths.add(path);
        }
        return new Header(rows.isEmpty() ? bodyStart : rows.get(0), dataStart, paths);
    }

    /**
     * The column of the 合计/总计 label that opens a header row with other header words after it and no
     * figure, or -1. Only a label in the first filled column counts: a 合计 further right is a column's.
     */
    private static int totalLabelOnHeaderRow(Grid g, int r) {
        int first = -1;
        int words = 0;
        for (int c = 0; c < g.columnCount(); c++) {
            if (g.text(r, c).isEmpty()) {
                continue;
            }
            if (AmountParser.isAmount(g, r, c)) {
                return -1;
            }
            if (first < 0) {
                first = c;
            } else {
                words++;
            }
        }
        return first >= 0 && words >= 2 && Texts.isTotalWord(g.text(r, first)) ? first : -1;
    }

    /** Whether a header row above the last one heads the column with a label word (编码, 科目, 项目, 名称, 类). */
    private static boolean labelsAbove(Grid g, List<Integer> rows, int c) {
        for (int i = 0; i < rows.size() - 1; i++) {
            String t = Texts.fold(g.visibleText(rows.get(i), c));
            if (t.matches(".*(编码|代码|科目|项目|名称)$|^类$")) {
                return true;
            }
        }
        return false;
    }

    /** Whether column c is the label cell at (r, labelCol) or merged into it. */
    private static boolean isInLabel(Grid g, int r, int labelCol, int c) {
        if (c == labelCol) {
            return true;
        }
        Grid.Region m = g.mergeAt(r, labelCol);
        return m != null && m.contains(r, c);
    }

    /** The header text at a cell: merged text, or a group heading to the left carried over unmerged cells. */
    private static String cellText(Grid g, List<Integer> rows, int i, int c) {
        int r = rows.get(i);
        String t = g.visibleText(r, c);
        if (!t.isEmpty() || g.mergeAt(r, c) != null || i == rows.size() - 1 || c == 0) {
            return t;
        }
        int below = rows.get(i + 1);
        if (g.visibleText(below, c).isEmpty()) {
            return t;
        }
        for (int left = c - 1; left >= 0; left--) {
            String lt = g.visibleText(r, left);
            if (!lt.isEmpty()) {
                // a group heading has sub-headings under it; a plain column heading does not
                return g.mergeAt(r, left) == null && !g.visibleText(below, left).isEmpty() ? lt : "";
            }
        }
        return "";
    }

    /** A row with the 类 and 款 labels of split code columns. */
    private static boolean holdsCodeLevels(Grid g, int r) {
        boolean cls = false;
        boolean section = false;
        for (int c = 0; c < g.columnCount(); c++) {
            String t = Texts.fold(g.text(r, c));
            cls |= t.equals("类");
            section |= t.equals("款");
        }
        return cls && section;
    }

    private static String levelLabel(String text) {
        String t = Texts.fold(text);
        return t.equals("类") || t.equals("款") || t.equals("项") ? t : "";
    }

    /** "本部门2024年无政府性基金预算支出": a sentence across the table, often merged, is a note and no header. */
    private static boolean isNote(String text) {
        return NOTE.matcher(Texts.compact(text)).find();
    }

    private static final java.util.regex.Pattern NOTE =
            java.util.regex.Pattern.compile("^(本部门|本单位|注[:：]|备注|说明)|无.*(支出|收入|预算|数据)$");

    /** Two or more labels, or one label spread over merged columns; no figures. */
    private static boolean isHeaderRow(Grid g, int r) {
        if (RowShapes.isColumnNumberRow(g, r) || g.isRowEmpty(r)) {
            return false;
        }
        List<String> cells = g.rowTexts(r);
        if (cells.size() >= 2) {
            return true;
        }
        for (int c = 0; c < g.columnCount(); c++) {
            if (!g.text(r, c).isEmpty()) {
                Grid.Region m = g.mergeAt(r, c);
                return m != null && m.lastCol() > m.firstCol() && !TitleBlock.isCaption(g.text(r, c))
                        && !isNote(g.text(r, c));
            }
        }
        return false;
    }
}
