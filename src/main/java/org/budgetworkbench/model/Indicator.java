package org.budgetworkbench.model;

import java.util.List;

/**
 * A performance indicator (绩效指标): 一级 / 二级 / 三级 names, the 指标值 as printed, the 前年/上年
 * values where the form has them, and the 指标值确定依据. {@code valueCell} is where the value stood.
 */
public record Indicator(String level1, String level2, String level3, String value, List<String> history,
                        String basis, CellRef valueCell) {
    public Indicator {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public Indicator(String level1, String level2, String level3, String value, List<String> history, String basis) {
        this(level1, level2, level3, value, history, basis, null);
    }

    public IndicatorValue parsedValue() {
        return IndicatorValue.parse(value);
    }

    public Indicator withValue(String newValue) {
        return new Indicator(level1, level2, level3, newValue, history, basis, valueCell);
    }
}
