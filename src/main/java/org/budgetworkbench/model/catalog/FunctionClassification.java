package org.budgetworkbench.model.catalog;

/**
 * 支出功能分类科目 (政府收支分类科目, function classification): 类 (3 digits) → 款 (5) → 项 (7),
 * the current edition with the names older editions used (医疗卫生与计划生育支出 → 卫生健康支出).
 */
public final class FunctionClassification extends Classification {
    private static final FunctionClassification INSTANCE = new FunctionClassification();

    private FunctionClassification() {
        super("/catalog/function-classification.tsv");
    }

    public static FunctionClassification get() {
        return INSTANCE;
    }
}
