package org.budgetworkbench.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.TargetScope;

/**
 * 绩效自评表: one self-evaluation — 预算执行情况 (预算数(A) | 执行数(B) | 执行率(B/A) | 得分), then per 年度目标
 * its indicators 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分, and the 总分.
 */
final class EvaluationSheet {
    private static final List<String> INDICATOR_HEADER =
            List.of("一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分");
    private static final int WIDTH = INDICATOR_HEADER.size();

    private final SheetStyles styles;

    EvaluationSheet(SheetStyles styles) {
        this.styles = styles;
    }

    static String title(Evaluation e) {
        return e.scope() == TargetScope.PROJECT ? "项目支出绩效自评表" : "部门整体支出绩效自评表";
    }

    void write(Sheet sheet, Evaluation e, String department) {
        SheetFrame.top(sheet, styles, null, title(e), department, WIDTH);
        int r = SheetFrame.BODY_ROW;
        if (e.scope() == TargetScope.PROJECT) {
            labelled(sheet, r++, "项目名称", e.project());
        } else {
            labelled(sheet, r++, "单位名称", e.unit() != null ? e.unit() : department);
        }
        String weight = e.executionWeight() == null ? "" : "(" + e.executionWeight() + "分)";
        styles.text(sheet, r, 0, "预算执行情况(万元)" + weight, styles.textBold);
        styles.empty(sheet, r + 1, 0, styles.textBold);
        sheet.addMergedRegion(new CellRangeAddress(r, r + 1, 0, 0));
        String[] words = {"预算数(A)", "执行数(B)", "执行率(B/A)", "得分"};
        for (int i = 0; i < words.length; i++) {
            styles.text(sheet, r, i + 1, words[i], styles.header);
        }
        styles.empty(sheet, r, WIDTH - 1, styles.header);
        styles.number(sheet, r + 1, 1, e.budget(), styles.amount);
        styles.number(sheet, r + 1, 2, e.executed(), styles.amount);
        styles.number(sheet, r + 1, 3, e.rate(), styles.rate);
        styles.number(sheet, r + 1, 4, e.executionScore(), styles.plainNumber);
        styles.empty(sheet, r + 1, WIDTH - 1, styles.text);
        r += 2;

        List<EvaluationIndicator> rest = new ArrayList<>(e.indicators());
        int firstHeader = -1;
        for (int g = 0; g < e.goals().size(); g++) {
            labelled(sheet, r++, "年度目标" + (g + 1) + "：", e.goals().get(g));
            Integer index = g + 1;
            List<EvaluationIndicator> mine = rest.stream().filter(i -> Objects.equals(i.goalIndex(), index)).toList();
            rest.removeAll(mine);
            firstHeader = firstHeader < 0 ? r : firstHeader;
            r = indicators(sheet, r, mine);
        }
        if (!rest.isEmpty() || e.goals().isEmpty()) {
            firstHeader = firstHeader < 0 ? r : firstHeader;
            r = indicators(sheet, r, rest);
        }
        styles.text(sheet, r, 0, "总分", styles.textBold);
        for (int c = 1; c < WIDTH - 1; c++) {
            styles.empty(sheet, r, c, styles.text);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTH - 2));
        styles.number(sheet, r, WIDTH - 1, e.totalScore(), styles.plainNumber);
        SheetFrame.fitColumns(sheet, WIDTH, firstHeader);
        SheetFrame.print(sheet, WIDTH, -1, -2);
    }

    private int indicators(Sheet sheet, int r, List<EvaluationIndicator> list) {
        for (int c = 0; c < WIDTH; c++) {
            styles.text(sheet, r, c, INDICATOR_HEADER.get(c), styles.header);
        }
        r++;
        for (EvaluationIndicator i : list) {
            styles.text(sheet, r, 0, i.level1(), styles.text);
            styles.text(sheet, r, 1, i.level2(), styles.text);
            styles.text(sheet, r, 2, i.level3(), styles.text);
            styles.text(sheet, r, 3, i.target(), styles.text);
            styles.text(sheet, r, 4, i.actual(), styles.text);
            styles.number(sheet, r, 5, i.score(), styles.plainNumber);
            r++;
        }
        return r;
    }

    private void labelled(Sheet sheet, int r, String label, String value) {
        styles.text(sheet, r, 0, label, styles.textBold);
        styles.text(sheet, r, 1, value, styles.text);
        for (int c = 2; c < WIDTH; c++) {
            styles.empty(sheet, r, c, styles.text);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, WIDTH - 1));
        int chars = value == null ? 0 : SheetFrame.displayWidth(value);
        SheetStyles.row(sheet, r).setHeightInPoints(Math.max(15, 15 * (1 + chars / (WIDTH * 24))));
    }
}
