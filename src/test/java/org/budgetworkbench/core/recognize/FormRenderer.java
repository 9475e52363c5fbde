package org.budgetworkbench.core.recognize;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetScope;
import org.budgetworkbench.variation.PdfLayout;
import org.budgetworkbench.variation.SheetPdf;

/**
 * TEST CODE: writes performance forms (targets and self-evaluations) into a workbook in a given {@link FormLayout},
 * so the reader can be shown to read every layout back to the same forms.
 */
final class FormRenderer {
    private static final Map<String, String> OLDER = Map.ofEntries(
            Map.entry("产出指标", "项目产出"), Map.entry("效益指标", "项目效益"), Map.entry("满意度指标", "服务对象满意度"),
            Map.entry("成本指标", "一、成本指标"), Map.entry("数量指标", "产出数量"), Map.entry("质量指标", "产出质量"),
            Map.entry("时效指标", "产出时效"), Map.entry("经济效益指标", "经济效益"), Map.entry("社会效益指标", "社会效益"),
            Map.entry("生态效益指标", "生态效益"), Map.entry("可持续性影响指标", "可持续影响"),
            Map.entry("服务对象满意度指标", "社会公众或服务对象满意度"));

    private final FormLayout layout;
    private final Workbook wb;
    private Sheet sheet;
    private int row;
    private int sheets;

