package org.budgetworkbench.core.check.rules;

import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.FormField;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetScope;

/**
 * Where findings on performance forms point (绩效表上的位置), by the contract's keys: the form, the project (project
 * forms only), the goal label as printed (the same indicator often recurs under several goals), or the period
 * where the form has 长期/年度 tables but no goal labels, then the indicator or the form field, and the column at
 * fault ({@code value}, {@code history}, {@code actual}, {@code score} …). {@code row} keeps the 一级/二级/三级
 * path as free text for the reader of the report.
 */
final class PerformancePlaces {
    private PerformancePlaces() {
    }

    static String table(Target t) {
        return PerformanceForm.targets(t.scope()).id();
    }

    static String table(Evaluation e) {
        return PerformanceForm.evaluation(e.scope()).id();
    }

    /** The goal as a whole: its project and label (or period). */
    static FindingPlace goal(Target t) {
        FindingPlace p = FindingPlace.form(table(t)).withProject(project(t.scope(), t.project()));
        String label = goalLabel(t.label());
        return label != null ? p.withGoal(label) : p.withPeriod(t.period() == null ? null : t.period().id());
    }

    /** One indicator line of a target form and the column at fault. */
    static FindingPlace line(Target t, Indicator i, String column) {
        return goal(t).withIndicator(nz(i.level3())).withColumn(column).withRow(path(i));
    }

    /** The self-evaluation as a whole (its 总分, its 预算执行情况). */
    static FindingPlace form(Evaluation e) {
        return FindingPlace.form(table(e)).withProject(project(e.scope(), e.project()));
    }

    /** One scored line of a self-evaluation and the column at fault. */
    static FindingPlace line(Evaluation e, EvaluationIndicator i, String column) {
        FindingPlace p = form(e).withIndicator(nz(i.level3())).withColumn(column);
        return i.goalIndex() == null ? p : p.withGoal("年度目标" + i.goalIndex());
    }

    /** A labelled field of a form ({@code 项目编码}, {@code 收入构成/合计}) and the column at fault. */
    static FindingPlace field(FormField f, String column) {
        boolean project = f.table() != null && f.table().endsWith(".project");
        return FindingPlace.form(f.table()).withProject(project ? f.project() : null)
                .withField(f.label() == null ? null : f.label().strip()).withColumn(column);
    }

    /** The printed goal label without spaces and its colon: 年度目标 2： → 年度目标2. */
    static String goalLabel(String label) {
        if (label == null) {
            return null;
        }
        String s = label.replaceAll("[\\s\u3000]+", "").replaceAll("[:：]+$", "");
        return s.isEmpty() ? null : s;
    }

    private static String project(TargetScope scope, String project) {
        return scope == TargetScope.PROJECT ? project : null;
    }

    static String path(Indicator i) {
        return nz(i.level1()) + "/" + nz(i.level2()) + "/" + nz(i.level3());
    }

    static String who(Target t) {
        return (t.project() == null ? "部门整体支出绩效目标" : "项目“" + t.project() + "”") + " " + nz(t.label());
    }

    static String who(Evaluation e) {
        return e.scope() == TargetScope.PROJECT ? "项目“" + e.project() + "”自评表" : "部门整体绩效自评表";
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
