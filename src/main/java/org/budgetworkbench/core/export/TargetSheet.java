package org.budgetworkbench.core.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetScope;

/**
 * 绩效目标表: one performance target of the department or a project — the goal (长期目标1：…) and its
 * indicators, 一级指标 | 二级指标 | 三级指标 | 指标值 | 前年 | 上年 | 指标值确定依据; 前年/上年 only where the
 * target has them. Every indicator line carries its 一级/二级 names, so a reader needs no carrying down.
 */
final class TargetSheet {
    private final SheetStyles styles;

    TargetSheet(SheetStyles styles) {
        this.styles = styles;
    }

    static String title(Target target) {
        return target.scope() == TargetScope.PROJECT ? "项目支出绩效目标表" : "部门整体支出绩效目标表";
    }

    void write(Sheet sheet, Target target, String department) {
        boolean history = target.indicators().stream().anyMatch(i -> !i.history().isEmpty());
        List<String> header = new ArrayList<>(List.of("一级指标", "二级指标", "三级指标", "指标值"));
        if (history) {
            header.addAll(List.of("前年", "上年"));
        }
        header.add("指标值确定依据");
        int width = header.size();
        SheetFrame.top(sheet, styles, null, title(target), department, width);
        int r = SheetFrame.BODY_ROW;
        if (target.scope() == TargetScope.PROJECT) {
            labelled(sheet, r++, "项目名称", target.project(), width);
            if (target.projectCode() != null) {
                labelled(sheet, r++, "项目编码", target.projectCode(), width);
            }
        }
        String label = target.label() != null ? target.label() : target.period().chinese() + "目标";
        labelled(sheet, r++, label + "：", target.goal(), width);
        int headerRow = r;
        for (int c = 0; c < width; c++) {
            styles.text(sheet, r, c, header.get(c), styles.header);
        }
        r++;
        for (Indicator i : target.indicators()) {
            int c = 0;
            styles.text(sheet, r, c++, i.level1(), styles.text);
            styles.text(sheet, r, c++, i.level2(), styles.text);
            styles.text(sheet, r, c++, i.level3(), styles.text);
            styles.text(sheet, r, c++, i.value(), styles.text);
            if (history) {
                styles.text(sheet, r, c++, i.history().size() > 0 ? i.history().get(0) : "", styles.text);
                styles.text(sheet, r, c++, i.history().size() > 1 ? i.history().get(1) : "", styles.text);
            }
            styles.text(sheet, r, c, i.basis(), styles.text);
            r++;
        }
        SheetFrame.fitColumns(sheet, width, headerRow);
        SheetFrame.print(sheet, width, headerRow, headerRow);
    }

    /** A label cell and its text merged over the rest of the width. */
    private void labelled(Sheet sheet, int r, String label, String value, int width) {
        styles.text(sheet, r, 0, label, styles.textBold);
        styles.text(sheet, r, 1, value, styles.text);
        for (int c = 2; c < width; c++) {
            styles.empty(sheet, r, c, styles.text);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, width - 1));
        int chars = value == null ? 0 : SheetFrame.displayWidth(value);
        SheetStyles.row(sheet, r).setHeightInPoints(Math.max(15, 15 * (1 + chars / (width * 24))));
    }
}