    private FormRenderer(FormLayout layout) {
        this.layout = layout;
        this.wb = layout.xls() ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    static void write(FormLayout layout, List<Target> targets, List<Evaluation> evaluations, Path file)
            throws IOException {
        FormRenderer r = render(layout, targets, evaluations);
        try (OutputStream out = Files.newOutputStream(file)) {
            r.wb.write(out);
        }
        r.wb.close();
    }

    /**
     * The same forms printed to PDF ({@link SheetPdf}): each form ruled as one grid under its title, the layout's
     * workbook (.xlsx or .xls) being no variation of the PDF.
     */
    static void writePdf(FormLayout layout, List<Target> targets, List<Evaluation> evaluations, PdfLayout pdf,
                         Path file) throws IOException {
        FormRenderer r = render(layout, targets, evaluations);
        List<SheetPdf.BoxedSheet> sheets = new ArrayList<>();
        r.boxes.forEach((sheet, b) -> sheets.add(new SheetPdf.BoxedSheet(sheet, b)));
        SheetPdf.write(sheets, pdf, file);
        r.wb.close();
    }

    private static FormRenderer render(FormLayout layout, List<Target> targets, List<Evaluation> evaluations) {
        FormRenderer r = new FormRenderer(layout);
        for (List<Target> form : byForm(targets)) {
            r.targetForm(form);
            r.endForm();
        }
        for (Evaluation e : evaluations) {
            r.evaluationForm(e);
            r.endForm();
        }
        return r;
    }

    /** Each sheet's forms as the boxes a PDF rules: from under the form's title to its last line. */
    private final Map<Sheet, List<SheetPdf.Box>> boxes = new LinkedHashMap<>();
    private int formTop;

    private void endForm() {
        boxes.computeIfAbsent(sheet, s -> new ArrayList<>()).add(new SheetPdf.Box(formTop, formTop, row));
    }

    /** The targets of one form: the department's, or one project's. */
    static List<List<Target>> byForm(List<Target> targets) {
        Map<String, List<Target>> forms = new LinkedHashMap<>();
        for (Target t : targets) {
            forms.computeIfAbsent(t.scope() + "|" + t.project(), k -> new ArrayList<>()).add(t);
        }
        return new ArrayList<>(forms.values());
    }

    private void newForm() {
        if (sheet == null || !layout.oneSheet()) {
            sheet = wb.createSheet("绩效" + (++sheets));
            row = 0;
        } else {
            row += 2; // forms stacked on one sheet, a blank line between
        }
    }

    private void line(Object... cells) {
        Row r = sheet.createRow(row++);
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v instanceof BigDecimal b) {
                r.createCell(c).setCellValue(b.doubleValue());
            } else if (v != null && !v.toString().isEmpty()) {
                r.createCell(c).setCellValue(v.toString());
            }
        }
    }

    private void title(TargetScope scope, String project, boolean evaluation) {
        boolean dept = scope == TargetScope.DEPARTMENT;
        switch (layout.title()) {
            case STANDARD -> line(evaluation
                    ? (dept ? "2024年度部门整体绩效自评表" : "2024年度" + project + "项目支出绩效自评表")
                    : (dept ? "某区2024年部门整体支出绩效目标申报表" : "某区2024年项目支出绩效目标申报表"));
            case BRACKETED -> line(evaluation
                    ? (dept ? "2024年度部门（单位）整体绩效自评表" : project + "（项目支出绩效自评表）")
                    : (dept ? "2024年部门整体支出（绩效目标）申报表" : "2024年项目支出表（含绩效目标）"));
            case NAME_ONLY -> {
                if (!dept) {
                    line(project);
                }
            }
            default -> throw new IllegalStateException();
        }
        formTop = row; // the title stands over the form; its name line is the grid's first
        if (dept) {
            line("部门（单位）名称", "某区人民政府办公室");
        } else if (layout.title() != FormLayout.Title.NAME_ONLY) {
            line("项目名称", project, "", "项目编码", "P0001");
        }
    }

    private void targetForm(List<Target> goals) {
        newForm();
        Target first = goals.get(0);
        title(first.scope(), first.project(), false);
        boolean headed = false;
        for (Target t : goals) {
            String label = t.label();
            if (layout.goal() == FormLayout.Goal.OWN_ROW) {
                line(label + "：", t.goal());
            } else if (layout.goal() == FormLayout.Goal.WEIGHTED_CELL) {
                line(label + "（20分）：" + Objects.requireNonNullElse(t.goal(), ""));
            }
            if (!headed || layout.headerEachGoal()) {
                header(List.of("指标值", "指标值确定依据"));
                headed = true;
            }
            String previous = null;
            for (int i = 0; i < t.indicators().size(); i++) {
                Indicator ind = t.indicators().get(i);
                String l1 = Objects.equals(ind.level1(), previous) ? "" : level(ind.level1());
                previous = ind.level1();
                indicatorLine(i == 0 ? label : "", l1, level(ind.level2()), ind.level3(), ind.value(), ind.basis());
            }
        }
    }

    private void evaluationForm(Evaluation e) {
        newForm();
        title(e.scope(), e.project(), true);
        int w = e.executionWeight() == null ? 20 : e.executionWeight();
        line("预算执行情况（万元）（" + w + "分）", "年度资金总额", "预算数(A)", "执行数(B)", "执行率(B/A)",
                "得分(" + w + "分*执行率)");
        line("", "", e.budget(), e.executed(), e.rate() == null ? null
                : e.rate().movePointRight(2).stripTrailingZeros().toPlainString() + "%", e.executionScore());
        Map<Integer, List<EvaluationIndicator>> byGoal = new LinkedHashMap<>();
        for (EvaluationIndicator i : e.indicators()) {
            byGoal.computeIfAbsent(i.goalIndex(), k -> new ArrayList<>()).add(i);
        }
        boolean headed = false;
        for (Map.Entry<Integer, List<EvaluationIndicator>> g : byGoal.entrySet()) {
            String label = g.getKey() == null ? "" : "年度目标" + g.getKey();
            String text = g.getKey() == null || g.getKey() > e.goals().size() ? "" : e.goals().get(g.getKey() - 1);
            if (g.getKey() != null && layout.goal() == FormLayout.Goal.OWN_ROW) {
                line(label + "：", text);
            } else if (g.getKey() != null && layout.goal() == FormLayout.Goal.WEIGHTED_CELL) {
                line(label + "（20分）：" + text);
            }
            if (!headed || layout.headerEachGoal()) {
                header(List.of("年初目标值(A)", "实际完成值(B)", "得分"));
                headed = true;
            }
            String previous = null;
            for (int i = 0; i < g.getValue().size(); i++) {
                EvaluationIndicator ind = g.getValue().get(i);
                String l1 = Objects.equals(ind.level1(), previous) ? "" : level(ind.level1());
                previous = ind.level1();
                indicatorLine(i == 0 ? label : "", l1, level(ind.level2()), ind.level3(), ind.target(), ind.actual(),
                        ind.score());
            }
        }
        line("总分", e.totalScore());
    }

    private boolean goalColumn() {
        return layout.goal() == FormLayout.Goal.NAME_COLUMN;
    }

    private void header(List<String> figures) {
        List<Object> cells = new ArrayList<>();
        if (goalColumn()) {
            cells.add("目标名称");
        }
        if (layout.nameFirstColumn()) {
            cells.add("指标名称");
        }
        cells.addAll(List.of("一级指标", "二级指标", "三级指标"));
        cells.addAll(figures);
        line(cells.toArray());
    }

    private void indicatorLine(String goalLabel, String l1, String l2, String name, Object... figures) {
        List<Object> cells = new ArrayList<>();
        if (goalColumn()) {
            cells.add(goalLabel);
        }
        if (layout.nameFirstColumn()) {
            cells.add(name);
        }
        cells.add(l1);
        cells.add(l2);
        cells.add(layout.nameFirstColumn() ? "" : name);
        cells.addAll(java.util.Arrays.asList(figures));
        line(cells.toArray());
    }

    private String level(String printed) {
        if (printed == null) {
            return "";
        }
        return layout.olderLevels() ? OLDER.getOrDefault(printed, printed) : printed;
    }
}
