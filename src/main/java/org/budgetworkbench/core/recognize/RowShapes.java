package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;

/** 行形态: what kind of row a grid row is — a data row, a 栏次 row, a note. */
final class RowShapes {
    private static final Pattern CODE = Pattern.compile("^\\d{3,7}$");
    private static final Pattern LEVEL = Pattern.compile("^[类款项]$");
    private static final Pattern NOTE = Pattern.compile("^(注|备注|说明)[0-9一二三四五六七八九十]*[:.、．].*");

    private RowShapes() {
    }

    /** A row of figures, a coded row, or a lone 合计 row. */
    static boolean isDataRow(Grid g, int r) {
        List<String> cells = g.rowTexts(r);
        if (cells.isEmpty() || isColumnNumberRow(g, r) || isNote(cells.get(0))) {
            return false;
        }
        int firstCol = indexOf(g, r, 0);
        for (int c = 0; c < g.columnCount(); c++) {
            boolean codeLike = c == firstCol && CODE.matcher(Texts.fold(g.text(r, c))).matches();
            if (!g.text(r, c).isEmpty() && !codeLike && AmountParser.isAmount(g, r, c)) {
                return true;
            }
        }
        String first = Texts.fold(cells.get(0));
        if (CODE.matcher(first).matches()) {
            return true;
        }
        int total = 0;
        while (total < cells.size() && LEVEL.matcher(Texts.fold(cells.get(total))).matches()) {
            total++; // 类 | 款 | 项 before the 合计 of a total printed on the code-level header row
        }
        if (total < cells.size() && Texts.isTotalWord(cells.get(total)) && (total == 0 || total < cells.size() - 1)) {
            for (int i = total + 1; i < cells.size(); i++) {
                int c = indexOf(g, r, i);
                if (!AmountParser.isAmount(g, r, c) && !AmountParser.isBlankMark(g.text(r, c))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** 栏次 row: labelled 栏次, or three or more figures 1, 2, 3 … in order. */
    static boolean isColumnNumberRow(Grid g, int r) {
        List<Integer> ints = new ArrayList<>();
        for (int c = 0; c < g.columnCount(); c++) {
            String t = Texts.fold(g.text(r, c));
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("栏次")) {
                return true;
            }
            Double n = g.number(r, c);
            if (n == null && t.matches("\\d{1,2}")) {
                n = Double.valueOf(t);
            }
            if (n != null) {
                if (n != Math.rint(n)) {
                    return false;
                }
                ints.add(n.intValue());
            }
        }
        if (ints.size() < 3 || ints.get(0) != 1) {
            return false;
        }
        for (int i = 1; i < ints.size(); i++) {
            if (ints.get(i) != ints.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }

    static boolean isNote(String text) {
        return NOTE.matcher(Texts.fold(text)).matches();
    }

    /** The column of the i-th non-empty cell of a row. */
    private static int indexOf(Grid g, int r, int i) {
        int seen = -1;
        for (int c = 0; c < g.columnCount(); c++) {
            if (!g.text(r, c).isEmpty() && ++seen == i) {
                return c;
            }
        }
        return -1;
    }
}
