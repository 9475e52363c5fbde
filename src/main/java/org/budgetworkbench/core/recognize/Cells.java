package org.budgetworkbench.core.recognize;

import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.CellRef;

/** Small readings of one cell shared by the row readers. */
final class Cells {
    private Cells() {
    }

    /** Where a cell stood: its sheet, or its PDF page. */
    static CellRef ref(Grid g, int r, int c) {
        return new CellRef(g.sheet(), g.page(r), r, c);
    }

    /** A code as printed: a number cell without its decimals, a text cell without spaces or separators. */
    static String code(Grid g, int r, int c) {
        if (c < 0) {
            return "";
        }
        Double n = g.number(r, c);
        if (n != null && n == Math.rint(n) && Math.abs(n) < 1e15) {
            return String.valueOf(n.longValue());
        }
        String t = Texts.compact(g.text(r, c));
        if (t.matches("\\d+([-.．]\\d+)+")) {
            return t.replaceAll("[-.．]", "");
        }
        return t;
    }

    static String name(Grid g, int r, int c) {
        return c < 0 ? "" : Texts.compact(g.text(r, c));
    }
}
