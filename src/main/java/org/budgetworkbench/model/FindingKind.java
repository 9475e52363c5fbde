package org.budgetworkbench.model;

/** The kinds of finding findings@1 names. */
public enum FindingKind {
    SUM_MISMATCH("sum_mismatch", "合计不等于明细之和"),
    CROSS_TABLE_MISMATCH("cross_table_mismatch", "表间不一致"),
    TEXT_TABLE_MISMATCH("text_table_mismatch", "说明与表不一致"),
    TEXT_ARITHMETIC("text_arithmetic", "说明计算有误"),
    ROUNDING("rounding", "尾数差异"),
    UNIT_ERROR("unit_error", "单位错误"),
    CODE_ERROR("code_error", "科目编码错误"),
    BLANK_VALUE("blank_value", "应填未填"),
    MISSING_TABLE("missing_table", "缺少表格"),
    INDICATOR_LEVEL("indicator_level", "指标层级错误"),
    INDICATOR_VALUE("indicator_value", "指标值不合理"),
    SCORE_MISMATCH("score_mismatch", "评分不一致"),
    OTHER("other", "其他");

    private final String id;
    private final String chinese;

    FindingKind(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    public String id() {
        return id;
    }

    public String chinese() {
        return chinese;
    }

    public static FindingKind fromId(String id) {
        for (FindingKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return OTHER;
    }
}
