package org.budgetworkbench.model;

import java.util.List;

/**
 * A performance target (绩效目标): a goal of the department or of one project, long-term or annual,
 * with its indicators. {@code label} is the form's own name for the goal (长期目标1, 年度绩效目标1);
 * {@code goalCell} is where the goal's text stood in the source (null when unknown), for write-back.
 */
public record Target(TargetScope scope, String project, String projectCode, TargetPeriod period, String label,
                     String goal, List<Indicator> indicators, CellRef goalCell) {
    public Target {
        indicators = List.copyOf(indicators);
    }

    public Target(TargetScope scope, String project, String projectCode, TargetPeriod period, String label,
                  String goal, List<Indicator> indicators) {
        this(scope, project, projectCode, period, label, goal, indicators, null);
    }

    public Target withIndicators(List<Indicator> newIndicators) {
        return new Target(scope, project, projectCode, period, label, goal, newIndicators, goalCell);
    }

    public Target withGoal(String newGoal) {
        return new Target(scope, project, projectCode, period, label, newGoal, indicators, goalCell);
    }
}
