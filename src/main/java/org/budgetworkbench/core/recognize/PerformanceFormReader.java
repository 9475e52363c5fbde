package org.budgetworkbench.core.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.model.CellRef;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.TargetScope;

/**
 * Reads the performance forms of a disclosure (绩效目标申报表, 绩效自评表) from the regions that hold no standard
 * table, in document order. A form may run over several regions (a title sheet with 项目名称 and 项目代码, then
 * 项目绩效总目标, 长期绩效目标表, 年度绩效目标表): what the form said so far carries on until the next form title.
 * Rows the reader does not understand are passed over, so a region may also hold unrelated tables above a form.
 */
public final class PerformanceFormReader {

    private static final Pattern WEIGHT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*分");
    private static final String[] FORM_WORDS = {"绩效", "资金来源", "支出明细", "总体资金", "项目支出情况", "项目总预算",
        "项目当年预算", "预算执行情况", "项目名称", "项目代码"};

    public PerformanceForms read(List<GridRegion> regions) {
        Session session = new Session();
        List<GridRegion> unused = new ArrayList<>();
        for (GridRegion region : regions) {
            if (!session.read(region)) {
                unused.add(region);
            }
        }
        session.flush();
        return new PerformanceForms(session.targets, session.evaluations, session.fields, unused);
    }

    /** Everything read so far and the form being read. */
    private static final class Session {
        final List<Target> targets = new ArrayList<>();
        final List<Evaluation> evaluations = new ArrayList<>();
        final List<FormField> fields = new ArrayList<>();
        Form form;
        /** The indicator table being read; it may go on into the next region (a table split over pages). */
        Table table;

        /** Reads one region; false when it held nothing of a performance form. */
        boolean read(GridRegion region) {
            Grid g = region.grid();
            if (!mentionsForm(g, region.firstRow(), region.lastRow())) {
                return false;
            }
            boolean used = false;
            int r = region.firstRow();
            while (r <= region.lastRow()) {
                List<Integer> cols = FormFieldRows.textColumns(g, r);
                if (cols.isEmpty()) {
                    r++;
                    continue;
                }
                int firstCol = cols.get(0);
                String first = g.text(r, firstCol);
                FormTitle title = cols.size() <= 2 ? FormTitle.parse(first) : null;
                if (title != null) {
                    flush();
                    form = new Form(title.kind(), title.scope(), true);
                    form.firstField = fields.size();
                    table = null;
                    used = true;
                    r++;
                    continue;
                }
                if (IndicatorColumns.isHeader(g, r)) {
                    IndicatorColumns columns = IndicatorColumns.read(g, r, region.lastRow());
                    ensureForm(columns.scored() ? FormTitle.Kind.EVALUATION : FormTitle.Kind.TARGETS);
                    TargetPeriod headed = periodWord(g.text(r, firstCol));
                    if (headed != null && firstCol < columns.firstNameColumn()) {
                        form.sectionPeriod = headed;
                    }
                    table = new Table(columns);
                    used = true;
                    r = columns.lastHeaderRow() + 1;
                    continue;
                }
                GoalLabel goal = GoalLabel.parse(first);
                if (goal != null && table != null && firstCol != table.columns.goal()
                        && !g.text(r, table.columns.level3()).isEmpty()
                        && !(g.text(r, table.columns.value()) + g.text(r, table.columns.level1())).isEmpty()) {
                    form.goal(goal, null); // the goal named on its first indicator line, no column of its own
                    table.level1 = null;
                    table.level2 = null;
                    table.row(g, r, form);
                    used = true;
                    r++;
                    continue;
                }
                if (goal != null && (table == null || firstCol != table.columns.goal())) {
                    ensureForm(null);
                    String text = cols.size() > 1 ? g.text(r, cols.get(1)) : null;
                    form.goal(goal, Texts.orNull(text));
                    table = null;
                    used = true;
                    r++;
                    continue;
                }
                if (table != null) {
                    boolean outside = firstCol < table.columns.firstNameColumn() && firstCol != table.columns.goal();
                    if (!outside) {
                        table.row(g, r, form);
                        used = true;
                        r++;
                        continue;
                    }
                    table = null;
                }
                if (containsCell(g, r, "预算执行情况")) {
                    ensureForm(FormTitle.Kind.EVALUATION);
                    r = readExecution(g, r, region.lastRow());
                    used = true;
                    continue;
                }
                if ("总分".equals(Texts.compact(first)) && cols.size() > 1) {
                    ensureForm(FormTitle.Kind.EVALUATION);
                    form.evaluation().totalScore = Texts.amount(g.text(r, cols.get(1)), g.number(r, cols.get(1)));
                    used = true;
                    r++;
                    continue;
                }
                if (form == null) {
                    r++;
                    continue;
                }
                TargetPeriod section = cols.size() == 1 ? periodWord(first) : null;
                if (section != null && Texts.compact(first).contains("目标")) {
                    form.sectionPeriod = section;
                }
                if (headsGoalRows(g, r, region.lastRow())) {
                    r++; // 名称 | 目标说明 over 长期绩效目标1 | … : a header, no field
                    continue;
                }
                FormFieldRows.Result read = FormFieldRows.read(g, r, region.lastRow());
                for (FormFieldRows.Field f : read.fields()) {
                    used |= field(g, f);
                }
                r = Math.max(read.nextRow(), r + 1);
            }
            return used;
        }

