package org.budgetworkbench.core.recognize;

import java.util.List;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;

/**
 * A form titled only by its project's name (项目名称作表题): the name alone on a line that stands apart (the first
 * of its region, or after a blank line), no sentence punctuation in it, the form's indicator header or 预算执行情况
 * block within the next lines, and no form title. Such a form is that project's, not the department's.
 */
final class ProjectTitle {
    private static final Pattern NOT_A_NAME = Pattern.compile(
            ".*(表|指标|目标|单位|万元|填报|说明|备注|日期|合计|总分|[:：，,。；;%％《》“”\"]).*|^[0-9.,\\-]+$|.*[0-9]$");
    private static final Pattern SUFFIX = Pattern.compile("\\s*(项目)?(绩效目标|绩效自评)$");
    private static final int LOOK_AHEAD = 3;

    private ProjectTitle() {
    }

    /** The project name row {@code r} gives as a title, or null. */
    static String at(Grid g, int r, int first, int last) {
        List<Integer> cols = FormFieldRows.textColumns(g, r);
        if (cols.size() != 1 || (r > first && !FormFieldRows.textColumns(g, r - 1).isEmpty())) {
            return null;
        }
        String text = g.text(r, cols.get(0)).strip();
        String name = SUFFIX.matcher(text).replaceFirst("").strip();
        String s = Texts.compact(name);
        if (s.length() < 2 || s.length() > 60 || NOT_A_NAME.matcher(s).matches() || FormTitle.parse(text) != null
                || GoalLabel.parse(text) != null || FormCells.periodWord(text) != null) {
            return null;
        }
        int seen = 0;
        for (int row = r + 1; row <= last && seen < LOOK_AHEAD; row++) {
            List<Integer> next = FormFieldRows.textColumns(g, row);
            if (next.isEmpty()) {
                continue;
            }
            seen++;
            if (IndicatorColumns.isHeader(g, row) || ExecutionBlock.startsAt(g, row)) {
                return name; // not a goal label alone: a goal's text wrapped over a page break stands alone too
            }
        }
        return null;
    }
}
