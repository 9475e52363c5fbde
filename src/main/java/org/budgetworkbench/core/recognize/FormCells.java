package org.budgetworkbench.core.recognize;

import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.TargetPeriod;

/** Small lookups on the cells of a performance form (绩效表单元格) shared by the form's readers. */
final class FormCells {
    private static final String[] FORM_WORDS = {"绩效", "资金来源", "支出明细", "总体资金", "项目支出情况", "项目总预算",
        "项目当年预算", "预算执行情况", "项目名称", "项目代码", "一级指标", "三级指标"};

    private FormCells() {
    }

    /** Whether any cell of the rows names something only a performance form has. */
    static boolean mentionsForm(Grid g, int first, int last) {
        for (int r = first; r <= last; r++) {
            for (int c = 0; c < g.columnCount(); c++) {
                String t = g.text(r, c);
                if (t.isEmpty()) {
                    continue;
                }
                String s = Texts.compact(t);
                for (String w : FORM_WORDS) {
                    if (s.contains(w)) {
                        return true;
                    }
                }
                if (GoalLabel.parse(t) != null || s.equals("总分")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 长期 / 年度 where a heading names one (长期绩效目标表, 年度目标), else null. */
    static TargetPeriod periodWord(String text) {
        String s = Texts.compact(text);
        if (s.startsWith("长期") || s.contains("长期目标") || s.contains("长期绩效")) {
            return TargetPeriod.LONG_TERM;
        }
        if (s.startsWith("年度") || s.contains("年度目标") || s.contains("年度绩效")) {
            return TargetPeriod.ANNUAL;
        }
        return null;
    }

    static boolean containsCell(Grid g, int row, String word) {
        return column(g, row, word) >= 0;
    }

    /** The first column of the row whose text holds the word, or -1. */
    static int column(Grid g, int row, String word) {
        for (int c = 0; c < g.columnCount(); c++) {
            if (Texts.compact(g.text(row, c)).contains(word)) {
                return c;
            }
        }
        return -1;
    }

    static CellRef cell(Grid g, int row, int col) {
        if (g.sheet() != null || g.page(row) == null) {
            return CellRef.sheetCell(g.sheet(), row, col);
        }
        return CellRef.pageCell(g.page(row), row, col);
    }
}
