package org.budgetworkbench.core.recognize;

import java.util.List;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;

/**
 * 目录: a table of contents — 表号 and 表名 line after line, perhaps under 目录 — printed before the first table on
 * the same sheet or page. Its lines look like title rows, so the locator must not take them for the first table's
 * title, and the import must not report them as unread.
 */
final class Contents {
    private Contents() {
    }

    /** A contents line: a table's number and its title in two cells, or a title after a plain sequence number. */
    static boolean isLine(Grid g, int r) {
        List<String> cells = g.rowTexts(r);
        if (cells.size() != 2) {
            return false;
        }
        String first = Texts.fold(cells.get(0));
        String second = Texts.fold(cells.get(1));
        return (TitleBlock.isNumber(first) || first.matches("[0-9]{1,2}[.、]?|[一二三四五六七八九十]+、?"))
                && TitleBlock.isTitle(second);
    }

    /** A region that is a contents list: headed 目录, or two or more contents lines and nothing else. */
    static boolean isContents(GridRegion region) {
        Grid g = region.grid();
        int lines = 0;
        for (int r = region.firstRow(); r <= region.lastRow(); r++) {
            if (g.isRowEmpty(r)) {
                continue;
            }
            String joined = Texts.fold(String.join("", g.rowTexts(r)));
            if (joined.equals("目录") || joined.endsWith("目录") && joined.length() < 40) {
                continue;
            }
            if (!isLine(g, r)) {
                return false;
            }
            lines++;
        }
        return lines >= 1;
    }

    /** Whether a region holds any figure outside 栏次 rows. */
    static boolean hasFigures(GridRegion region) {
        Grid g = region.grid();
        for (int r = region.firstRow(); r <= region.lastRow(); r++) {
            if (!RowShapes.isColumnNumberRow(g, r) && hasFigure(g, r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFigure(Grid g, int r) {
        for (int c = 0; c < g.columnCount(); c++) {
            if (!g.text(r, c).isEmpty() && AmountParser.isAmount(g, r, c)) {
                return true;
            }
        }
        return false;
    }
}
