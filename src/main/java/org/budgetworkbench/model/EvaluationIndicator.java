package org.budgetworkbench.model;

import java.math.BigDecimal;

/** One scored line of a self-evaluation (绩效自评指标): 年初目标值, 实际完成值 and 得分. */
public record EvaluationIndicator(String level1, String level2, String level3, String target, String actual,
                                  BigDecimal score, Integer goalIndex, CellRef scoreCell) {
    public EvaluationIndicator(String level1, String level2, String level3, String target, String actual,
                               BigDecimal score, Integer goalIndex) {
        this(level1, level2, level3, target, actual, score, goalIndex, null);
    }
}
