package org.budgetworkbench.model;

import java.util.List;

/**
 * A performance indicator (绩效指标): 一级 / 二级 / 三级 names, the 指标值 as printed, the 前年/上年
 * values where the form has them, and the 指标值确定依据. {@code valueCell} is where the value stood,
 * {@code nameCells} where the level names stood (never null; {@link IndicatorCells#NONE} when unknown).
 */
public record Indicator(String level1, String level2, String level3, String value, List<String> history,
                        String basis, CellRef valueCell, IndicatorCells nameCells) {
    public Indicator {
        history = history == null ? List.of() : List.copyOf(history);
        nameCells = nameCells == null ? IndicatorCells.NONE : nameCells;
    }

    public Indicator(String level1, String level2, String level3, String value, List<String> history, String basis,
                     CellRef valueCell) {
        this(level1, level2, level3, value, history, basis, valueCell, IndicatorCells.NONE);
    }

    public Indicator(String level1, String level2, String level3, String value, List<String> history, String basis) {
        this(level1, level2, level3, value, history, basis, null);
    }

    public IndicatorValue parsedValue() {
        return IndicatorValue.parse(value);
    }

    public Indicator withValue(String newValue) {
        return new Indicator(level1, level2, level3, newValue, history, basis, valueCell, nameCells);
    }

    /** The same indicator with other names; it keeps where it stood, so write-back finds its cells. */
    public Indicator withLevels(String newLevel1, String newLevel2, String newLevel3) {
        return new Indicator(newLevel1, newLevel2, newLevel3, value, history, basis, valueCell, nameCells);
    }

    public Indicator withBasis(String newBasis) {
        return new Indicator(level1, level2, level3, value, history, newBasis, valueCell, nameCells);
    }

    public Indicator withHistory(List<String> newHistory) {
        return new Indicator(level1, level2, level3, value, newHistory, basis, valueCell, nameCells);
    }

    /** The same words with the source cells of another: an indicator the list kept in place. */
    public Indicator placedAs(Indicator source) {
        return new Indicator(level1, level2, level3, value, history, basis, source.valueCell, source.nameCells);
    }
}
