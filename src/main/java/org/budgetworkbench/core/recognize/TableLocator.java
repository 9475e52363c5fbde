package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;

/**
 * 表格定位: cuts a Grid into regions, one per table. A sheet may hold one table or several stacked; a
 * table starts at its number row (表3, 公开03表) or title row (支出总表, 2024年度支出决算表). Rows before the first
 * title form a region of their own (a sheet whose table has no title row, a cover, a table of contents — whose
 * lines, number and title side by side, look like title rows but follow each other without a table between).
 */
public final class TableLocator {

    public List<GridRegion> locate(Grid grid) {
        List<Integer> starts = new ArrayList<>();
        boolean previousWasStart = false;
        for (int r = 0; r < grid.rowCount(); r++) {
            if (grid.isRowEmpty(r)) {
                continue;
            }
            boolean start = isStartRow(grid, r) && !isContentsLine(grid, r);
            if (start && !previousWasStart) {
                starts.add(r);
            }
            previousWasStart = start;
        }
        List<GridRegion> regions = new ArrayList<>();
        int first = firstNonEmpty(grid, 0);
        if (first < 0) {
            return regions;
        }
        if (starts.isEmpty() || starts.get(0) > first) {
            add(regions, grid, first, starts.isEmpty() ? grid.rowCount() - 1 : starts.get(0) - 1);
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) - 1 : grid.rowCount() - 1;
            add(regions, grid, starts.get(i), end);
        }
        return regions;
    }

    /** A number row or a title row: at most two cells, no figure, text like 表3 or …表. */
    static boolean isStartRow(Grid g, int r) {
        List<String> cells = g.rowTexts(r);
        if (cells.isEmpty() || cells.size() > 2) {
            return false;
        }
        for (int c = 0; c < g.columnCount(); c++) {
            if (g.number(r, c) != null) {
                return false;
            }
        }
        String joined = Texts.fold(String.join("", cells));
        if (TitleBlock.isNumber(joined) || TitleBlock.isNumber(Texts.fold(cells.get(0)))) {
            return true;
        }
        return TitleBlock.isTitle(joined) && !TitleBlock.isCaption(joined);
    }

    /** A line of a table of contents: a contents line next to another one (目录 lists several tables). */
    private static boolean isContentsLine(Grid g, int r) {
        return Contents.isLine(g, r) && (Contents.isLine(g, r - 1) || Contents.isLine(g, r + 1));
    }

    private static void add(List<GridRegion> regions, Grid g, int from, int to) {
        while (to >= from && g.isRowEmpty(to)) {
            to--;
        }
        if (to >= from) {
            regions.add(new GridRegion(g, from, to));
        }
    }

    private static int firstNonEmpty(Grid g, int from) {
        for (int r = from; r < g.rowCount(); r++) {
            if (!g.isRowEmpty(r)) {
                return r;
            }
        }
        return -1;
    }
}
