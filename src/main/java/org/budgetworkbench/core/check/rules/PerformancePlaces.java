package org.budgetworkbench.core.check.rules;

import org.budgetworkbench.model.Evaluation;
import org.budgetworkbench.model.EvaluationIndicator;
import org.budgetworkbench.model.FindingPlace;
import org.budgetworkbench.model.Indicator;
import org.budgetworkbench.model.PerformanceForm;
import org.budgetworkbench.model.Target;
import org.budgetworkbench.model.TargetScope;

/**
 * Where findings on performance forms point. A target form (绩效目标表) prints each goal as a block, so a
 * finding on how a goal's indicators are arranged names the goal as the row; a finding on one value names
 * the indicator's 一级/二级/三级 path. A self-evaluation (绩效自评表) prints one indicator per row, named by
 * its 三级 name.
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

    static String target(Evaluation e, EvaluationIndicator i) {
        if (e.scope() == TargetScope.PROJECT) {
            return e.project();
        }
        return i != null && i.goalIndex() != null ? "年度目标" + i.goalIndex() : "部门整体";
    }

    static String path(Indicator i) {
        return nz(i.level1()) + "/" + nz(i.level2()) + "/" + nz(i.level3());
    }

    /** A finding on the arrangement of a goal's indicators. */
    static FindingPlace goalBlock(Target t, String column, String indicator) {
        return new FindingPlace(table(t), t.label(), column, t.label(), indicator, null, null);
    }

    static FindingPlace value(Target t, Indicator i, String column) {
        return new FindingPlace(table(t), path(i), column, t.label(), nz(i.level3()), null, null);
    }

    static FindingPlace evaluationLine(Evaluation e, EvaluationIndicator i, String column) {
        return new FindingPlace(table(e), nz(i.level3()), column, target(e, i), nz(i.level3()), null, null);
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
