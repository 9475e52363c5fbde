package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;

/**
 * The columns of an indicator table (绩效指标表头), found from the header words: 一级指标, 二级指标, 三级指标 or
 * 指标名称, the target value (指标值 / 预期当年实现值 / 年初目标值), earlier years (前年 / 上年 / 近两年指标值
 * 2022 2023), 实际完成值, 得分, and 指标值确定依据 / 绩效标准. A header may span several rows (merged groups).
 */
record IndicatorColumns(int headerRow, int lastHeaderRow, int goal, int level1, int level2, int level3,
                        int value, List<Integer> history, int actual, int score, int basis, int name) {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])20[0-9]{2}(?![0-9])");

    IndicatorColumns {
        history = List.copyOf(history);
    }

    /** True when the table is a self-evaluation's (it has 实际完成值 or 得分). */
    boolean scored() {
        return actual >= 0 || score >= 0;
    }

    /** The leftmost of the name columns: text left of it belongs to the form, not to an indicator. */
    int firstNameColumn() {
        int min = Integer.MAX_VALUE;
        for (int c : new int[] {level1, level2, level3, name}) {
            if (c >= 0) {
                min = Math.min(min, c);
            }
        }
        return min;
    }

    /** Whether a row is a table header: it names 一级指标 and 二级 or 三级 指标 (or 指标名称). */
    static boolean isHeader(Grid g, int row) {
        boolean one = false;
        boolean other = false;
        for (int c = 0; c < g.columnCount(); c++) {
            String t = Texts.compact(g.text(row, c));
            if (t.contains("一级指标")) {
                one = true;
            } else if (t.contains("二级指标") || t.contains("三级指标") || t.contains("指标名称")) {
                other = true;
            }
        }
        return one && other;
    }

    /** Reads the header starting at {@code row}; rows below that carry only header words join it. */
    static IndicatorColumns read(Grid g, int row, int lastRow) {
        int l1 = find(g, row, "一级指标");
        int l2 = find(g, row, "二级指标");
        int l3 = find(g, row, "三级指标");
        int name = -1; // 指标名称 / 指标内容 beside an (often empty) 三级指标 column
        if (l3 < 0) {
            l3 = find(g, row, "指标名称");
        } else {
            name = find(g, row, "指标名称");
            name = name >= 0 ? name : find(g, row, "指标内容");
        }
        int last = row;
        while (last + 1 <= lastRow && last - row < 3 && isHeaderContinuation(g, last + 1, l1, l2, l3)) {
            last++;
        }
        int bodyEnd = last;
        while (bodyEnd + 1 <= lastRow && !isHeader(g, bodyEnd + 1)) {
            bodyEnd++;
        }
        int goal = -1;
        int value = -1;
        int plainValue = -1;
        int actual = -1;
        int score = -1;
        int basis = -1;
        List<Integer> history = new ArrayList<>();
        for (int c = 0; c < g.columnCount(); c++) {
            if (c == l1 || c == l2 || c == l3 || c == name) {
                continue;
            }
            String h = headerText(g, row, last, c);
            if (h.isEmpty() || !holdsText(g, row, bodyEnd, c)) {
                continue;
            }
            if (h.contains("目标名称") || h.equals("名称")) {
                goal = c;
            } else if (h.contains("确定依据") || h.contains("绩效标准") || h.contains("依据") || h.contains("评分标准")) {
                basis = basis < 0 ? c : basis;
            } else if (h.contains("实际完成") || h.contains("实际值") || h.contains("完成值")) {
                actual = actual < 0 ? c : actual;
            } else if (h.contains("得分")) {
                score = score < 0 ? c : score;
            } else if (h.contains("分值") || h.contains("权重")) {
                continue; // the weight of an indicator, not a value
            } else if (!h.contains("当年") && (h.contains("前年") || h.contains("上年") || h.contains("近两年")
                    || YEAR.matcher(h).find())) {
                history.add(c);
            } else if (h.contains("当年") || h.contains("年初") || h.contains("目标值") || h.contains("预期")
                    || h.contains("预计")) {
                value = value < 0 ? c : value;
            } else if (h.contains("指标值")) {
                plainValue = plainValue < 0 ? c : plainValue;
            }
        }
        if (value < 0) {
            value = plainValue;
        }
        return new IndicatorColumns(row, last, goal, l1, l2, l3, value, history, actual, score, basis, name);
    }

    /**
     * Whether any cell of the column, in the header or the rows up to the next header, holds text of its own. A column that only lies under
     * cells merged from its left (a PDF page ruled finer by another table on it) is not a column of this one.
     */
    private static boolean holdsText(Grid g, int first, int last, int c) {
        for (int r = first; r <= last; r++) {
            if (!g.text(r, c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static int find(Grid g, int row, String word) {
        for (int c = 0; c < g.columnCount(); c++) {
            if (Texts.compact(g.text(row, c)).contains(word)) {
                return c;
            }
        }
        return -1;
    }

    /** A row under the header with text only outside the name columns, none of it a figure or a name. */
    private static boolean isHeaderContinuation(Grid g, int row, int l1, int l2, int l3) {
        if (g.isRowEmpty(row)) {
            return false;
        }
        for (int c : new int[] {l1, l2, l3}) {
            if (c >= 0 && !g.text(row, c).isEmpty()) {
                return false;
            }
        }
        for (int c = 0; c < g.columnCount(); c++) {
            String t = Texts.compact(g.text(row, c));
            if (!t.isEmpty() && !(YEAR.matcher(t).matches() || t.contains("年") || t.contains("值")
                    || t.contains("实现") || t.contains("依据") || t.contains("得分") || t.contains("分值"))) {
                return false;
            }
        }
        return true;
    }

    /** The header words over a column: each header row's visible text, merged groups included, in order. */
    private static String headerText(Grid g, int first, int last, int c) {
        StringBuilder b = new StringBuilder();
        String previous = null;
        for (int r = first; r <= last; r++) {
            String t = Texts.compact(g.visibleText(r, c));
            if (!t.isEmpty() && !t.equals(previous)) {
                b.append(t).append(' ');
            }
            previous = t;
        }
        return b.toString().strip();
    }
}