        private boolean field(Grid g, FormFieldRows.Field f) {
            String label = Texts.compact(f.label());
            String value = Texts.orNull(f.fromCell() ? Texts.cellText(g, f.row(), f.col()) : f.value());
            if (f.leading() && value != null) {
                if (label.equals("项目名称")) {
                    if (form.project != null && !form.project.equals(value) && form.scope == TargetScope.PROJECT) {
                        Form next = new Form(form.kind, form.scope, form.titled);
                        flush();
                        form = next;
                        form.firstField = fields.size();
                    }
                    if (form.scope == TargetScope.PROJECT && form.project == null) {
                        form.project = value;
                        nameEarlierFields();
                    }
                } else if (label.equals("项目代码") || label.equals("项目编码")) {
                    form.projectCode = value;
                }
            }
            if (value != null && form.unit == null && (label.equals("单位名称") || label.equals("部门名称")
                    || label.matches("部门[（(]单位[)）]名称"))) {
                form.unit = value;
            }
            if ((label.equals("项目代码") || label.equals("项目编码")) && value != null && form.projectCode == null) {
                form.projectCode = value;
            }
            fields.add(new FormField(form.tableId(), form.project, f.label(), value, cell(g, f.row(), f.col())));
            return true;
        }

        /** Fields of this form read before its 项目名称 row belong to the project too. */
        private void nameEarlierFields() {
            for (int i = form.firstField; i < fields.size(); i++) {
                FormField f = fields.get(i);
                if (f.project() == null) {
                    fields.set(i, new FormField(f.table(), form.project, f.label(), f.value(), f.cell()));
                }
            }
        }

        /** A row whose next non-empty row starts with a goal label heads a list of goals. */
        private static boolean headsGoalRows(Grid g, int row, int lastRow) {
            for (int r = row + 1; r <= lastRow; r++) {
                List<Integer> cols = FormFieldRows.textColumns(g, r);
                if (!cols.isEmpty()) {
                    return GoalLabel.parse(g.text(r, cols.get(0))) != null
                            && cols.get(0) <= FormFieldRows.textColumns(g, row).get(0);
                }
            }
            return false;
        }

