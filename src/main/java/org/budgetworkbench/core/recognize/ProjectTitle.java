package org.budgetworkbench.core.recognize;

import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;

/**
 * A sheet titled only by its project's name (项目名称作表题): one project per sheet, the name alone on the first
 * line, an indicator table below, and no form title. Such a sheet is that project's form, not the department's.
 */
final class ProjectTitle {
    private static final Pattern NOT_A_NAME = Pattern.compile(
            ".*(表|指标|目标|单位|万元|填报|说明|备注|日期|[:：]).*|^[0-9.,\\-%]+$");
    private static final Pattern SUFFIX = Pattern.compile("(项目)?(绩效目标|绩效自评)$");

    private ProjectTitle() {
    }

    /** The project name the region opens with, or null when it opens with anything else. */
    static String of(Grid g, int first, int last) {
        int r = first;
        while (r <= last && FormFieldRows.textColumns(g, r).isEmpty()) {
            r++;
        }
        if (r > last) {
            return null;
        }
        List<Integer> cols = FormFieldRows.textColumns(g, r);
        if (cols.size() != 1) {
            return null;
        }
        String text = g.text(r, cols.get(0)).strip();
        String s = SUFFIX.matcher(Texts.compact(text)).replaceFirst("");
        if (s.length() < 2 || s.length() > 60 || NOT_A_NAME.matcher(s).matches() || FormTitle.parse(text) != null
                || GoalLabel.parse(text) != null || FormCells.periodWord(text) != null) {
            return null;
        }
        for (int row = r + 1; row <= last; row++) {
            if (IndicatorColumns.isHeader(g, row)) {
                return text.replaceAll("\\s*(项目)?(绩效目标|绩效自评)$", "").strip();
            }
            if (FormTitle.parse(g.text(row, 0)) != null) {
                return null;
            }
        }
        return null;
    }
}
