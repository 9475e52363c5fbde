package org.budgetworkbench.model.catalog;

/**
 * 部门预算支出经济分类科目 (economic classification): 类 (3 digits, 301 工资福利支出) → 款 (5 digits, 30101 基本工资).
 * 人员经费 = 301 + 303; 公用经费 = 302 (+ 310 where present).
 */
public final class EconomicClassification extends Classification {
    private static final EconomicClassification INSTANCE = new EconomicClassification();

    private EconomicClassification() {
        super("/catalog/economic-classification.tsv");
    }

    public static EconomicClassification get() {
        return INSTANCE;
    }
}