        /** 预算执行情况(万元)(20分) | … | 预算数(A) | 执行数(B) | 执行率 | 得分(20分*执行率), figures below. */
        private int readExecution(Grid g, int row, int lastRow) {
            EvaluationDraft e = form.evaluation();
            for (int c = 0; c < g.columnCount(); c++) {
                String t = Texts.compact(g.text(row, c));
                if (t.contains("预算执行情况")) {
                    Matcher m = WEIGHT.matcher(t);
                    if (m.find()) {
                        e.weight = (int) Double.parseDouble(m.group(1));
                    }
                }
            }
            int header = containsCell(g, row, "预算数") ? row : row + 1;
            if (!containsCell(g, header, "预算数")) {
                return row + 1; // no figures beside or below the label
            }
            int budget = column(g, header, "全年预算数"); // 年初预算数 | 全年预算数: the adjusted budget counts
            if (budget < 0) {
                budget = column(g, header, "预算数");
            }
            int weight = column(g, header, "分值");
            int executed = column(g, header, "执行数");
            int rate = column(g, header, "执行率");
            int score = column(g, header, "得分");
            int r = header + 1;
            for (; r <= Math.min(lastRow, header + 4); r++) {
                if (budget >= 0 && Texts.amount(g.text(r, budget), g.number(r, budget)) != null) {
                    e.budget = Texts.amount(g.text(r, budget), g.number(r, budget));
                    e.executed = executed < 0 ? null : Texts.amount(g.text(r, executed), g.number(r, executed));
                    e.rate = rate < 0 ? null : rate(g, r, rate);
                    e.executionScore = score < 0 ? null : Texts.amount(g.text(r, score), g.number(r, score));
                    BigDecimal printedWeight = weight < 0 ? null : Texts.amount(g.text(r, weight), g.number(r, weight));
                    if (e.weight == null && printedWeight != null) {
                        e.weight = printedWeight.intValue();
                    }
                    return fundLines(g, r, lastRow, budget);
                }
            }
            return header + 1;
        }

        /**
         * The 资金 lines of the execution block (年度资金总额, 其中：当年财政拨款, 上年结转资金 …) as fields with their
         * budget figure; returns the first row after them.
         */
        private int fundLines(Grid g, int first, int lastRow, int budgetCol) {
            int r = first;
            for (; r <= lastRow; r++) {
                List<Integer> cols = FormFieldRows.textColumns(g, r);
                if (cols.isEmpty() || cols.get(0) >= budgetCol || (r > first && cols.get(0) == 0)) {
                    break;
                }
                fields.add(new FormField(form.tableId(), form.project, g.text(r, cols.get(0)),
                        Texts.orNull(Texts.cellText(g, r, budgetCol)), cell(g, r, budgetCol)));
            }
            return Math.max(r, first + 1);
        }

        /** 执行率 as a fraction: "100.00%" → 1; a bare number above 1.5 is read as a percentage. */
        private static BigDecimal rate(Grid g, int r, int c) {
            BigDecimal v = Texts.amount(g.text(r, c), g.number(r, c));
            if (v != null && !g.text(r, c).contains("%") && v.compareTo(new BigDecimal("1.5")) > 0) {
                v = v.movePointLeft(2);
            }
            return v == null ? null : v.stripTrailingZeros();
        }

        private void ensureForm(FormTitle.Kind kind) {
            if (form == null) {
                form = new Form(kind, TargetScope.DEPARTMENT, false);
                form.firstField = fields.size();
            } else if (form.kind == null) {
                form.kind = kind;
            }
        }

        void flush() {
            if (form != null) {
                form.emit(targets, evaluations);
                form = null;
            }
        }
    }

    /** One performance form: a department's or one project's, targets or a self-evaluation. */
    private static final class Form {
        FormTitle.Kind kind;
        final TargetScope scope;
        final boolean titled;
        String project;
        String projectCode;
        String unit;
        int firstField;
        TargetPeriod sectionPeriod;
        GoalLabel currentGoal;
        String currentLabel;
        final Map<String, String> goalTexts = new LinkedHashMap<>();
        final Map<String, TargetDraft> drafts = new LinkedHashMap<>();
        EvaluationDraft evaluation;

        Form(FormTitle.Kind kind, TargetScope scope, boolean titled) {
            this.kind = kind;
            this.scope = scope;
            this.titled = titled;
        }

        String tableId() {
            return (kind == FormTitle.Kind.EVALUATION ? PerformanceForm.evaluation(scope)
                    : PerformanceForm.targets(scope)).id();
        }

