package org.budgetworkbench.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A performance self-evaluation (绩效自评表, final accounts only) of the department or one project:
 * 预算数, 执行数, 执行率, the 预算执行 score and its printed weight, the 总分 and the indicators.
 */
public record Evaluation(TargetScope scope, String project, String unit, BigDecimal budget, BigDecimal executed,
                         BigDecimal rate, BigDecimal executionScore, BigDecimal totalScore,
                         Integer executionWeight, List<String> goals, List<EvaluationIndicator> indicators) {
    public Evaluation {
        goals = goals == null ? List.of() : List.copyOf(goals);
        indicators = List.copyOf(indicators);
    }
}
