package org.budgetworkbench.model;

/**
 * Where an indicator's 一级 / 二级 / 三级 names stood in the source form (指标名称单元格). A 一级 or 二级 printed
 * once for several indicators (merged, or left blank below) is the one cell they share; a 三级 cell that lists
 * numbered indicators is shared too. Write-back puts edited names into these cells; any of them may be null
 * (a form without that column, or a PDF).
 */
public record IndicatorCells(CellRef level1, CellRef level2, CellRef level3) {
    public static final IndicatorCells NONE = new IndicatorCells(null, null, null);

    public boolean isEmpty() {
        return level1 == null && level2 == null && level3 == null;
    }
}
