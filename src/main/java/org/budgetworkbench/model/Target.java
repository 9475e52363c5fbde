package org.budgetworkbench.model;

import java.util.List;

/**
 * A performance target (绩效目标): a goal of the department or of one project, long-term or annual,
 * with its indicators. {@code label} is the form's own name for the goal (长期目标1, 年度绩效目标1).
 */
public record Target(TargetScope scope, String project, String projectCode, TargetPeriod period, String label,
                     String goal, List<Indicator> indicators) {
    public Target {
        indicators = List.copyOf(indicators);
    }

    public Target withIndicators(List<Indicator> newIndicators) {
        return new Target(scope, project, projectCode, period, label, goal, newIndicators);
    }
}