        void goal(GoalLabel goal, String text) {
            currentGoal = goal;
            currentLabel = goal.label();
            if (text != null) {
                goalTexts.putIfAbsent(goal.label(), text);
            }
            if (kind == FormTitle.Kind.EVALUATION && text != null) {
                evaluation().goals.add(text);
            }
        }

        /** A goal named in the 目标名称 column of an indicator table. */
        void namedGoal(String printed) {
            GoalLabel goal = GoalLabel.parse(printed);
            currentGoal = goal;
            currentLabel = goal != null ? goal.label() : printed.strip().replaceAll("[:：]$", "");
        }

        TargetDraft target() {
            String key = currentLabel != null ? currentLabel : "#" + period();
            return drafts.computeIfAbsent(key, k -> new TargetDraft(period(), currentLabel,
                    currentLabel == null ? null : goalTexts.get(currentLabel)));
        }

        private TargetPeriod period() {
            if (currentGoal != null) {
                return currentGoal.period();
            }
            TargetPeriod named = currentLabel == null ? null : periodWord(currentLabel);
            if (named != null) {
                return named;
            }
            return sectionPeriod != null ? sectionPeriod : TargetPeriod.ANNUAL;
        }

        EvaluationDraft evaluation() {
            if (evaluation == null) {
                evaluation = new EvaluationDraft();
            }
            return evaluation;
        }

        void emit(List<Target> targets, List<Evaluation> evaluations) {
            boolean projectScope = scope == TargetScope.PROJECT;
            for (TargetDraft d : drafts.values()) {
                if (!d.indicators.isEmpty()) {
                    String goal = d.goal != null ? d.goal : d.label == null ? null : goalTexts.get(d.label);
                    targets.add(new Target(scope, projectScope ? project : null, projectScope ? projectCode : null,
                            d.period, d.label, goal, d.indicators));
                }
            }
            if (evaluation != null && (evaluation.budget != null || !evaluation.indicators.isEmpty())) {
                EvaluationDraft e = evaluation;
                evaluations.add(new Evaluation(scope, projectScope ? project : null, projectScope ? null : unit,
                        e.budget, e.executed, e.rate, e.executionScore, e.totalScore, e.weight, e.goals,
                        e.indicators));
            }
        }
    }

    private static final class TargetDraft {
        final TargetPeriod period;
        final String label;
        final String goal;
        final List<Indicator> indicators = new ArrayList<>();

        TargetDraft(TargetPeriod period, String label, String goal) {
            this.period = period;
            this.label = label;
            this.goal = goal;
        }
    }

    private static final class EvaluationDraft {
        BigDecimal budget;
        BigDecimal executed;
        BigDecimal rate;
        BigDecimal executionScore;
        BigDecimal totalScore;
        Integer weight;
        final List<String> goals = new ArrayList<>();
        final List<EvaluationIndicator> indicators = new ArrayList<>();
    }

    /** An indicator table being read: its columns and the 一级 / 二级 names carried down. */
    private static final class Table {
        final IndicatorColumns columns;
        String level1;
        String level2;

        Table(IndicatorColumns columns) {
            this.columns = columns;
        }

        void row(Grid g, int r, Form form) {
            IndicatorColumns c = columns;
            if (c.goal() >= 0 && !g.text(r, c.goal()).isEmpty()) {
                form.namedGoal(g.text(r, c.goal()));
                level1 = null;
                level2 = null;
            }
            String l1 = c.level1() < 0 ? "" : g.text(r, c.level1());
            String l2 = c.level2() < 0 ? "" : g.text(r, c.level2());
            if (!l1.isEmpty()) {
                if (!l1.equals(level1)) {
                    level2 = null; // a new 一级 starts its own 二级 names
                }
                level1 = Texts.isPlaceholder(l1) ? null : l1;
            }
            if (!l2.isEmpty()) {
                level2 = Texts.isPlaceholder(l2) ? null : l2;
            }
            String l3 = c.level3() < 0 ? "" : g.text(r, c.level3());
            if (l3.isEmpty() || Texts.isPlaceholder(l3)) {
                return; // an empty 二级 line (成本指标 with nothing) or "……": no indicator
            }
            if (c.scored()) {
                form.evaluation().indicators.add(new EvaluationIndicator(level1, level2, l3,
                        Texts.value(text(g, r, c.value())), Texts.value(text(g, r, c.actual())),
                        c.score() < 0 ? null : Texts.amount(g.text(r, c.score()), g.number(r, c.score())),
                        form.currentGoal == null ? null : form.currentGoal.number(),
                        c.score() < 0 ? null : cell(g, r, c.score())));
            } else {
                addTargetIndicators(g, r, form.target(), l3);
            }
        }

