package org.budgetworkbench.core.recognize;

import java.util.List;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;

/** Small synthetic grids for tests: one string per row, cells separated by "|", empty between bars = blank. */
final class Grids {
    private Grids() {
    }

    static Grid.Builder builder(String sheet, String... rows) {
        Grid.Builder b = Grid.builder("test.xlsx", sheet);
        for (int r = 0; r < rows.length; r++) {
            String[] cells = rows[r].split("\\|", -1);
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isBlank()) {
                    b.set(r, c, cells[c]);
                }
            }
            if (cells.length == 0 || rows[r].isEmpty()) {
                b.set(r, 0, "");
            }
        }
        return b;
    }

    static Grid grid(String sheet, String... rows) {
        return builder(sheet, rows).build();
    }

    static GridRegion region(String sheet, String... rows) {
        return GridRegion.whole(grid(sheet, rows));
    }

    static PerformanceForms read(GridRegion... regions) {
        return new PerformanceFormReader().read(List.of(regions));
    }
}
