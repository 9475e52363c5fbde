package org.budgetworkbench.core.recognize;

import java.util.ArrayList;
import java.util.List;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.core.read.GridRegion;
import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetPeriod;
import org.budgetworkbench.model.TargetScope;

/**
 * Reads the regions of a disclosure one row at a time into performance forms (绩效表读取过程): what each row is —
 * a form title, a sheet titled only by its project's name, an indicator header, a goal label (with its weight and
 * text), an indicator line (also under a goal block that does not repeat the header), the 预算执行情况 block, the
 * 总分, or a labelled field — and which form it belongs to. What the form said so far carries on over regions
 * until the next form title or project.
 */
final class FormSession {
    final List<Target> targets = new ArrayList<>();
    final List<Evaluation> evaluations = new ArrayList<>();
    final List<FormField> fields = new ArrayList<>();
    private FormDraft form;
    /** The indicator table being read; it may go on into the next region (a table split over pages). */
    private IndicatorTableReader table;
    /** The last indicator header seen: goal blocks after the first may leave it out. */
    private IndicatorColumns lastColumns;

    /** Reads one region; false when it held nothing of a performance form. */
    boolean read(GridRegion region) {
        Grid g = region.grid();
        if (!FormCells.mentionsForm(g, region.firstRow(), region.lastRow())) {
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
            String projectTitle = ProjectTitle.at(g, r, region.firstRow(), region.lastRow());
            if (projectTitle != null) {
                if (form == null || !projectTitle.equals(form.project)) {
                    flush();
                    form = new FormDraft(null, TargetScope.PROJECT, false);
                    form.project = projectTitle;
                    form.firstField = fields.size();
                }
                used = true;
                r++;
                continue;
            }
            FormTitle title = cols.size() <= 2 ? FormTitle.parse(first) : null;
            if (title != null) {
                flush();
                form = new FormDraft(title.kind(), title.scope(), true);
                form.firstField = fields.size();
                table = null;
                used = true;
                r++;
                continue;
            }
            if (IndicatorColumns.isHeader(g, r)) {
                IndicatorColumns columns = IndicatorColumns.read(g, r, region.lastRow());
                ensureForm(columns.scored() ? FormTitle.Kind.EVALUATION : FormTitle.Kind.TARGETS);
                TargetPeriod headed = FormCells.periodWord(g.text(r, firstCol));
                if (headed != null && firstCol < columns.firstNameColumn()) {
                    form.sectionPeriod = headed;
                }
                table = new IndicatorTableReader(columns);
                lastColumns = columns;
                used = true;
                r = columns.lastHeaderRow() + 1;
                continue;
            }
            if ("总分".equals(Texts.compact(first)) && cols.size() > 1) {
                ensureForm(FormTitle.Kind.EVALUATION);
                form.evaluation().totalScore = Texts.amount(g.text(r, cols.get(1)), g.number(r, cols.get(1)));
                used = true;
                r++;
                continue;
            }
            GoalLabel goal = GoalLabel.parse(first);
            if (goal != null && table != null && firstCol != table.columns.goal()
                    && !g.text(r, table.columns.level3()).isEmpty()
                    && !(g.text(r, table.columns.value()) + g.text(r, table.columns.level1())).isEmpty()) {
                // the goal named on its first indicator line, no column of its own
                form.goal(goal, goal.text(), FormCells.cell(g, r, firstCol));
                table.newGoal();
                table.row(g, r, form);
                used = true;
                r++;
                continue;
            }
            if (goal != null && (table == null || firstCol != table.columns.goal())) {
                ensureForm(null);
                String text = goal.text() != null ? goal.text() : cols.size() > 1 ? g.text(r, cols.get(1)) : null;
                int textCol = goal.text() != null ? firstCol : cols.size() > 1 ? cols.get(1) : -1;
                form.goal(goal, Texts.orNull(text), textCol < 0 ? null : FormCells.cell(g, r, textCol));
                table = null;
                used = true;
                r++;
                continue;
            }
            if (table == null && lastColumns != null && form != null) {
                IndicatorTableReader resumed = new IndicatorTableReader(lastColumns);
                if (resumed.continuesWithoutHeader(g, r)) {
                    table = resumed; // a goal block that does not repeat the header
                }
            }
            if (table != null) {
                if (table.owns(g, r, firstCol)) {
                    table.row(g, r, form);
                    used = true;
                    r++;
                    continue;
                }
                table = null;
            }
            if (ExecutionBlock.startsAt(g, r)) {
                ensureForm(FormTitle.Kind.EVALUATION);
                r = ExecutionBlock.read(g, r, region.lastRow(), form, fields);
                used = true;
                continue;
            }
            if (form == null) {
                r++;
                continue;
            }
            TargetPeriod section = cols.size() == 1 ? FormCells.periodWord(first) : null;
            if (section != null && Texts.compact(first).contains("目标")) {
                form.sectionPeriod = section;
                lastColumns = null; // a new part of the form: its own header follows
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
        if (f.leading() && value != null && label.equals("项目名称")) {
            projectName(value);
        }
        if (value != null && (label.equals("单位名称") || label.equals("部门名称")
                || label.matches("部门[（(]单位[)）]名称"))) {
            if (form.unit == null) {
                form.unit = value;
            }
            if (form.scope == null && f.leading()) {
                form.scope = TargetScope.DEPARTMENT;
            } else if (f.leading() && !label.equals("单位名称") && form.scope == TargetScope.PROJECT
                    && form.hasContent()) {
                flush(); // an untitled department form after a project's: its 部门（单位）名称 line opens it
                form = new FormDraft(null, TargetScope.DEPARTMENT, false);
                form.firstField = fields.size();
                form.unit = value;
            }
        }
        if ((label.equals("项目代码") || label.equals("项目编码")) && value != null
                && (form.projectCode == null || f.leading())) {
            form.projectCode = value;
        }
        fields.add(new FormField(form.tableId(), form.project, f.label(), value, FormCells.cell(g, f.row(), f.col())));
        return true;
    }

    /** A leading 项目名称 line: names the form's project, makes an untitled form a project's, or opens the next. */
    private void projectName(String value) {
        if (form.scope == null) {
            form.scope = TargetScope.PROJECT;
        }
        if (form.scope != TargetScope.PROJECT) {
            return;
        }
        if (form.project != null && !form.project.equals(value)) {
            FormDraft next = new FormDraft(form.kind, form.scope, form.titled);
            flush();
            form = next;
            form.firstField = fields.size();
        }
        if (form.project == null) {
            form.project = value;
            nameEarlierFields();
        }
    }

    /** Fields of this form read before its 项目名称 row belong to the project too. */
    private void nameEarlierFields() {
        for (int i = form.firstField; i < fields.size(); i++) {
            FormField f = fields.get(i);
            if (f.project() == null) {
                fields.set(i, new FormField(form.tableId(), form.project, f.label(), f.value(), f.cell()));
            }
        }
    }

    /**
     * A row of column words (名称 | 目标说明) whose next non-empty row starts with a goal label heads a list of
     * goals; a field line (项目名称 | X) above a goal block does not.
     */
    private static boolean headsGoalRows(Grid g, int row, int lastRow) {
        List<Integer> here = FormFieldRows.textColumns(g, row);
        if (here.size() > 3 || here.stream().noneMatch(c -> Texts.compact(g.text(row, c)).matches(".*(目标|说明).*"))) {
            return false;
        }
        for (int r = row + 1; r <= lastRow; r++) {
            List<Integer> cols = FormFieldRows.textColumns(g, r);
            if (!cols.isEmpty()) {
                return GoalLabel.parse(g.text(r, cols.get(0))) != null
                        && cols.get(0) <= FormFieldRows.textColumns(g, row).get(0);
            }
        }
        return false;
    }

    private void ensureForm(FormTitle.Kind kind) {
        if (form == null) {
            form = new FormDraft(kind, null, false);
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
        table = null;
        lastColumns = null;
    }
}
