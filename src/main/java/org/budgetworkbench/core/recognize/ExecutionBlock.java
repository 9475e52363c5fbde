package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.FormField;

/**
 * The 预算执行情况 block of a self-evaluation (预算执行情况(万元)(20分) | … | 预算数(A) | 执行数(B) | 执行率 |
 * 得分(20分*执行率), figures beside or below): budget, executed, rate, score and weight, and the 资金 lines under
 * it (年度资金总额, 其中：当年财政拨款, 上年结转资金 …) as fields with their budget figure.
 */
final class ExecutionBlock {
    private static final Pattern WEIGHT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*分");
    private static final BigDecimal PERCENT_ABOVE = new BigDecimal("1.5");

    private ExecutionBlock() {
    }

    static boolean startsAt(Grid g, int row) {
        return FormCells.containsCell(g, row, "预算执行情况");
    }

    /** Reads the block from its label row; returns the first row after it. */
    static int read(Grid g, int row, int lastRow, FormDraft form, List<FormField> fields) {
        FormDraft.EvaluationDraft e = form.evaluation();
        for (int c = 0; c < g.columnCount(); c++) {
            String t = Texts.compact(g.text(row, c));
            if (t.contains("预算执行情况")) {
                Matcher m = WEIGHT.matcher(t);
                if (m.find()) {
                    e.weight = (int) Double.parseDouble(m.group(1));
                }
            }
        }
        int header = FormCells.containsCell(g, row, "预算数") ? row : row + 1;
        if (!FormCells.containsCell(g, header, "预算数")) {
            return row + 1; // no figures beside or below the label
        }
        int budget = FormCells.column(g, header, "全年预算数"); // 年初预算数 | 全年预算数: the adjusted budget counts
        if (budget < 0) {
            budget = FormCells.column(g, header, "预算数");
        }
        int weight = FormCells.column(g, header, "分值");
        int executed = FormCells.column(g, header, "执行数");
        int rate = FormCells.column(g, header, "执行率");
        int score = FormCells.column(g, header, "得分");
        for (int r = header + 1; r <= Math.min(lastRow, header + 4); r++) {
            if (budget >= 0 && Texts.amount(g.text(r, budget), g.number(r, budget)) != null) {
                e.budget = Texts.amount(g.text(r, budget), g.number(r, budget));
                e.executed = executed < 0 ? null : Texts.amount(g.text(r, executed), g.number(r, executed));
                e.rate = rate < 0 ? null : rate(g, r, rate);
                e.executionScore = score < 0 ? null : Texts.amount(g.text(r, score), g.number(r, score));
                BigDecimal printedWeight = weight < 0 ? null : Texts.amount(g.text(r, weight), g.number(r, weight));
                if (e.weight == null && printedWeight != null) {
                    e.weight = printedWeight.intValue();
                }
                return fundLines(g, r, lastRow, budget, form, fields);
            }
        }
        return header + 1;
    }

    private static int fundLines(Grid g, int first, int lastRow, int budgetCol, FormDraft form,
                                 List<FormField> fields) {
        int r = first;
        for (; r <= lastRow; r++) {
            List<Integer> cols = FormFieldRows.textColumns(g, r);
            if (cols.isEmpty() || cols.get(0) >= budgetCol || (r > first && cols.get(0) == 0)) {
                break;
            }
            fields.add(new FormField(form.tableId(), form.project, g.text(r, cols.get(0)),
                    Texts.orNull(Texts.cellText(g, r, budgetCol)), FormCells.cell(g, r, budgetCol)));
        }
        return Math.max(r, first + 1);
    }

    /** 执行率 as a fraction: "100.00%" → 1; a bare number above 1.5 is read as a percentage. */
    private static BigDecimal rate(Grid g, int r, int c) {
        BigDecimal v = Texts.amount(g.text(r, c), g.number(r, c));
        if (v != null && !g.text(r, c).contains("%") && v.compareTo(PERCENT_ABOVE) > 0) {
            v = v.movePointLeft(2);
        }
        return v == null ? null : v.stripTrailingZeros();
    }
}