        /** One line, or several when the name cell lists numbered indicators (values matched by number). */
        private void addTargetIndicators(Grid g, int r, TargetDraft target, String l3) {
            IndicatorColumns c = columns;
            Map<Integer, String> names = NumberedItems.split(l3, 0);
            CellRef valueCell = c.value() < 0 ? null : cell(g, r, c.value());
            if (names == null || names.size() < 2) {
                String name = names == null ? l3 : names.values().iterator().next();
                List<String> history = new ArrayList<>();
                for (int h : c.history()) {
                    history.add(Texts.value(NumberedItems.single(Texts.cellText(g, r, h))));
                }
                target.indicators.add(new Indicator(level1, level2, name,
                        Texts.value(NumberedItems.single(text(g, r, c.value()))), historyOrEmpty(history),
                        Texts.orNull(NumberedItems.single(text(g, r, c.basis()))), valueCell));
                return;
            }
            Piece value = new Piece(text(g, r, c.value()), names.size());
            Piece basis = new Piece(text(g, r, c.basis()), names.size());
            List<Piece> history = new ArrayList<>();
            for (int h : c.history()) {
                history.add(new Piece(Texts.cellText(g, r, h), names.size()));
            }
            for (Map.Entry<Integer, String> n : names.entrySet()) {
                List<String> hs = new ArrayList<>();
                for (Piece p : history) {
                    hs.add(Texts.value(p.item(n.getKey())));
                }
                target.indicators.add(new Indicator(level1, level2, n.getValue(), Texts.value(value.item(n.getKey())),
                        historyOrEmpty(hs), Texts.orNull(basis.item(n.getKey())), valueCell));
            }
        }

        private static List<String> historyOrEmpty(List<String> values) {
            if (values.stream().allMatch(v -> v == null)) {
                return List.of();
            }
            return values.stream().map(v -> v == null ? "" : v).toList();
        }

        private static String text(Grid g, int r, int c) {
            return Texts.cellText(g, r, c);
        }
    }

    /** A cell matched against numbered names: its own item by number, or the whole text when not numbered. */
    private static final class Piece {
        final String whole;
        final Map<Integer, String> items;

        Piece(String text, int count) {
            this.whole = text;
            this.items = text == null ? null : NumberedItems.split(text, count);
        }

        String item(int number) {
            return items == null ? whole : items.get(number);
        }
    }

    private static TargetPeriod periodWord(String text) {
        String s = Texts.compact(text);
        if (s.startsWith("长期") || s.contains("长期目标") || s.contains("长期绩效")) {
            return TargetPeriod.LONG_TERM;
        }
        if (s.startsWith("年度") || s.contains("年度目标") || s.contains("年度绩效")) {
            return TargetPeriod.ANNUAL;
        }
        return null;
    }

    private static boolean mentionsForm(Grid g, int first, int last) {
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

    private static boolean containsCell(Grid g, int row, String word) {
        return column(g, row, word) >= 0;
    }

    private static int column(Grid g, int row, String word) {
        for (int c = 0; c < g.columnCount(); c++) {
            if (Texts.compact(g.text(row, c)).contains(word)) {
                return c;
            }
        }
        return -1;
    }

    private static CellRef cell(Grid g, int row, int col) {
        if (g.sheet() != null || g.page(row) == null) {
            return CellRef.sheetCell(g.sheet(), row, col);
        }
        return CellRef.pageCell(g.page(row), row, col);
    }
}
