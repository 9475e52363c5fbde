package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.read.Grid;

/**
 * The labelled lines of a form outside its indicator tables (表单栏目): label | value pairs (项目总预算 | 501.6),
 * blocks with an amount column (项目资金来源 … 金额, 支出构成 … 当年金额: one field per line, null where blank),
 * and heading rows with text beneath (长期目标(截止 年) over the goal text).
 */
final class FormFieldRows {

    /**
     * One field read: its label, value (null when blank) and the cell the value stands (or belongs) in;
     * {@code fromCell} when the value is that cell's whole content (so a stored number can be used).
     */
    record Field(String label, String value, int row, int col, boolean leading, boolean fromCell) {
        Field(String label, String value, int row, int col, boolean leading) {
            this(label, value, row, col, leading, true);
        }
    }

    /** What a call consumed: the fields and the next row to look at. */
    record Result(List<Field> fields, int nextRow) {
    }

    private FormFieldRows() {
    }

    /** Reads the fields starting at {@code row} (a non-empty row of a form). */
    static Result read(Grid g, int row, int lastRow) {
        List<Integer> cols = textColumns(g, row);
        int amountCol = amountColumn(g, row, cols);
        if (amountCol >= 0) {
            return amountBlock(g, row, lastRow, cols.get(0), amountCol);
        }
        if (isHeadingRow(g, row, lastRow, cols)) {
            return headingTable(g, row, lastRow, cols);
        }
        return new Result(pairs(g, row, cols), row + 1);
    }

    /** The column headed 金额 / 当年金额 (not the first cell), or -1. */
    private static int amountColumn(Grid g, int row, List<Integer> cols) {
        for (int i = 1; i < cols.size(); i++) {
            String t = Texts.compact(g.text(row, cols.get(i)));
            if (t.contains("金额") && t.length() <= 10 && !t.matches(".*[0-9].*")) {
                return cols.get(i);
            }
        }
        return -1;
    }

    private static Result amountBlock(Grid g, int header, int lastRow, int blockCol, int amountCol) {
        List<Field> out = new ArrayList<>();
        int r = header + 1;
        for (; r <= lastRow; r++) {
            if (g.isRowEmpty(r) || hasTextAtOrLeftOf(g, r, blockCol)) {
                break;
            }
            String label = null;
            for (int c = amountCol - 1; c > blockCol; c--) {
                if (!g.text(r, c).isEmpty()) {
                    label = g.text(r, c);
                    break;
                }
            }
            if (label == null) {
                if (r == header + 1 && g.text(r, amountCol).isEmpty()) {
                    continue; // a second header line (2022 | 2023 under 近两年收支金额)
                }
                break;
            }
            if (!Texts.isNumberingOnly(label)) {
                out.add(new Field(label, Texts.orNull(g.text(r, amountCol)), r, amountCol, false));
            }
        }
        return new Result(out, r);
    }

    private static boolean hasTextAtOrLeftOf(Grid g, int row, int col) {
        for (int c = 0; c <= col; c++) {
            if (!g.text(row, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A row of headings (no figures) with the next row filling some of them and nothing else. */
    private static boolean isHeadingRow(Grid g, int row, int lastRow, List<Integer> cols) {
        if (cols.size() < 2 || row + 1 > lastRow) {
            return false;
        }
        for (int c : cols) {
            if (Texts.amount(g.text(row, c), g.number(row, c)) != null) {
                return false;
            }
        }
        List<Integer> below = textColumns(g, row + 1);
        return !below.isEmpty() && below.get(0) > cols.get(0) && cols.subList(1, cols.size()).containsAll(below);
    }

    private static Result headingTable(Grid g, int header, int lastRow, List<Integer> cols) {
        List<Integer> headings = cols.subList(1, cols.size());
        List<Field> out = new ArrayList<>();
        int r = header + 1;
        for (; r <= lastRow; r++) {
            List<Integer> here = textColumns(g, r);
            if (here.isEmpty() || !headings.containsAll(here)) {
                break;
            }
            for (int c : here) {
                out.add(new Field(g.text(header, c), g.text(r, c), r, c, false));
            }
        }
        return new Result(out, r);
    }

    /** label | value | label | value …; a lone "label：value" cell is split at its colon. */
    private static List<Field> pairs(Grid g, int row, List<Integer> cols) {
        List<Field> out = new ArrayList<>();
        if (cols.size() == 1) {
            String t = g.text(row, cols.get(0));
            int colon = indexOfColon(t);
            if (colon > 0 && colon < t.length() - 1) {
                out.add(new Field(t.substring(0, colon).strip(), t.substring(colon + 1).strip(), row, cols.get(0),
                        true, false));
            }
            return out;
        }
        for (int i = 0; i < cols.size(); i += 2) {
            String label = g.text(row, cols.get(i));
            if (i + 1 < cols.size()) {
                int vc = cols.get(i + 1);
                out.add(new Field(label, g.text(row, vc), row, vc, i == 0));
            } else {
                out.add(new Field(label, null, row, cols.get(i), i == 0, false));
            }
        }
        return out;
    }

    private static int indexOfColon(String t) {
        int a = t.indexOf('：');
        int b = t.indexOf(':');
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    /** Columns of a row with their own text, left to right. */
    static List<Integer> textColumns(Grid g, int row) {
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < g.columnCount(); c++) {
            if (!g.text(row, c).isEmpty()) {
                cols.add(c);
            }
        }
        return cols;
    }
}
